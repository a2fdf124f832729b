/**
 * Where the demo org comes from: the demo-org generator (`demo-org/generator.ts`, branch `demo-org`), seeded
 * and anchored to today so the demo always looks fresh; until that lands, the preview's small fallback org.
 * Loading reports a corrupt or missing data file in one line and regenerates it, never half-loading it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataStore, DataFileError, type DemoOrgDocument } from './store.ts';
import { fallbackDemoOrg } from './fallback-org.ts';

export interface DemoOptions {
  seed: number;
  /** The "today" the data is relative to ('YYYY-MM-DD'). */
  anchorDate: string;
  reps: number;
}

type Generator = (options: Record<string, unknown>) => DemoOrgDocument | Promise<DemoOrgDocument>;

/** The generator's entry point, whatever it is called, or null while it has not landed. */
async function findGenerator(root: string): Promise<Generator | null> {
  const file = join(root, 'demo-org', 'generator.ts');
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const fn = mod.generateDemoOrg ?? mod.generate ?? mod.default;
  return typeof fn === 'function' ? (fn as Generator) : null;
}

/** Spreads reps over teams of up to five, earlier teams one larger (9 → [5, 4], as the seed scenario). */
export function teamsFor(reps: number): number[] {
  const managers = Math.max(1, Math.ceil(reps / 5));
  return Array.from({ length: managers }, (_, t) => Math.floor(reps / managers) + (t < reps % managers ? 1 : 0));
}

export async function generateDemoOrg(root: string, options: DemoOptions): Promise<DemoOrgDocument> {
  const generator = await findGenerator(root);
  if (!generator) return fallbackDemoOrg({ anchorDate: options.anchorDate, reps: options.reps });
  const teams = teamsFor(options.reps);
  return generator({
    seed: options.seed,
    anchorDate: options.anchorDate,
    sizes: { managers: teams.length, repsPerManager: teams }
  });
}

/**
 * Opens the data file, or creates it from the seed when it is missing or unreadable. `report` receives one
 * line naming the file and the problem.
 */
export async function openDemoOrg(
  root: string,
  file: string,
  options: DemoOptions,
  report: (line: string) => void
): Promise<DataStore> {
  if (existsSync(file)) {
    try {
      return DataStore.load(file);
    } catch (error) {
      const problem = error instanceof DataFileError ? error.problem : (error as Error).message;
      report(`${file}: ${problem}; regenerating the demo org from seed ${options.seed}.`);
    }
  }
  const store = new DataStore(await generateDemoOrg(root, options), file);
  store.save();
  return store;
}
