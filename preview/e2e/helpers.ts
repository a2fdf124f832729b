/**
 * Browser test helpers: Debian's Chromium driven by playwright-core with a fresh profile, a preview server on
 * a free port with its own data file, page loads that collect console errors, screenshots under
 * test-results/, and persona flows (view as, wait until rendered). UI engineers add their flows here:
 * a flow is a function `(page: PreviewPage) => Promise<void>` built from these helpers.
 */
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startPreview, type RunningPreview } from '../server/index.ts';
import { buildPreview, bundleIsFresh } from '../build.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import type { Persona } from '../server/security.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];
export const RESULTS_DIR = join(PROJECT_ROOT, 'test-results');

/** Why the browser tests cannot run here, in one line, or null when Chromium is where we look. */
export function missingBrowser(path = CHROMIUM): string | null {
  return existsSync(path)
    ? null
    : `Chromium not found at ${path}: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`;
}

/** A browser with a fresh user-data-dir, removed on close. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const missing = missingBrowser();
  if (missing) throw new Error(missing);
  const profile = mkdtempSync(join(tmpdir(), 'preview-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 }
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  };
}

let builtDist: string | null = null;

/**
 * The bundle for the tests: the repository's own `preview/dist` when it is up to date (npm start built it), else a
 * build into a temp folder, once per process (the repository's preview/dist is left alone).
 */
export async function builtBundle(): Promise<string> {
  if (!builtDist) {
    if (bundleIsFresh()) builtDist = join(PROJECT_ROOT, 'preview', 'dist');
    else {
      const dir = mkdtempSync(join(tmpdir(), 'preview-dist-'));
      await buildPreview({ outDir: dir });
      builtDist = dir;
    }
  }
  return builtDist;
}

/** A preview server on a free port with a throwaway data file. */
export async function startTestPreview(
  options: { reps?: number } = {}
): Promise<RunningPreview & { dataFile: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'preview-data-'));
  const dataFile = join(dir, 'demo-org.json');
  const running = await startPreview({
    port: 0,
    dataFile,
    skipBuild: true,
    distDir: await builtBundle(),
    demo: options.reps ? { reps: options.reps } : undefined
  });
  return {
    ...running,
    dataFile,
    close: async () => {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

export interface PreviewPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

export async function openPage(context: BrowserContext, url: string): Promise<PreviewPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await waitUntilRendered(page);
  return { page, errors };
}

/** The page's ready marker: every slot rendered and no request in flight (see preview/client app shell). */
export async function waitUntilRendered(page: Page, selector = 'body[data-preview-ready="true"]'): Promise<void> {
  await page.waitForSelector(selector, { state: 'attached', timeout: 20_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Switches the view-as user with the header's switcher, as a person would. */
export async function viewAs(p: PreviewPage, preview: RunningPreview, persona: Persona): Promise<string> {
  const user = preview.org.users().find((u) => u.persona === persona);
  if (!user) throw new Error(`The demo org has no ${persona}.`);
  await Promise.all([p.page.waitForNavigation(), p.page.selectOption('[data-id="view-as"]', user.id)]);
  await waitUntilRendered(p.page);
  return user.id;
}
