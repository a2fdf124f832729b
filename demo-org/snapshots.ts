/**
 * Snapshot__c comes from the engine's snapshot builder (`c/pipelineSnapshot`, branch engine). It has not landed
 * on main yet, so there is no builder to call: sessions are generated without snapshots (meta.snapshots.source
 * is 'none') rather than with made-up ones.
 */
import type { SnapshotMaker } from './coaching.ts';

export async function engineSnapshots(): Promise<SnapshotMaker | undefined> {
  return undefined;
}
