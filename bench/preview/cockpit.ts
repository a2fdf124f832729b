/**
 * Benchmark (not a test): navigation → manager cockpit fully rendered, in Chromium, for one manager with 9 direct
 * reps and one with 200 (`npm run bench`, or `npm run bench:cockpit -- [--runs 9] [--sizes 9,200] [--fresh]`).
 *
 * Each case is a demo org (seed 42) whose only first-line manager owns every rep, anchored to 24 Nov 2026; the
 * server's clock and the browser's `Date` start at that day, 15:00 UTC, so every run sees the same data. The
 * generated org is cached in `.preview-data/bench/` under a hash of the generator's and engine's sources (a 200-rep
 * team with engine snapshots takes minutes to generate); `--fresh` regenerates it.
 *
 * "Fully rendered", checked in the page on every animation frame: the cockpit's ready marker is set
 * (`data-cockpit-ready="true"`), no spinner, error or empty state is in it, the roster shows exactly one row per
 * active direct report of the manager (counted from the store), every team tile's stat tile and every chart has
 * rendered its content. The time is `performance.now()` at that frame: milliseconds since the navigation started.
 * The baseline, measured in the same run and interleaved with the cockpit loads: the preview's blank page (the
 * same shell and bundle, no component) until the shell's ready marker. Reported: medians over `--runs` loads
 * after one warm-up pair, p90, cockpit ÷ baseline, the wall time seen from Node, and the cockpit's own engine time.
 * Results: bench-results/preview-cockpit.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, builtBundle } from '../../preview/e2e/helpers.ts';
import { startPreview, type RunningPreview } from '../../preview/server/index.ts';
import { DEFAULT_ANCHOR } from '../../demo-org/generator.ts';
import { PROJECT_ROOT, walk } from '../../scripts/lib/project.ts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', '9'));
const SIZES = arg('sizes', '9,200').split(',').map(Number);
const FRESH = process.argv.includes('--fresh');
const SEED = 42;
const NOW = new Date(`${DEFAULT_ANCHOR}T15:00:00.000Z`);
const CACHE_DIR = join(PROJECT_ROOT, '.preview-data', 'bench');
const TIMEOUT_MS = 180_000;

if (!Number.isInteger(RUNS) || RUNS < 1 || SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('Usage: tsx bench/preview/cockpit.ts [--runs N ≥ 1] [--sizes 9,200] [--fresh]');
  process.exit(2);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p90 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(0.9 * xs.length) - 1)];

/** Everything the generated org depends on: the generator, the engine that writes its snapshots, the mappers. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  const dirs = ['demo-org', 'force-app/main/engine', 'force-app/main/data-access/lwc/coachingRecords'];
  const files = dirs
    .flatMap((d) => walk(join(PROJECT_ROOT, d)))
    .filter((f) => f.endsWith('.ts') && !f.includes('__tests__'))
    .sort();
  for (const f of files) hash.update(relative(PROJECT_ROOT, f)).update(readFileSync(f));
  return hash.digest('hex').slice(0, 12);
}

/** The cached data file of a case; stale ones of the same size are removed. */
function dataFileFor(reps: number, sources: string): string {
  const prefix = `cockpit-${reps}-reps-seed${SEED}-${DEFAULT_ANCHOR}-`;
  const file = join(CACHE_DIR, `${prefix}${sources}.json`);
  if (existsSync(CACHE_DIR))
    for (const old of readdirSync(CACHE_DIR))
      if (old.startsWith(prefix) && (FRESH || join(CACHE_DIR, old) !== file)) rmSync(join(CACHE_DIR, old));
  return file;
}

/**
 * The "fully rendered" check, run in the page (a string, so the bundler's helpers never reach the browser): the
 * time since navigation start once the cockpit is complete, else false. Playwright's own selectors are not used
 * here because their round trips would be part of the measured time.
 */
