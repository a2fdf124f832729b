import type { Opportunity } from 'c/coachingModel';
import { dayFromIso } from 'c/calendarDate';
import { DEFAULT_SETTINGS, indexStages } from 'c/coachingSettings';
import { createFiscalQuarters } from 'c/fiscalCalendar';
import type { PipelineSnapshot } from 'c/pipelineSnapshot';
import {
  SNAPSHOT_MAX_CHARS,
  buildSnapshot,
  diffSnapshots,
  parseSnapshot,
  serializeSnapshot,
  sightings
} from 'c/pipelineSnapshot';
import { FEBRUARY_FISCAL, lost, opportunity, won } from '@test/engine/records';

const METRICS = {
  q: 'FY2027 Q4',
  quota: 1_000_000,
  won: 0,
  com: 0,
  bc: 0,
  pipe: 0,
  cov: 1.23456,
  req: 3,
  wr: 0.333333,
  hs: 70
};
const options = {
  stages: indexStages(DEFAULT_SETTINGS.stages),
  quarters: createFiscalQuarters(FEBRUARY_FISCAL),
  lateStageProbability: 70
};

function snap(opps: Opportunity[], takenAt: string, currency = 'USD'): PipelineSnapshot {
  return buildSnapshot({
    repId: 'rep1',
    takenAt,
    currency,
    today: dayFromIso(takenAt) as number,
    keepClosedFromDay: dayFromIso('2026-11-01') as number,
    opportunities: opps,
    amountOf: (o) => o.amount,
    metrics: METRICS
  });
}

