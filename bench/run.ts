/**
 * `npm run bench`: the engine's benchmarks (not a test; nothing here passes or fails).
 * - team: full health (team view) and the agendas of a 10-rep team with 5,000 opportunities
 * - org: the org-wide pipeline pass over 100,000 and 1,000,000 opportunities
 * Each figure is a median of repeated runs, reported with the ratio against a single pass that sums Amount
 * over the same array in the same run, so machine speed cancels out. Results go to bench-results/.
 * BENCH_ORG_SIZES=100000 limits the org sizes (e.g. on a small machine).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Clock, Opportunity } from 'c/coachingModel';
import { buildAgenda, buildOrgPipeline, buildSessionSnapshot, buildTeamView } from 'c/coachingEngine';
import { NOW, generateDataset, generateOpportunities } from './generate.ts';

const CLOCK: Clock = { now: NOW, timeZone: 'America/New_York', targetCurrency: 'USD' };

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time in ms of `runs` calls after `warmup` unmeasured ones. */
function measure(fn: () => unknown, runs: number, warmup = 2): { median: number; first: number; runs: number } {
  let sink: unknown;
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
  if (sink === Symbol.for('never')) console.log(sink);
  return { median: median(times), first, runs };
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
const results: Record<string, unknown> = { machine: { node: process.version, cpus: cpus().length } };

// --- Team: 10 reps, 5,000 opportunities, 26 weekly 1:1s per rep with stored snapshots.
{
  const ds = generateDataset({ reps: 10, opportunities: 5_000, weeksOfSessions: 26 });
  const reps = ds.users.filter((u) => u.managerId === 'mgr').map((u) => u.id);
  const snapshots = new Map(
    reps.map((id) => [id, buildSessionSnapshot(ds, id, { ...CLOCK, now: '2026-09-01T15:00:00.000Z' })])
  );
  for (const s of ds.sessions) {
    const snap = snapshots.get(s.repId);
    if (snap) s.snapshotJson = snap.snapshotJson;
  }
  const sizes = [...snapshots.values()].map((s) => ({
    chars: s.characters,
    deals: (JSON.parse(s.snapshotJson).d as unknown[]).length
  }));
  const charsPerDeal = sizes.reduce((a, s) => a + s.chars, 0) / sizes.reduce((a, s) => a + s.deals, 0);

  const baseline = measure(() => sumAmount(ds.opportunities), 50);
  const teamView = measure(() => buildTeamView(ds, CLOCK, { managerId: 'mgr' }), 30);
  const agenda = measure(() => buildAgenda(ds, reps[0], CLOCK), 30);
  const full = measure(() => {
    buildTeamView(ds, CLOCK, { managerId: 'mgr' });
    for (const id of reps) buildAgenda(ds, id, CLOCK);
  }, 10);
  results.team = {
    reps: 10,
    opportunities: 5_000,
    sessions: ds.sessions.length,
    baselineMs: baseline.median,
    teamViewMs: teamView.median,
    teamViewFirstCallMs: teamView.first,
    agendaOneRepMs: agenda.median,
    teamViewPlusTenAgendasMs: full.median,
    teamViewRatio: teamView.median / baseline.median,
    snapshotCharsPerDeal: charsPerDeal,
    snapshotMaxChars: Math.max(...sizes.map((s) => s.chars))
  };
  console.log('Team of 10 reps, 5,000 opportunities, 260 held 1:1s with snapshots');
  console.log(`  baseline (sum Amount, one pass)       ${fmt(baseline.median)}`);
  console.log(
    `  team view (metrics, health, diagnosis) ${fmt(teamView.median)}  (first call ${fmt(teamView.first)}, cold snapshot parse)`
  );
  console.log(`  agenda, one rep                        ${fmt(agenda.median)}`);
  console.log(`  team view + 10 agendas                 ${fmt(full.median)}`);
  console.log(
    `  snapshot size                          ${charsPerDeal.toFixed(0)} chars per deal (largest ${Math.max(...sizes.map((s) => s.chars))} chars)`
  );
}

// --- Org-wide pass.
{
  const sizes = (process.env.BENCH_ORG_SIZES ?? '100000,1000000').split(',').map(Number);
  const owners = Array.from({ length: 2_000 }, (_, i) => `005O${String(i).padStart(14, '0')}`);
  const org: Record<string, unknown>[] = [];
  console.log('\nOrg-wide pipeline pass (2,000 owners)');
  for (const n of sizes) {
    const opportunities = generateOpportunities(n, owners, 7);
    const ds = { ...generateDataset({ reps: 0, opportunities: 0 }), opportunities };
    const runs = n >= 1_000_000 ? 7 : 15;
    const baseline = measure(() => sumAmount(opportunities), runs);
    const pass = measure(() => buildOrgPipeline(ds, CLOCK), runs, 1);
    const row = {
      opportunities: n,
      baselineMs: baseline.median,
      passMs: pass.median,
      ratio: pass.median / baseline.median
    };
    org.push(row);
    console.log(
      `  ${n.toLocaleString('en-US').padStart(9)}: pass ${fmt(pass.median)}, baseline ${fmt(baseline.median)}, ratio ${row.ratio.toFixed(1)}×`
    );
  }
  if (org.length === 2) {
    const growth = (org[1].passMs as number) / (org[0].passMs as number);
    const dataGrowth = (org[1].opportunities as number) / (org[0].opportunities as number);
    console.log(`  growth: ${dataGrowth}× data → ${growth.toFixed(1)}× time`);
    results.orgGrowth = { data: dataGrowth, time: growth };
  }
  results.org = org;
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten to bench-results/latest.json');
