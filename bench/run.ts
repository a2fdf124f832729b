/**
 * `npm run bench`: the engine's benchmarks (not a test; nothing here passes or fails).
 * - team: the team view (metrics, deal health, diagnosis, forecasts) and the agendas of a 10-rep team with
 *   5,000 opportunities and 260 held 1:1s with stored snapshots
 * - org: the org-wide pipeline pass over 100,000 and 1,000,000 opportunities
 * Every figure is a median of repeated runs, and each is also given as a ratio against a single pass that sums
 * Amount over the same array in the same run, so machine speed cancels out.
 * "Cold" parses every 1:1 snapshot (a fresh SnapshotCache per call); "warm" passes one caller-owned
 * SnapshotCache across calls, as a component that rebuilds its view from the same records does. Nothing else is
 * kept between calls: each call indexes the dataset again. Results go to bench-results/latest.json.
 * BENCH_ORG_SIZES=100000 limits the org sizes (e.g. on a small machine); BENCH_ONLY=team or org runs one part.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Opportunity } from 'c/coachingModel';
import { SnapshotCache, buildAgenda, buildOrgPipeline, buildTeamView, createCoachingEngine } from 'c/coachingEngine';
import { BENCH_CLOCK as CLOCK, generateOrgDataset, generateTeamWithSnapshots } from './generate.ts';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface Timing {
  median: number;
  /** The very first call in this process: includes JIT compilation. */
  first: number;
  runs: number;
}

let sink: unknown;

/** Median wall time in ms of `runs` calls after `warmup` unmeasured ones (the first of which is reported). */
function measure(fn: () => unknown, runs: number, warmup = 2): Timing {
  const t0 = performance.now();
  sink = fn();
  const first = performance.now() - t0;
  for (let i = 1; i < warmup; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = fn();
    times.push(performance.now() - start);
  }
  return { median: median(times), first, runs };
}

/**
 * A workload and the baseline timed in alternation, so both see the same load on a shared machine: each round
 * times `baselineRepeats` baseline calls (it is short) and one workload call.
 */
function measureAgainst(
  fn: () => unknown,
  baseline: () => unknown,
  runs: number,
  warmup = 2,
  baselineRepeats = 5
): { work: Timing; baseline: Timing } {
  const t0 = performance.now();
  sink = fn();
  const first = performance.now() - t0;
  for (let i = 1; i < warmup; i++) sink = fn();
  for (let i = 0; i < warmup * baselineRepeats; i++) sink = baseline();
  const work: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < baselineRepeats; i++) {
      const s = performance.now();
      sink = baseline();
      base.push(performance.now() - s);
    }
    const s = performance.now();
    sink = fn();
    work.push(performance.now() - s);
  }
  return {
    work: { median: median(work), first, runs },
    baseline: { median: median(base), first: base[0], runs: base.length }
  };
}

/** The baseline: one pass that sums Amount. */
function sumAmount(opps: readonly Opportunity[]): number {
  let sum = 0;
  for (let i = 0; i < opps.length; i++) {
    const a = opps[i].amount;
    if (a !== null) sum += a;
  }
  return sum;
}

const fmt = (ms: number): string => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
const times = (x: number): string => `${x.toFixed(x < 100 ? 1 : 0)}×`;
const results: Record<string, unknown> = {
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
  date: new Date().toISOString()
};

const only = process.env.BENCH_ONLY ?? '';