const COCKPIT_RENDERED = `(expectedRows) => {
  const find = (root, selector) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = find(el.shadowRoot, selector);
        if (inner) return inner;
      }
    }
    return null;
  };
  const cockpit = find(document, 'c-coaching-cockpit');
  const shadow = cockpit && cockpit.shadowRoot;
  if (!shadow) return false;
  const root = shadow.querySelector('[data-id="root"]');
  if (!root || root.getAttribute('data-cockpit-ready') !== 'true') return false;
  if (shadow.querySelector('lightning-spinner, [data-id="error"], [data-id="empty"]')) return false;
  const roster = shadow.querySelector('c-rep-roster');
  const rows = roster && roster.shadowRoot ? roster.shadowRoot.querySelectorAll('tr[data-id="row"]') : [];
  if (rows.length !== expectedRows) return false;
  const summary = shadow.querySelector('c-team-summary');
  const inSummary = (selector) => (summary && summary.shadowRoot ? [...summary.shadowRoot.querySelectorAll(selector)] : []);
  const tiles = inSummary('li[data-id="tile"] c-stat-tile');
  if (tiles.length === 0 || tiles.some((t) => !t.shadowRoot || t.shadowRoot.childElementCount === 0)) return false;
  if (inSummary('c-bar-chart').some((c) => !c.shadowRoot || c.shadowRoot.childElementCount === 0)) return false;
  return performance.now();
}`;
const SHELL_RENDERED = `() => document.body.dataset.previewReady === 'true' ? performance.now() : false`;

/**
 * Every page starts at `now` and its clock runs on from there: `Date` is shifted, `performance` is left alone.
 * (Playwright's own clock also replaces `performance.now`, which then no longer restarts at each navigation.)
 */
const shiftedClock = (now: Date): string => `{
  const RealDate = Date;
  const offset = ${now.getTime()} - RealDate.now();
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(RealDate.now() + offset).toString();
    return args.length ? new RealDate(...args) : new RealDate(RealDate.now() + offset);
  }
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = () => RealDate.now() + offset;
  ShiftedDate.parse = RealDate.parse;
  ShiftedDate.UTC = RealDate.UTC;
  globalThis.Date = ShiftedDate;
}`;

interface Load {
  /** navigation start → rendered, from the page's own clock */
  pageMs: number;
  /** the same, seen from Node (includes the protocol round trips) */
  wallMs: number;
  /** the page's requests to the preview's data service (GraphQL, Apex), from the resource timings */
  api: { graphqlRequests: number; megabytes: number; lastResponseEndMs: number };
}

/** Where the time went: the data service's answers, as the page's resource timings record them. */
const API_TIMINGS = `(() => {
  const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/'));
  return {
    graphqlRequests: api.filter((e) => e.name.includes('/api/graphql')).length,
    megabytes: api.reduce((sum, e) => sum + e.transferSize, 0) / 1e6,
    lastResponseEndMs: api.reduce((last, e) => Math.max(last, e.responseEnd), 0)
  };
})()`;

async function load(page: Page, url: string, check: string, argument: number): Promise<Load> {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
  // A string is evaluated as an expression: call the check with its argument.
  const handle = await page.waitForFunction(`(${check})(${JSON.stringify(argument)})`, undefined, {
    polling: 'raf',
    timeout: TIMEOUT_MS
  });
  const pageMs = (await handle.jsonValue()) as number;
  if (typeof pageMs !== 'number')
    throw new Error(`The rendered check on ${url} answered ${String(pageMs)}, not a time.`);
  const wallMs = performance.now() - started;
  return { pageMs, wallMs, api: (await page.evaluate(API_TIMINGS)) as Load['api'] };
}

async function openCase(
  reps: number,
  sources: string,
  distDir: string
): Promise<{ preview: RunningPreview; orgMs: number; cached: boolean }> {
  const dataFile = dataFileFor(reps, sources);
  const cached = existsSync(dataFile);
  const started = performance.now();
  const preview = await startPreview({
    port: 0,
    dataFile,
    skipBuild: true,
    distDir,
    now: () => NOW,
    demo: { seed: SEED, anchorDate: DEFAULT_ANCHOR, reps, managers: 1 },
    report: (line) => console.warn(line)
  });
  return { preview, orgMs: performance.now() - started, cached };
}

