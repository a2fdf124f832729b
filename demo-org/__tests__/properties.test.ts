/**
 * Property tests over random seeds, anchors (any date 2001–2099: leap days, year ends, DST weeks) and small
 * sizes: the structural invariants hold for every generated org, not only the seed scenario.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateDemoOrg } from '../generator.ts';
import { REFERENCES, type DemoOrg, type RecordType } from '../format.ts';
import { isSalesforceId } from '../ids.ts';
import { historyByOpportunity, quarterContaining } from './record-metrics.ts';

const options = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  anchorDate: fc
    .date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  sizes: fc.record({
    managers: fc.integer({ min: 1, max: 3 }),
    repsPerManager: fc.integer({ min: 1, max: 4 }),
    quartersOfHistory: fc.integer({ min: 1, max: 4 }),
    opportunitiesPerRepPerQuarter: fc.integer({ min: 1, max: 6 }),
    sessionWeeks: fc.integer({ min: 1, max: 6 })
  }),
  snapshots: fc.boolean()
});

function assertInvariants(org: DemoOrg): void {
  const { records, meta } = org;
  const types = Object.keys(records) as RecordType[];
  const ids = new Map<RecordType, Set<string>>(types.map((t) => [t, new Set(records[t].map((r) => r.Id))]));
  const all = types.flatMap((t) => records[t].map((r) => r.Id));
  assert.equal(new Set(all).size, all.length, 'ids are unique');
  assert.ok(all.every(isSalesforceId));
  for (const type of types)
    for (const { field, to } of REFERENCES[type])
      for (const row of records[type] as unknown as Record<string, unknown>[])
        assert.ok(row[field] === null || ids.get(to)!.has(row[field] as string), `${type}.${field}`);
  assert.doesNotMatch(JSON.stringify(org), /NaN|Infinity/);

  const history = historyByOpportunity(org);
  const month = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  for (const o of records.Opportunity) {
    const rows = history.get(o.Id)!;
    const last = rows[rows.length - 1];
    assert.deepEqual([last.StageName, last.CloseDate, last.Amount], [o.StageName, o.CloseDate, o.Amount]);
    assert.equal(
      o.PushCount,
      rows.filter((r) => r.PrevCloseDate && month(r.CloseDate) > month(r.PrevCloseDate)).length
    );
    assert.ok(o.CreatedDate <= meta.now && (!o.IsClosed || o.CloseDate <= meta.anchorDate));
    quarterContaining(org, o.CloseDate);
  }
  for (const c of records.Coaching_Cadence__c) {
    const sessions = records.Coaching_Session__c.filter((s) => s.Cadence__c === c.Id);
    // A slot at or after "now" is planned (a 1:1 starting this very minute has not been held yet).
    assert.equal(sessions.filter((s) => s.Status__c === 'Planned' && s.Scheduled_Start__c >= meta.now).length, 1);
  }
  for (const s of records.Coaching_Session__c) {
    if (s.Commit_Current_Quarter__c !== null) assert.ok(s.Best_Case_Current_Quarter__c! >= s.Commit_Current_Quarter__c);
    assert.equal(s.Status__c === 'Held', s.Actual_Start__c !== null);
  }
  for (const repId of meta.scenario.repIds)
    assert.equal(records.Sales_Quota__c.filter((q) => q.User__c === repId).length, meta.sizes.quartersOfHistory + 2);
}

test('every generated org keeps the structural invariants', () => {
  fc.assert(
    fc.property(options, (o) => {
      assertInvariants(generateDemoOrg(o));
    }),
    { numRuns: 25 }
  );
});
