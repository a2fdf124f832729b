/**
 * Demo-org generation benchmark (not a test): `npx tsx demo-org/bench.ts [--quick]`.
 * Times the generator at growing sizes against a baseline measured in the same run (building the same number of
 * opportunity-shaped objects with fixed values), so the ratios hold on a busy machine, and shows that 10× the
 * deals costs about 10× the time. Also times the history, the engine snapshots and the JSON writer.
 */
import { Writable } from 'node:stream';
import { generateDemoOrg, type DemoOrgOptions } from './generator.ts';
import { writeDemoOrg } from './writer.ts';

const quick = process.argv.includes('--quick');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

/** The floor: allocate `n` records of the Opportunity shape with values picked from small arrays. */
function baseline(n: number): number {
  const stages = ['Prospecting', 'Qualification', 'Closed Won', 'Closed Lost'];
  const out: object[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      attributes: { type: 'Opportunity' },
      Id: `006${i}`,
      Name: 'Deal',
      AccountId: '001',
      OwnerId: '005',
      Type: 'New Business',
      LeadSource: 'Web',
      Amount: i,
      CurrencyIsoCode: 'USD',
      StageName: stages[i & 3],
      Probability: 10,
      ExpectedRevenue: i / 10,
      ForecastCategoryName: 'Pipeline',
      CloseDate: '2026-11-24',
      FiscalYear: 2027,
      FiscalQuarter: 4,
      IsClosed: false,
      IsWon: false,
      PushCount: 0,
      LastStageChangeDate: null,
      LastActivityDate: '2026-11-24',
      HasOverdueTask: false,
      NextStep: null,
      CreatedDate: '2026-11-24T12:00:00.000Z',
      LastModifiedDate: '2026-11-24T12:00:00.000Z'
    });
  }
  return out.length;
}

const big = (opps: number, extra: Partial<DemoOrgOptions> = {}): DemoOrgOptions => ({
  sizes: { managers: 40, repsPerManager: 5, opportunitiesPerRepPerQuarter: opps },
  snapshots: false,
  history: false,
  ...extra
});

const rows: string[][] = [['case', 'opportunities', 'rows in total', 'time (s)', 'µs per opportunity', '× baseline']];
const runs = quick ? 1 : 3;
/** Baseline cost of one record, measured on a million so that start-up costs vanish. */
let baselineNsPerRecord = 0;

function measure(label: string, options: DemoOrgOptions, repeat = runs): { ms: number; opps: number } {
  const times: number[] = [];
  let opps = 0;
  let rowsTotal = 0;
  for (let r = 0; r < repeat; r++) {
    const { ms, value } = timed(() => generateDemoOrg(options));
    times.push(ms);
    opps = value.records.Opportunity.length;
    rowsTotal = Object.values(value.meta.counts).reduce((a, b) => a + b, 0);
  }
  const ms = median(times);
  const perOppNs = (ms * 1e6) / opps;
  rows.push([
    label,
    String(opps),
    String(rowsTotal),
    (ms / 1000).toFixed(2),
    (perOppNs / 1000).toFixed(1),
    (perOppNs / baselineNsPerRecord).toFixed(0)
  ]);
  return { ms, opps };
}

async function main(): Promise<void> {
  baselineNsPerRecord = (median([0, 1, 2].map(() => timed(() => baseline(1_000_000)).ms)) * 1e6) / 1_000_000;
  measure('seed scenario, engine snapshots', {});
  measure('200 reps × 12/quarter, snapshots', { sizes: { managers: 40, repsPerManager: 5 } }, 1);
  const small = measure('200 reps × 6/quarter', big(6));
  const medium = measure('200 reps × 60/quarter', big(60));
  measure('200 reps × 60/quarter, with history', big(60, { history: true }));
  const large = quick ? null : measure('200 reps × 560/quarter', big(560), 1);

  const org = generateDemoOrg(big(quick ? 60 : 560));
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    }
  });
  const started = performance.now();
  await writeDemoOrg(org, sink);
  const writeMs = performance.now() - started;

  const width = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(width[c])).join('  '));
  const growth = (a: { ms: number; opps: number }, b: { ms: number; opps: number }): string =>
    `${(b.opps / a.opps).toFixed(1)}× the deals → ${(b.ms / a.ms).toFixed(1)}× the time`;
  console.log(`\nbaseline: ${baselineNsPerRecord.toFixed(0)} ns to build one opportunity-shaped object`);
  console.log(`growth: ${growth(small, medium)}${large ? `; ${growth(medium, large)}` : ''}`);
  console.log(
    `JSON writer: ${org.records.Opportunity.length} opportunities, ${(bytes / 1e6).toFixed(0)} MB in ${(writeMs / 1000).toFixed(1)} s`
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
