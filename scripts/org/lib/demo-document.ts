/**
 * Getting a demo-org document for seeding: from a file (`--file`), or generated on the spot with the
 * project's demo-org generator (demo-org/generator.ts, docs/demo-org.md).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OrgScriptError, UsageError } from './errors.ts';
import { PROJECT_ROOT } from '../../lib/project.ts';
import type { SeedDocument } from '../seed/seeder.ts';

export interface GenerateOptions {
  seed?: number;
  anchor?: string;
  reps?: number;
}

export function readDemoDocument(file: string): SeedDocument {
  if (!existsSync(file)) throw new UsageError(`--file ${file}: no such file.`);
  let doc: SeedDocument;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8')) as SeedDocument;
  } catch (error) {
    throw new UsageError(`--file ${file} is not valid JSON (${(error as Error).message.split('\n')[0]}).`);
  }
  if (!doc || typeof doc !== 'object' || !doc.meta || !doc.records) {
    throw new UsageError(
      `--file ${file} is not a demo-org document (no "meta" and "records"): generate one with npm run demo:generate.`
    );
  }
  return doc;
}

type GeneratorCli = typeof import('../../../demo-org/cli.ts');
type Generator = typeof import('../../../demo-org/generator.ts');

/**
 * Runs the demo-org generator in-process, through its own flag parsing (so `--reps 3` means what it means for
 * `npm run demo:generate`). The generator fills the held 1:1s' snapshots with the engine itself unless told
 * otherwise. Loaded by path at run time, so the org scripts work without the generator when --file is given;
 * the types come from the modules, so a change to their API fails the type check here.
 */
export async function generateDemoDocument(options: GenerateOptions): Promise<SeedDocument> {
  const dir = join(PROJECT_ROOT, 'demo-org');
  if (!existsSync(join(dir, 'generator.ts'))) {
    throw new OrgScriptError(
      'GENERATOR_MISSING',
      'The demo-org generator (demo-org/generator.ts) is not in this checkout: pass --file <demo-org.json>.'
    );
  }
  const cli = (await import(pathToFileURL(join(dir, 'cli.ts')).href)) as GeneratorCli;
  const generator = (await import(pathToFileURL(join(dir, 'generator.ts')).href)) as Generator;
  const argv: string[] = [];
  if (options.seed !== undefined) argv.push('--seed', String(options.seed));
  if (options.anchor !== undefined) argv.push('--anchor', options.anchor);
  if (options.reps !== undefined) argv.push('--reps', String(options.reps));
  try {
    const { generation } = cli.parseArgs(argv, new Date().toISOString().slice(0, 10));
    return generator.generateDemoOrg(generation) as unknown as SeedDocument;
  } catch (error) {
    if (error instanceof cli.UsageError || error instanceof generator.InvalidOptionsError)
      throw new UsageError(cli.asFlagMessage(error.message));
    throw error;
  }
}
