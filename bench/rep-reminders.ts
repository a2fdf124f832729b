/**
 * `npx tsx bench/rep-reminders.ts`: what "My coaching" costs to find the deals that still need a root cause, for
 * a rep with 2,000 deals (not a test; nothing passes or fails). The view asks the engine once per lost or quiet
 * deal; this compares asking it with the whole dataset each time against asking it with just the deal and its
 * reviews (what `myCoachingView` does), both against a baseline pass that sums Amount, in the same run.
 * Results go to bench-results/rep-reminders.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Clock, CoachingDataset, Id, Opportunity } from 'c/coachingModel';
import { buildDealCoaching, buildTeamView } from 'c/coachingEngine';
import { NOW, generateDataset } from './generate.ts';

const CLOCK: Clock = { now: NOW, timeZone: 'America/New_York', targetCurrency: 'USD' };
/** The view's default window for lost deals: 90 days before 24 Nov 2026. */
const LOST_SINCE = '2026-08-26';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function measure(fn: () => unknown, runs: number): number {
  let sink: unknown = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = fn();
    times.push(performance.now() - start);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return median(times);
}

const ds = generateDataset({ reps: 1, opportunities: 2_000 });
const rep = ds.opportunities[0].ownerId;
const mine = ds.opportunities.filter((o) => o.ownerId === rep);
const lost = mine.filter((o) => o.isClosed && !o.isWon && (o.closeDate ?? '') >= LOST_SINCE).map((o) => o.id);

const alone = (opp: Opportunity): CoachingDataset => ({
  ...ds,
  users: [],
  accounts: [],
  opportunities: [opp],
  cadences: [],
  sessions: [],
  actionItems: [],
  reviews: ds.reviews.filter((r) => r.opportunityId === opp.id),
  feedback: [],
  quotas: []
});

function dueDeals(askWith: (id: Id) => CoachingDataset): Id[] {
  const team = buildTeamView(ds, CLOCK, { repIds: [rep] });
  const quiet = (team.reps[0]?.deals ?? []).filter((d) => d.isDisengaged).map((d) => d.opportunityId);
  return [...lost, ...quiet].filter((id) => buildDealCoaching(askWith(id), id, CLOCK).needsRootCause);
}

const byId = new Map(mine.map((o) => [o.id, o]));
const whole = dueDeals(() => ds);
const perDeal = dueDeals((id) => alone(byId.get(id)!));
if (whole.join() !== perDeal.join()) throw new Error('The two ways disagree on which deals need a root cause.');

const baseline = measure(() => mine.reduce((sum, o) => sum + (o.amount ?? 0), 0), 101);
const wholeMs = measure(() => dueDeals(() => ds), 7);
const perDealMs = measure(() => dueDeals((id) => alone(byId.get(id)!)), 7);
const results = {
  machine: { node: process.version, cpus: cpus().length },
  deals: mine.length,
  lostInWindow: lost.length,
  due: perDeal.length,
  baselineSumMs: baseline,
  wholeDatasetPerDealMs: wholeMs,
  dealAlonePerDealMs: perDealMs,
  wholeOverBaseline: wholeMs / baseline,
  aloneOverBaseline: perDealMs / baseline,
  wholeOverAlone: wholeMs / perDealMs
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/rep-reminders.json', JSON.stringify(results, null, 2));
console.log(
  `${results.deals} deals, ${results.lostInWindow} lost in 90 days, ${results.due} due: whole dataset per deal ` +
    `${wholeMs.toFixed(1)} ms, deal alone ${perDealMs.toFixed(1)} ms (${results.wholeOverAlone.toFixed(1)}× faster); ` +
    `baseline sum ${baseline.toFixed(4)} ms`
);