// --- Team: 10 reps, 5,000 opportunities, 26 weekly 1:1s per rep with stored snapshots.
if (only !== 'org') {
  const { ds, reps, snapshots } = generateTeamWithSnapshots();
  const sizes = [...snapshots.values()].map((s) => ({
    chars: s.characters,
    deals: (JSON.parse(s.snapshotJson).d as unknown[]).length
  }));
  const charsPerDeal = sizes.reduce((a, s) => a + s.chars, 0) / sizes.reduce((a, s) => a + s.deals, 0);
  const warmCache = new SnapshotCache();

  const baseline = measure(() => sumAmount(ds.opportunities), 200, 20);
  const teamCold = measure(
    () => buildTeamView(ds, CLOCK, { managerId: 'mgr' }, { snapshotCache: new SnapshotCache() }),
    30
  );
  const teamWarm = measure(() => buildTeamView(ds, CLOCK, { managerId: 'mgr' }, { snapshotCache: warmCache }), 30);
  const agendaCold = measure(() => buildAgenda(ds, reps[0], CLOCK, { snapshotCache: new SnapshotCache() }), 30);
  const agendaWarm = measure(() => buildAgenda(ds, reps[0], CLOCK, { snapshotCache: warmCache }), 30);
  const fullOneEngine = (cache: SnapshotCache) => (): void => {
    const engine = createCoachingEngine(ds, CLOCK, { snapshotCache: cache });
    engine.teamView({ managerId: 'mgr' });
    for (const id of reps) engine.agenda(id);
  };
  const fullCold = measure(() => fullOneEngine(new SnapshotCache())(), 15);
  const fullWarm = measure(fullOneEngine(warmCache), 15);
  const fullSeparate = measure(() => {
    buildTeamView(ds, CLOCK, { managerId: 'mgr' }, { snapshotCache: warmCache });
    for (const id of reps) buildAgenda(ds, id, CLOCK, { snapshotCache: warmCache });
  }, 10);
  const ratio = (t: Timing): number => t.median / baseline.median;
  results.team = {
    reps: 10,
    opportunities: 5_000,
    sessions: ds.sessions.length,
    baselineMs: baseline.median,
    teamViewColdMs: teamCold.median,
    teamViewWarmMs: teamWarm.median,
    teamViewFirstCallMs: teamCold.first,
    teamViewColdRatio: ratio(teamCold),
    teamViewWarmRatio: ratio(teamWarm),
    agendaOneRepColdMs: agendaCold.median,
    agendaOneRepWarmMs: agendaWarm.median,
    teamViewPlusTenAgendasOneEngineColdMs: fullCold.median,
    teamViewPlusTenAgendasOneEngineWarmMs: fullWarm.median,
    teamViewPlusTenAgendasSeparateCallsWarmMs: fullSeparate.median,
    snapshotCharsPerDeal: charsPerDeal,
    snapshotMaxChars: Math.max(...sizes.map((s) => s.chars))
  };
  console.log(`Team of 10 reps, 5,000 opportunities, ${ds.sessions.length} held 1:1s with snapshots (medians)`);
  console.log(`  baseline: sum Amount over the 5,000, one pass    ${fmt(baseline.median)}`);
  const line = (label: string, t: Timing): void =>
    console.log(`  ${label.padEnd(48)}${fmt(t.median).padStart(9)}  = ${times(ratio(t))} the baseline`);
  line('team view, cold (parses 260 snapshots)', teamCold);
  line('team view, warm (caller-owned snapshot cache)', teamWarm);
  console.log(`  team view, first call in this process            ${fmt(teamCold.first).padStart(9)}  (JIT and cold)`);
  line('agenda for one rep, cold', agendaCold);
  line('agenda for one rep, warm', agendaWarm);
  line('team view + 10 agendas, one engine, cold', fullCold);
  line('team view + 10 agendas, one engine, warm', fullWarm);
  line('team view + 10 agendas, 11 separate calls, warm', fullSeparate);
  console.log(
    `  snapshot size: ${charsPerDeal.toFixed(0)} characters per deal (largest ${Math.max(...sizes.map((s) => s.chars))})`
  );
}

// --- Org-wide pass.
if (only !== 'team') {
  const sizes = (process.env.BENCH_ORG_SIZES ?? '100000,1000000').split(',').map(Number);
  const org: { opportunities: number; baselineMs: number; passMs: number; passFirstMs: number; ratio: number }[] = [];
  console.log('\nOrg-wide pipeline pass (2,000 owners; medians)');
  for (const n of sizes) {
    const ds = generateOrgDataset(n);
    const { opportunities } = ds;
    const runs = n >= 1_000_000 ? 11 : 21;
    const { work: pass, baseline } = measureAgainst(
      () => buildOrgPipeline(ds, CLOCK),
      () => sumAmount(opportunities),
      runs
    );
    const row = {
      opportunities: n,
      baselineMs: baseline.median,
      passMs: pass.median,
      passFirstMs: pass.first,
      ratio: pass.median / baseline.median
    };
    org.push(row);
    console.log(
      `  ${n.toLocaleString('en-US').padStart(9)}: pass ${fmt(pass.median)} (first ${fmt(pass.first)}), sum Amount ${fmt(
        baseline.median
      )}, ratio ${times(row.ratio)}`
    );
  }
  if (org.length === 2) {
    const growth = org[1].passMs / org[0].passMs;
    const dataGrowth = org[1].opportunities / org[0].opportunities;
    console.log(`  growth: ${dataGrowth}× data → ${growth.toFixed(1)}× time`);
    results.orgGrowth = { data: dataGrowth, time: growth };
  }
  results.org = org;
}

if (sink === Symbol.for('never')) console.log(sink);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten to bench-results/latest.json');