async function main(): Promise<void> {
  const sources = sourcesHash();
  const distDir = await builtBundle();
  const browser = await launchBrowser();
  const results: Record<string, unknown>[] = [];
  try {
    for (const reps of SIZES) {
      const { preview, orgMs, cached } = await openCase(reps, sources, distDir);
      try {
        const store = preview.org.store;
        // The case's only first-line manager (the generator's scenario names them), who owns every rep.
        const managerId = (store.meta.scenario as { managerIds: string[] }).managerIds[0];
        const team = new Set(
          store
            .all('User')
            .filter((u) => u.ManagerId === managerId && u.IsActive !== false)
            .map((u) => u.Id)
        );
        if (team.size !== reps) throw new Error(`Expected one manager with ${reps} direct reps, found ${team.size}.`);
        const page = await browser.context.newPage();
        await page.addInitScript(shiftedClock(NOW));
        // The first load sets the view-as cookie and warms the server's schema cache.
        await page.goto(`${preview.url}/preview/manager-home?as=${managerId}`, { timeout: TIMEOUT_MS });
        const baseline: Load[] = [];
        const cockpit: Load[] = [];
        const engine: number[] = [];
        // Interleaved so drift in the machine affects both alike; the first pair warms up and is dropped.
        for (let i = 0; i <= RUNS; i++) {
          const b = await load(page, `${preview.url}/preview/dev/blank`, SHELL_RENDERED, 0);
          const c = await load(page, `${preview.url}/preview/manager-home`, COCKPIT_RENDERED, team.size);
          if (i === 0) continue;
          baseline.push(b);
          cockpit.push(c);
          const engineMs = Number(await page.getAttribute('c-coaching-cockpit [data-cockpit-ready]', 'data-engine-ms'));
          if (Number.isFinite(engineMs)) engine.push(engineMs);
        }
        const notices = await page.locator('c-coaching-cockpit [data-id="notices"]').allTextContents();
        await page.close();
        const row = {
          reps: team.size,
          opportunitiesOfTheTeam: store.all('Opportunity').filter((o) => team.has(String(o.OwnerId))).length,
          heldSessions: store
            .all('Coaching_Session__c')
            .filter((s) => s.Manager__c === managerId && s.Status__c === 'Held').length,
          orgReadyMs: Math.round(orgMs),
          orgFromCache: cached,
          runs: RUNS,
          cockpitMedianMs: Math.round(median(cockpit.map((l) => l.pageMs))),
          cockpitP90Ms: Math.round(p90(cockpit.map((l) => l.pageMs))),
          baselineMedianMs: Math.round(median(baseline.map((l) => l.pageMs))),
          ratio: Number((median(cockpit.map((l) => l.pageMs)) / median(baseline.map((l) => l.pageMs))).toFixed(1)),
          cockpitWallMedianMs: Math.round(median(cockpit.map((l) => l.wallMs))),
          baselineWallMedianMs: Math.round(median(baseline.map((l) => l.wallMs))),
          engineMedianMs: engine.length ? Number(median(engine).toFixed(1)) : null,
          // Navigation start → the last data-service answer received, and what the page loaded from it.
          cockpitDataMedianMs: Math.round(median(cockpit.map((l) => l.api.lastResponseEndMs))),
          graphqlRequests: cockpit[0].api.graphqlRequests,
          dataMegabytes: Number(cockpit[0].api.megabytes.toFixed(1)),
          cockpitSamplesMs: cockpit.map((l) => Math.round(l.pageMs)),
          baselineSamplesMs: baseline.map((l) => Math.round(l.pageMs)),
          notices: notices.map((n) => n.replace(/\s+/g, ' ').trim())
        };
        results.push(row);
        console.log(
          `cockpit, ${String(row.reps).padStart(3)} direct reps (${row.opportunitiesOfTheTeam} opportunities): median ${row.cockpitMedianMs} ms (p90 ${row.cockpitP90Ms}; last data answer at ${row.cockpitDataMedianMs} ms, ${row.graphqlRequests} GraphQL requests, ${row.dataMegabytes} MB); blank page ${row.baselineMedianMs} ms; ratio ${row.ratio}×; engine ${row.engineMedianMs ?? 'n/a'} ms; org ${cached ? 'from cache' : 'generated'} in ${(orgMs / 1000).toFixed(1)} s${row.notices.length ? `; notices: ${row.notices.join(' / ')}` : ''}`
        );
      } finally {
        await preview.close();
      }
    }
  } finally {
    await browser.close();
  }
  const out = join(PROJECT_ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'preview-cockpit.json');
  writeFileSync(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), now: NOW.toISOString(), seed: SEED, results }, null, 2)}\n`
  );
  console.log(`→ ${relative(PROJECT_ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