describe('pipeline snapshots', () => {
  it('round-trips through JSON and keeps closed deals only from the cut-off', () => {
    const opps = [
      opportunity({ id: 'a' }),
      won({ id: 'b', closeDate: '2026-11-05' }),
      lost({ id: 'c', closeDate: '2026-10-01' })
    ];
    const s = snap(opps, '2026-11-20T15:00:00.000Z');
    expect(s.d.map((d) => [d.i, d.x])).toEqual([
      ['a', 'o'],
      ['b', 'w']
    ]);
    expect(s.m.cov).toBe(1.23);
    const parsed = parseSnapshot(serializeSnapshot(s));
    expect(parsed.ok && parsed.snapshot).toEqual(s);
  });

  it('fits 300 open deals in the Long Text Area with room to spare', () => {
    const opps = Array.from({ length: 300 }, (_, i) =>
      opportunity({
        id: `0065g00000${String(i).padStart(8, '0')}`,
        name: `Acme Corporation — Enterprise renewal ${i}`,
        amount: 123_456.78,
        stageName: 'Negotiation/Review',
        forecastCategory: 'Commit',
        probability: 90,
        pushCount: 2
      })
    );
    const json = serializeSnapshot(snap(opps, '2026-11-20T15:00:00.000Z'));
    const perDeal = json.length / 300;
    // Measured, not assumed: about 120 characters per deal with a 40-character name.
    expect(perDeal).toBeLessThan(140);
    expect(json.length).toBeLessThan(SNAPSHOT_MAX_CHARS / 3);
  });

  it('rejects corrupt JSON, an unknown version and a wrong shape with INVALID_SNAPSHOT', () => {
    for (const bad of [
      '{not json',
      '{"v":2}',
      '"text"',
      '',
      '{"v":1,"t":"x","r":"y","cur":"USD","sg":["A"],"m":{},"d":[{"i":"a","s":5}]}'
    ]) {
      expect(parseSnapshot(bad, 'sess1')).toMatchObject({
        ok: false,
        warning: { code: 'INVALID_SNAPSHOT', recordId: 'sess1' }
      });
    }
    expect(parseSnapshot(null).ok).toBe(false);
  });

  it('diffs two snapshots: every kind of change', () => {
    const before = snap(
      [
        opportunity({ id: 'push', name: 'Pushed', closeDate: '2026-12-15' }),
        opportunity({ id: 'pull', closeDate: '2027-01-20' }),
        opportunity({ id: 'up', amount: 100 }),
        opportunity({ id: 'down', amount: 150 }),
        opportunity({ id: 'regress', stageName: 'Negotiation/Review' }),
        opportunity({ id: 'advance', stageName: 'Prospecting' }),
        opportunity({ id: 'win' }),
        opportunity({ id: 'lose' }),
        opportunity({ id: 'gone' }),
        opportunity({ id: 'same' })
      ],
      '2026-11-13T15:00:00.000Z'
    );
    const after = snap(
      [
        opportunity({ id: 'push', name: 'Pushed', closeDate: '2027-02-10' }), // +57 days, into FY2028 Q1
        opportunity({ id: 'pull', closeDate: '2027-01-10' }), // −10 days
        opportunity({ id: 'up', amount: 150 }),
        opportunity({ id: 'down', amount: 90 }),
        opportunity({ id: 'regress', stageName: 'Qualification' }),
        opportunity({ id: 'advance', stageName: 'Qualification' }),
        won({ id: 'win', closeDate: '2026-11-18' }),
        lost({ id: 'lose', closeDate: '2026-11-18' }),
        opportunity({ id: 'same' }),
        opportunity({ id: 'new' }),
        opportunity({ id: 'late', probability: 90, stageName: 'Negotiation/Review' }),
        won({ id: 'unseen-win', closeDate: '2026-11-19' })
      ],
      '2026-11-20T15:00:00.000Z'
    );
    const diff = diffSnapshots(before, after, options);
    const kinds = Object.fromEntries(diff.changes.map((c) => [c.opportunityId, c.kinds]));
    expect(kinds).toEqual({
      push: ['PUSHED', 'MOVED_TO_LATER_QUARTER'],
      pull: ['PULLED_IN'],
      up: ['AMOUNT_UP'],
      down: ['AMOUNT_DOWN'],
      regress: ['STAGE_REGRESSED'],
      advance: ['STAGE_ADVANCED'],
      win: ['WON', 'PULLED_IN'],
      lose: ['LOST', 'PULLED_IN'],
      new: ['NEW'],
      late: ['NEW', 'SURPRISE'],
      'unseen-win': ['SURPRISE', 'WON'],
      gone: ['DROPPED']
    });
    const push = diff.changes.find((c) => c.opportunityId === 'push')!;
    // 2026-12-15 → 2027-02-10: 16 + 31 + 10 = 57 days.
    expect([push.pushedDays, push.quarterBefore, push.quarterAfter]).toEqual([57, 'FY2027 Q4', 'FY2028 Q1']);
    expect(diff.changes.find((c) => c.opportunityId === 'up')!.amountDelta).toBe(50);
    // 150 → 90: down by 60.
    const down = diff.changes.find((c) => c.opportunityId === 'down')!;
    expect([down.amountBefore, down.amountAfter, down.amountDelta]).toEqual([150, 90, -60]);
    expect([diff.counts.AMOUNT_UP, diff.counts.AMOUNT_DOWN]).toEqual([1, 1]);
    expect(diff.counts.PUSHED).toBe(1);
    expect(diff.counts.SURPRISE).toBe(2);
  });

  it('does not compare amounts across currencies', () => {
    const diff = diffSnapshots(
      snap([opportunity({ id: 'x', amount: 100 })], '2026-11-13T15:00:00.000Z', 'USD'),
      snap([opportunity({ id: 'x', amount: 90 })], '2026-11-20T15:00:00.000Z', 'EUR'),
      options
    );
    expect(diff.amountsComparable).toBe(false);
    expect(diff.changes).toEqual([]);
  });

  it('records when each deal was first seen and whether it was ever in commit', () => {
    const s1 = snap([opportunity({ id: 'a', probability: 20 })], '2026-11-06T15:00:00.000Z');
    const s2 = snap(
      [
        opportunity({ id: 'a', forecastCategory: 'Commit', probability: 90 }),
        opportunity({ id: 'b', probability: 80 })
      ],
      '2026-11-13T15:00:00.000Z'
    );
    const seen = sightings([s2, s1], 70);
    expect(seen.get('a')).toEqual({ firstSeen: '2026-11-06T15:00:00.000Z', firstSeenLate: false, everCommit: true });
    expect(seen.get('b')).toEqual({ firstSeen: '2026-11-13T15:00:00.000Z', firstSeenLate: true, everCommit: false });
  });
});
