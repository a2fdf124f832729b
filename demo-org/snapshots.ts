/**
 * Snapshot__c and the key figures of a held 1:1 (Health_Score__c, Coverage_Current_Quarter__c, Main_Gap__c) come
 * from the engine itself (`buildSessionSnapshot`), run on the team as the org stood when the 1:1 was held: the
 * demo org stores exactly what the product would have stored.
 */
import { buildSessionSnapshot } from 'c/coachingEngine';
import type { SnapshotMaker } from './coaching.ts';
import { isoDateTime } from './calendar.ts';

export const engineSnapshots: SnapshotMaker = (request) => {
  const result = buildSessionSnapshot(request.dataset(), request.repId, {
    now: isoDateTime(request.at),
    timeZone: request.timeZone,
    targetCurrency: request.currency
  });
  if (!result.fitsField) throw new Error(`snapshot of ${request.repId} has ${result.characters} characters`);
  return {
    json: result.snapshotJson,
    version: result.snapshotVersion,
    healthScore: result.healthScore,
    coverage: result.coverageCurrentQuarter,
    mainGap: result.mainGap
  };
};

/** Generating without snapshots (faster for very big orgs): sessions carry none, never made-up ones. */
export const noSnapshots: SnapshotMaker = () => null;
