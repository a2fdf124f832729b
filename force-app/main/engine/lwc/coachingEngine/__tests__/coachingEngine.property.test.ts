import fc from 'fast-check';
import { assertProperty } from '@test/engine/property';
import type { CoachingDataset, CoachingSettings, Feedback, Opportunity } from 'c/coachingModel';
import {
  aggregateSurvey,
  buildAgenda,
  buildDealCoaching,
  buildOrgPipeline,
  buildOversight,
  buildTeamView,
  buildUpcoming,
  createCoachingEngine
} from 'c/coachingEngine';
import { instantMs } from 'c/calendarDate';
import { resolveSettings } from 'c/coachingSettings';
import { CLOCK, nonFiniteNumbers } from '@test/engine/records';
import { MANAGERS, REPS, datasetArb, settingsArb } from '@test/engine/arbitraries';

/**
 * An independent, naive reading of the money rules: first record per id; an amount must be a number in
 * [0, 1e16) (the Currency field's range); USD as is, EUR ÷ 0.8, anything else excluded.
 */
function naiveTotals(opps: readonly Opportunity[]) {
  const seen = new Set<string>();
  const out = { records: 0, open: 0, won: 0, lost: 0, excluded: 0 };
  for (const o of opps) {
    if (seen.has(o.id)) continue;
    seen.add(o.id);
    out.records++;
    const valid = typeof o.amount === 'number' && o.amount >= 0 && o.amount < 1e16;
    const rate =
      o.currencyIsoCode === null || o.currencyIsoCode === 'USD' ? 1 : o.currencyIsoCode === 'EUR' ? 0.8 : null;
    if (!valid || rate === null) {
      out.excluded++;
      continue;
    }
    const usd = (o.amount as number) / rate;
    if (!o.isClosed) out.open += usd;
    else if (o.isWon) out.won += usd;
    else out.lost += usd;
  }
  return out;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('engine properties over random messy datasets', () => {
  it('the org-wide pass reconciles with a naive recount and never yields NaN or Infinity', () => {
    assertProperty(
      fc.property(datasetArb, (ds) => {
        const view = buildOrgPipeline(ds, CLOCK);
        const t = view.pipeline.org.totals;
        const naive = naiveTotals(ds.opportunities);
        const excluded = t.excludedAmountMissing + t.excludedRateMissing;
        expect(nonFiniteNumbers(view)).toEqual([]);
        expect(t.records).toBe(naive.records);
        expect(excluded).toBe(naive.excluded);
        expect(
          close(t.allOpenAmount, naive.open) && close(t.allWonAmount, naive.won) && close(t.allLostAmount, naive.lost)
        ).toBe(true);
        // Quarter buckets are parts of the open amount; commit and best case are parts of the pipeline.
        const cur = view.pipeline.org.current;
        expect(cur.commit + cur.bestCase).toBeLessThanOrEqual(cur.openPipeline + 1e-6);
        expect(cur.openPipeline + view.pipeline.org.next.openPipeline).toBeLessThanOrEqual(t.openAmount + 1e-6);
        // The owners add up to the org.
        let records = 0;
        let open = 0;
        for (const m of view.pipeline.byOwner.values()) {
          records += m.records;
          open += m.openAmount;
        }
        expect(records).toBe(t.records);
        expect(close(open, t.openAmount)).toBe(true);
      }),
      { numRuns: 150 }
    );
  });

  it('the team view is finite, its totals are the sum of its reps, and scores stay in 0–100', () => {
    assertProperty(
      fc.property(datasetArb, (ds) => {
        const view = buildTeamView(ds, CLOCK, { managerId: 'mgr' });
        expect(nonFiniteNumbers(view)).toEqual([]);
        const sum = (pick: (r: (typeof view.reps)[number]) => number): number =>
          view.reps.reduce((s, r) => s + pick(r), 0);
        expect(
          close(
            view.team.current.openPipeline,
            sum((r) => r.metrics.current.openPipeline)
          )
        ).toBe(true);
        expect(
          close(
            view.team.current.closedWon,
            sum((r) => r.metrics.current.closedWon)
          )
        ).toBe(true);
        expect(view.team.records).toBe(sum((r) => r.metrics.records));
        for (const r of view.reps) {
          expect(r.health.score === null || (r.health.score >= 0 && r.health.score <= 100)).toBe(true);
          for (const d of r.deals) expect(d.score >= 0 && d.score <= 100).toBe(true);
          for (const g of r.diagnosis.gaps) expect(g.confidence >= 0 && g.confidence <= 1).toBe(true);
          expect(r.diagnosis.gaps.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 }
    );
  });

  it('the agenda is finite, has the seven sections in order and items sorted by importance', () => {
    assertProperty(
      fc.property(datasetArb, fc.constantFrom(...REPS), (ds, rep) => {
        const view = buildAgenda(ds, rep, CLOCK);
        expect(nonFiniteNumbers(view)).toEqual([]);
        const sections = view.agenda!.sections;
        expect(sections.map((s) => s.key)).toEqual([
          'Action_Items',
          'Lost_Disengaged',
          'Opportunity_Review',
          'Pipeline_Risk',
          'Account_Priorities',
          'Skills',
          'Forecast'
        ]);
        for (const s of sections) {
          for (let i = 1; i < s.items.length; i++)
            expect(s.items[i - 1].importance).toBeGreaterThanOrEqual(s.items[i].importance);
          for (const item of s.items) expect(item.questions.length).toBeLessThanOrEqual(3);
        }
      }),
      { numRuns: 60 }
    );
  });

  it('oversight stays finite, its rates are shares, its counts reconcile and the survey never shows below k', () => {
    const inUnit = (x: number | null): boolean => x === null || (x >= 0 && x <= 1);
    assertProperty(
      fc.property(datasetArb, fc.integer({ min: 3, max: 5 }), (ds, k) => {
        const settings = { ...ds.settings, kAnonymityMinimum: k };
        const window = { start: '2026-10-13', end: '2026-11-24' };
        const view = buildOversight({ ...ds, settings }, MANAGERS, window, CLOCK);
        expect(nonFiniteNumbers(view)).toEqual([]);
        expect(view.managers.map((m) => m.managerId)).toEqual(MANAGERS);
        const windowStart = instantMs('2026-10-13T04:00:00.000Z') as number; // midnight in New York (EDT)
        const windowEnd = instantMs('2026-11-25T05:00:00.000Z') as number; // midnight after the last day (EST)
        for (const m of view.managers) {
          for (const rate of [
            m.adherence.rate,
            m.preparation.rate,
            m.agendaCoverage.rate,
            m.actions.completionRate,
            m.actions.overdueShare,
            m.survey.responseRate
          ])
            expect(inUnit(rate)).toBe(true);
          for (const c of m.adherence.cadences) expect(c.held + c.missed + c.pending).toBe(c.slots.length);
          expect(m.adherence.held).toBe(m.adherence.cadences.reduce((n, c) => n + c.held, 0));
          expect(m.preparation.prepared).toBeLessThanOrEqual(m.preparation.held);
          expect(m.actions.done).toBeLessThanOrEqual(m.actions.dueInWindow);
          expect(m.actions.overdue).toBeLessThanOrEqual(m.actions.open);
          // k-anonymity, recounted independently: answers on this manager's 1:1s held in the window.
          // The first record of each session id counts, as in the engine.
          const firstSessions = [...new Map([...ds.sessions].reverse().map((s) => [s.id, s])).values()];
          const held = new Set(
            firstSessions
              .filter((s) => {
                const at = instantMs(s.actualStart ?? s.scheduledStart);
                return (
                  s.managerId === m.managerId &&
                  s.status === 'Held' &&
                  at !== null &&
                  at >= windowStart &&
                  at < windowEnd
                );
              })
              .map((s) => s.id)
          );
          // One answer per 1:1 (the latest; the first of equal times), from the first record of each id.
          const seen = new Set<string>();
          const latest = new Map<string, Feedback>();
          for (const f of ds.feedback) {
            if (seen.has(f.id)) continue;
            seen.add(f.id);
            if (f.managerId !== m.managerId || !held.has(f.sessionId)) continue;
            const before = latest.get(f.sessionId);
            if (!before || f.createdDate >= before.createdDate) latest.set(f.sessionId, f);
          }
          const answers = [...latest.values()];
          const reps = new Set(answers.map((f) => f.repId)).size;
          expect(m.survey.responses).toBe(answers.length);
          expect(m.survey.responses).toBeLessThanOrEqual(m.preparation.held);
          const hidden =
            m.survey.status === 'NOT_ENOUGH_RESPONSES' &&
            m.survey.frameworkScore === null &&
            m.survey.overallValue === null &&
            Object.values(m.survey.averages).every((a) => a === null);
          expect(hidden || (answers.length >= k && reps >= k)).toBe(true);
          for (const a of Object.values(m.survey.averages)) expect(a === null || (a >= 1 && a <= 5)).toBe(true);
          const overall = m.survey.overallValue;
          expect(overall === null || (overall >= 0 && overall <= 10)).toBe(true);
          // Accuracy = 1 − |bias|: both come from the same sums.
          const { accuracy, bias } = m.forecast;
          expect(accuracy === null || bias === null || Math.abs(accuracy - (1 - Math.abs(bias))) < 1e-9).toBe(true);
        }
      }),
      { numRuns: 80 }
    );
  });

  it('the survey aggregate reveals nothing below k answers from k reps, and averages only valid ratings', () => {
    const answer = fc.record({
      repId: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5'),
      preparation: fc.option(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, 7, Number.NaN)), {
        nil: null
      }),
      overallValue: fc.option(fc.integer({ min: -2, max: 12 }), { nil: null })
    });
    assertProperty(
      fc.property(fc.array(answer, { maxLength: 12 }), fc.integer({ min: 3, max: 6 }), (raw, k) => {
        const feedback = raw.map((a, i): Feedback => ({
          id: `f${i}`,
          sessionId: 's',
          managerId: 'mgr',
          pipelineInsight: null,
          skillDevelopment: null,
          actionClarity: null,
          repAgenda: null,
          improvement: null,
          createdDate: CLOCK.now,
          ...a
        }));
        const result = aggregateSurvey(feedback, k);
        expect(nonFiniteNumbers(result)).toEqual([]);
        const distinct = new Set(raw.map((a) => a.repId)).size;
        expect(result.status === 'NOT_ENOUGH_RESPONSES' || (raw.length >= k && distinct >= k)).toBe(true);
        const valid = raw.filter((a) => typeof a.preparation === 'number' && a.preparation >= 1 && a.preparation <= 5);
        const validReps = new Set(valid.map((a) => a.repId)).size;
        const expected =
          result.status === 'OK' && valid.length >= k && validReps >= k
            ? valid.reduce((sum, a) => sum + (a.preparation as number), 0) / valid.length
            : null;
        const shown = result.averages.preparation;
        expect(expected === null ? shown === null : shown !== null && Math.abs(shown - expected) < 1e-9).toBe(true);
      }),
      { numRuns: 300 }
    );
  });

  it('rep views carry finite forecast figures, account shares in 0–1 and a consistent accuracy and bias', () => {
    assertProperty(
      fc.property(datasetArb, (ds) => {
        const engine = createCoachingEngine(ds, CLOCK);
        const team = engine.teamView({ managerId: 'mgr' });
        for (const r of team.reps) {
          const f = r.forecast;
          expect(f.accuracy === null || f.bias === null || Math.abs(f.accuracy - (1 - Math.abs(f.bias))) < 1e-9).toBe(
            true
          );
          for (const q of f.quarters) expect(q.bias === null || q.bias >= -1).toBe(true);
          const calls = f.current.calls;
          for (let i = 1; i < calls.length; i++)
            expect(calls[i].commitChange).toBeCloseTo(calls[i].commit - calls[i - 1].commit, 6);
          expect(
            f.current.commitChange === null || f.current.commitChange === calls[calls.length - 1].commitChange
          ).toBe(true);
          const agenda = engine.agenda(r.repId);
          expect(nonFiniteNumbers(agenda)).toEqual([]);
          const shares = agenda.accounts!.classes;
          let pipelineShares = 0;
          for (const c of shares) {
            expect(c.pipelineShare === null || (c.pipelineShare >= 0 && c.pipelineShare <= 1 + 1e-12)).toBe(true);
            expect(c.activityShare === null || (c.activityShare >= 0 && c.activityShare <= 1)).toBe(true);
            pipelineShares += c.pipelineShare ?? 0;
          }
          expect(shares.every((c) => c.pipelineShare === null) || Math.abs(pipelineShares - 1) < 1e-9).toBe(true);
        }
        expect(nonFiniteNumbers(team)).toEqual([]);
        // One engine or one call per view: the same figures.
        expect(buildTeamView(ds, CLOCK, { managerId: 'mgr' }).reps.map((r) => r.health.score)).toEqual(
          team.reps.map((r) => r.health.score)
        );
      }),
      { numRuns: 60 }
    );
  });

  it('resolves any settings input to valid settings with warnings, never an exception', () => {
    assertProperty(
      fc.property(settingsArb, (raw) => {
        const s = resolveSettings(raw as Partial<CoachingSettings>);
        expect(s.kAnonymityMinimum).toBeGreaterThanOrEqual(3);
        expect(Number.isFinite(s.staleDaysMultiplier) && s.staleDaysMultiplier > 0).toBe(true);
        expect(s.stages.length).toBeGreaterThan(0);
        for (const stage of s.stages) {
          expect(typeof stage.stageName === 'string' && stage.stageName.trim() !== '').toBe(true);
          expect(Number.isFinite(stage.sortOrder)).toBe(true);
          expect(stage.maxDaysInStage === null || stage.maxDaysInStage > 0).toBe(true);
          expect(stage.exitCriteria.every((c) => typeof c.criterion === 'string')).toBe(true);
        }
        expect(new Set(s.stages.map((x) => x.stageName)).size).toBe(s.stages.length);
        expect(s.agendaSections.every((x) => typeof x.label === 'string' && typeof x.enabled === 'boolean')).toBe(true);
        expect(s.disabledGapCodes.every((c) => typeof c === 'string')).toBe(true);
      }),
      { numRuns: 400 }
    );
  });

  it('every view survives junk settings, fiscal calendars and currency tables', () => {
    const fiscalJunk = fc.oneof(
      fc.anything(),
      fc.record({
        startMonth: fc.oneof(fc.integer({ min: -2, max: 14 }), fc.anything()),
        nameByStartYear: fc.anything(),
        customQuarters: fc.oneof(fc.array(fc.anything(), { maxLength: 3 }), fc.anything())
      })
    );
    const currencyJunk = fc.oneof(
      fc.anything(),
      fc.record({
        corporateCurrency: fc.oneof(fc.constant('USD'), fc.anything()),
        multiCurrency: fc.anything(),
        rates: fc.oneof(fc.array(fc.anything(), { maxLength: 3 }), fc.anything())
      })
    );
    assertProperty(
      fc.property(datasetArb, settingsArb, fiscalJunk, currencyJunk, (ds, settings, fiscal, currency) => {
        const broken = { ...ds, settings, fiscal, currency } as unknown as CoachingDataset;
        const views = [
          buildTeamView(broken, CLOCK, { managerId: 'mgr' }),
          buildAgenda(broken, 'rep1', CLOCK),
          buildOversight(broken, MANAGERS, { start: '2026-10-01', end: '2026-11-24' }, CLOCK),
          buildUpcoming(broken, 'rep1', 3, CLOCK),
          // The deal view echoes the input record (which may hold an infinite amount); its figures must be finite.
          { ...buildDealCoaching(broken, ds.opportunities[0]?.id ?? 'none', CLOCK), opportunity: null },
          buildOrgPipeline(broken, CLOCK)
        ];
        for (const v of views) expect(nonFiniteNumbers(v)).toEqual([]);
      }),
      { numRuns: 120 }
    );
  });
});
