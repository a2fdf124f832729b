/**
 * Profiling helper (not part of `npm run bench`): runs one workload in a loop so `node --cpu-prof` sees it.
 * BENCH_PROFILE=team|agendas|cold|org (default team; cold = team view with a fresh snapshot cache each run);
 * BENCH_PROFILE_RUNS (default 200; 5 for org).
 */
import type { Clock } from 'c/coachingModel';
import { SnapshotCache, buildOrgPipeline, buildSessionSnapshot, createCoachingEngine } from 'c/coachingEngine';
import { NOW, flat, generateDataset, generateOpportunities } from './generate.ts';

const CLOCK: Clock = { now: NOW, timeZone: 'America/New_York', targetCurrency: 'USD' };
const workload = process.env.BENCH_PROFILE ?? 'team';
const runs = Number(process.env.BENCH_PROFILE_RUNS ?? (workload === 'org' ? 5 : 200));

if (workload === 'org') {
  const owners = Array.from({ length: 2_000 }, (_, i) => flat(`005O${String(i).padStart(14, '0')}`));
  const ds = {
    ...generateDataset({ reps: 0, opportunities: 0 }),
    opportunities: generateOpportunities(1_000_000, owners, 7)
  };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    buildOrgPipeline(ds, CLOCK);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`org: median ${times[runs >> 1].toFixed(1)} ms, fastest ${times[0].toFixed(1)} ms per pass`);
} else {
  const ds = generateDataset({ reps: 10, opportunities: 5_000, weeksOfSessions: 26 });
  const reps = ds.users.filter((u) => u.managerId === 'mgr').map((u) => u.id);
  for (const id of reps) {
    const snap = buildSessionSnapshot(ds, id, { ...CLOCK, now: '2026-09-01T15:00:00.000Z' });
    for (const s of ds.sessions) if (s.repId === id) s.snapshotJson = snap.snapshotJson;
  }
  const cache = new SnapshotCache();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const engine = createCoachingEngine(ds, CLOCK, {
      snapshotCache: workload === 'cold' ? new SnapshotCache() : cache
    });
    engine.teamView({ managerId: 'mgr' });
    if (workload === 'agendas') for (const id of reps) engine.agenda(id);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${workload}: median ${times[runs >> 1].toFixed(2)} ms, fastest ${times[0].toFixed(2)} ms`);
}
