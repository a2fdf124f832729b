/**
 * Profiling helper (not part of `npm run bench`): runs one workload in a loop so `node --cpu-prof` sees it.
 * BENCH_PROFILE=team|agendas|cold|org (default team; cold = team view with a fresh snapshot cache each run);
 * BENCH_PROFILE_RUNS (default 200; 5 for org).
 */
import { SnapshotCache, buildOrgPipeline, createCoachingEngine } from 'c/coachingEngine';
import { BENCH_CLOCK as CLOCK, generateOrgDataset, generateTeamWithSnapshots } from './generate.ts';

const workload = process.env.BENCH_PROFILE ?? 'team';
const runs = Number(process.env.BENCH_PROFILE_RUNS ?? (workload === 'org' ? 5 : 200));

if (workload === 'org') {
  const ds = generateOrgDataset(1_000_000);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    buildOrgPipeline(ds, CLOCK);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`org: median ${times[runs >> 1].toFixed(1)} ms, fastest ${times[0].toFixed(1)} ms per pass`);
} else {
  const { ds, reps } = generateTeamWithSnapshots();
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
