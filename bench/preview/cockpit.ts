/**
 * Benchmark: navigation → manager cockpit fully rendered, in Chromium, on the default demo org (9 reps) and a
 * 200-rep org. "Fully rendered" is the page's ready marker from preview/pages.ts (the cockpit's own
 * `[data-cockpit-ready]` once it exists; until then the shell's marker: every slot rendered and no request in
 * flight). Baseline in the same run: the blank shell page (`/preview/dev/blank`), same server and browser.
 * Reports the median and p90 of N runs and the ratio cockpit ÷ baseline.
 *
 * Usage: tsx bench/preview/cockpit.ts [--runs 15] [--sizes 9,200]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, builtBundle } from '../../preview/e2e/helpers.ts';
import { startPreview } from '../../preview/server/index.ts';
import { PAGES } from '../../preview/pages.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', '15'));
const SIZES = arg('sizes', '9,200').split(',').map(Number);

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Milliseconds from starting the navigation to the ready marker being in the DOM. */
async function timeTo(page: Page, url: string, marker: string): Promise<number> {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  // Playwright's CSS selectors pierce shadow roots, so a marker inside the cockpit's template is found too.
  await page.waitForSelector(marker, { state: 'attached', timeout: 60_000 });
  return performance.now() - started;
}

async function main(): Promise<void> {
  const distDir = await builtBundle();
  const browser = await launchBrowser();
  const cockpit = PAGES.find((p) => p.id === 'manager-home')!;
  const results: Record<string, unknown>[] = [];
  try {
    for (const reps of SIZES) {
      const preview = await startPreview({ port: 0, dataFile: null, skipBuild: true, distDir, demo: { reps } });
      try {
        const manager = preview.org.users().find((u) => u.persona === 'manager')!;
        const page = await browser.context.newPage();
        // The first load sets the view-as cookie; the cockpit's own marker is used once it exists.
        await page.goto(`${preview.url}/preview/manager-home?as=${manager.id}`);
        await page.waitForSelector('body[data-preview-ready="true"]', { state: 'attached' });
        const hasCockpit = (await page.locator('[data-slot="c-coaching-cockpit"] [data-id="not-built"]').count()) === 0;
        const marker = hasCockpit && cockpit.readyMarker ? cockpit.readyMarker : 'body[data-preview-ready="true"]';
        const baseline: number[] = [];
        const measured: number[] = [];
        // The cockpit's own measure of its engine work (records → dataset → engine → view model), in ms.
        const engine: number[] = [];
        // Interleave the two pages so drift in the machine affects both alike; the first pair warms up.
        for (let i = 0; i <= RUNS; i++) {
          const b = await timeTo(page, `${preview.url}/preview/dev/blank`, 'body[data-preview-ready="true"]');
          const c = await timeTo(page, `${preview.url}/preview/manager-home`, marker);
          if (i > 0) {
            baseline.push(b);
            measured.push(c);
            const engineMs = hasCockpit ? Number(await page.getAttribute(marker, 'data-engine-ms')) : NaN;
            if (Number.isFinite(engineMs)) engine.push(engineMs);
          }
        }
        await page.close();
        const row = {
          reps,
          users: preview.org.store.all('User').length,
          opportunities: preview.org.store.all('Opportunity').length,
          marker,
          cockpitBuilt: hasCockpit,
          runs: RUNS,
          baselineMedianMs: Math.round(median(baseline)),
          cockpitMedianMs: Math.round(median(measured)),
          cockpitP90Ms: Math.round(quantile(measured, 0.9)),
          ratio: Number((median(measured) / median(baseline)).toFixed(2)),
          engineMedianMs: engine.length ? Number(median(engine).toFixed(1)) : null
        };
        results.push(row);
        console.log(
          `${String(reps).padStart(4)} reps (${row.opportunities} opps): cockpit median ${row.cockpitMedianMs} ms (p90 ${row.cockpitP90Ms}), blank baseline ${row.baselineMedianMs} ms, ratio ${row.ratio}×, engine median ${row.engineMedianMs ?? 'n/a'} ms [${hasCockpit ? 'cockpit marker' : 'cockpit not built yet: shell marker'}]`
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
  writeFileSync(join(out, 'preview-cockpit.json'), JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
