/**
 * The package's LWC service modules (`c/…`) loaded in Node, for the demo-org tooling and its tests. Their platform
 * imports are answered the way the Jest stubs answer them: `gql` from `lightning/graphql` returns the document
 * text (which the preview's GraphQL executes), a custom label is its name (`c.Coaching_…`), and an Apex method
 * refuses to run (the tooling asks the preview's Apex services instead).
 */
import Module from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Resolver = (request: string, ...rest: unknown[]) => string;

let stubDir: string | null = null;
const stubs = new Map<string, string>();

/** A CommonJS stub file for a platform module, written once per process. */
function stubFile(request: string): string | null {
  let source: string | null = null;
  if (request === 'lightning/graphql')
    source = "exports.gql = (s, ...v) => s.reduce((a, x, i) => a + x + (i < v.length ? v[i] : ''), '');\n";
  else if (request.startsWith('@salesforce/label/'))
    source = `module.exports = { __esModule: true, default: ${JSON.stringify(request.slice('@salesforce/label/'.length))} };\n`;
  else if (request.startsWith('@salesforce/apex/'))
    source = `module.exports = { __esModule: true, default: () => Promise.reject(new Error(${JSON.stringify(`${request} does not run in Node: ask the preview's Apex services.`)})) };\n`;
  if (source === null) return null;
  let file = stubs.get(request);
  if (!file) {
    stubDir ??= mkdtempSync(join(tmpdir(), 'lwc-stubs-'));
    file = join(stubDir, `${stubs.size}.cjs`);
    writeFileSync(file, source);
    stubs.set(request, file);
  }
  return file;
}

/** Imports `c/<name>` with the platform stubs in place (the resolver is restored afterwards). */
export async function importComponentModule<T>(name: string): Promise<T> {
  const loader = Module as unknown as { _resolveFilename: Resolver };
  const resolve = loader._resolveFilename;
  loader._resolveFilename = (request, ...rest) => stubFile(request) ?? resolve(request, ...rest);
  try {
    return (await import(`c/${name}`)) as T;
  } finally {
    loader._resolveFilename = resolve;
  }
}
