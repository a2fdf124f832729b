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

/** Runs the demo-org generator in-process. Loaded by path so the org scripts build without it. */
export async function generateDemoDocument(options: GenerateOptions): Promise<SeedDocument> {
  const generatorPath = join(PROJECT_ROOT, 'demo-org', 'generator.ts');
  if (!existsSync(generatorPath)) {
    throw new OrgScriptError(
      'GENERATOR_MISSING',
      'The demo-org generator (demo-org/generator.ts) is not in this checkout: pass --file <demo-org.json>.'
    );
  }
  const mod = (await import(pathToFileURL(generatorPath).href)) as {
    generateDemoOrg: (o: Record<string, unknown>) => SeedDocument;
  };
  const args: Record<string, unknown> = {};
  if (options.seed !== undefined) args.seed = options.seed;
  if (options.anchor !== undefined) args.anchorDate = options.anchor;
  if (options.reps !== undefined) args.reps = options.reps;
  return mod.generateDemoOrg(args);
}
