/**
 * Where the demo org comes from: the demo-org generator (`demo-org/generator.ts`), seeded and anchored to today so
 * the demo always looks fresh. Loading reports a corrupt or missing data file in one line and regenerates it, never
 * half-loading it.
 */
import { existsSync } from 'node:fs';
import { DataStore, DataFileError, type DemoOrgDocument } from './store.ts';
import { generateDemoOrg as generate } from '../../../demo-org/generator.ts';
import { defaultManagerCount, spreadReps } from '../../../demo-org/context.ts';

export interface DemoOptions {
  seed: number;
  /** The "today" the data is relative to ('YYYY-MM-DD'). */
  anchorDate: string;
  reps: number;
  /**
   * First-line managers the reps are spread over, earlier teams one larger. Default: teams of at most five
   * (9 reps → 5 + 4, the seed scenario); `managers: 1` gives one manager every rep (the cockpit benchmark).
   */
  managers?: number;
}

/** Team sizes for `reps` over `managers` (default: as many teams of at most five as needed). */
export function teamsFor(reps: number, managers = defaultManagerCount(reps)): number[] {
  if (!Number.isInteger(reps) || !Number.isInteger(managers) || managers < 1 || reps < managers)
    throw new RangeError(`Cannot spread ${reps} reps over ${managers} managers: give at least one rep per manager.`);
  return spreadReps(reps, managers);
}

export function generateDemoOrg(options: DemoOptions): DemoOrgDocument {
  const teams = teamsFor(options.reps, options.managers);
  return generate({
    seed: options.seed,
    anchorDate: options.anchorDate,
    sizes: { managers: teams.length, repsPerManager: teams }
  }) as unknown as DemoOrgDocument;
}

/**
 * Opens the data file, or creates it from the seed when it is missing or unreadable. `report` receives one
 * line naming the file and the problem.
 */
export function openDemoOrg(file: string, options: DemoOptions, report: (line: string) => void): DataStore {
  if (existsSync(file)) {
    try {
      return DataStore.load(file);
    } catch (error) {
      const problem = error instanceof DataFileError ? error.problem : (error as Error).message;
      report(`${file}: ${problem}; regenerating the demo org from seed ${options.seed}.`);
    }
  }
  const store = new DataStore(generateDemoOrg(options), file);
  store.save();
  return store;
}
