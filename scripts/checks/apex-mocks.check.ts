/**
 * The shared Jest implementations of the `@salesforce/apex/<Class>.<method>` modules (force-app/test/apex/, mapped
 * in jest.config.js) answer what the local preview answers on the demo org's seed scenario (seed 1, today
 * 2026-11-24), through the same services (`preview/server/apex/services.ts`) and each request's persona. Fails when
 * a component imports an Apex method that has no shared implementation or no stored answer, or when a stored answer
 * differs from what the preview computes now.
 *
 * Regenerate the answers: `node --import tsx scripts/checks/apex-mocks.check.ts --write`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { walk, packageDirectories, PROJECT_ROOT, type Finding } from '../lib/project.ts';

export const name = 'Jest Apex mocks answer what the preview answers on the demo org';

export const MOCK_DIR = 'force-app/test/apex';
export const ANSWERS_FILE = `${MOCK_DIR}/demoOrgApex.json`;
/** The demo org's seed scenario (docs/demo-org.md) and the clock the Jest tests pin (force-app/test/utils/wires.ts). */
export const DEMO = { seed: 1, anchorDate: '2026-11-24', now: '2026-11-24T15:00:00.000Z' };

export interface DemoCall {
  /** The user the answer was computed for. */
  runAs: { id: string; name: string; persona: string };
  params: Record<string, unknown>;
  answer: unknown;
}

export interface AnswersFile {
  '//': string;
  demoOrg: typeof DEMO;
  calls: Record<string, DemoCall>;
}

const APEX_IMPORT = /['"]@salesforce\/apex\/([A-Za-z][A-Za-z0-9_]*\.[A-Za-z][A-Za-z0-9_]*)['"]/g;

/** Every `@salesforce/apex/Class.method` that package TypeScript imports, with the first file importing it. */
export function apexImports(root: string): Map<string, string> {
  const found = new Map<string, string>();
  const files = packageDirectories(root)
    .flatMap((dir) => walk(dir))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.includes(`${MOCK_DIR}/`));
  for (const file of files)
    for (const m of readFileSync(file, 'utf8').matchAll(APEX_IMPORT))
      if (!found.has(m[1])) found.set(m[1], relative(root, file));
  return found;
}

const byId = <T extends { id: string }>(a: T, b: T): number => a.id.localeCompare(b.id);

/** The calls the Jest mocks answer, computed by the preview's Apex services on a freshly generated demo org. */
export async function demoOrgCalls(root: string): Promise<Record<string, DemoCall>> {
  const { PreviewOrg } = await import('../../preview/server/org.ts');
  const org = await PreviewOrg.open({
    root,
    dataFile: null,
    now: () => new Date(DEMO.now),
    demo: { seed: DEMO.seed, anchorDate: DEMO.anchorDate }
  });
  const users = org.users();
  const first = (persona: string) => {
    const user = users.filter((u) => u.personas.includes(persona as never)).sort(byId)[0];
    if (!user) throw new Error(`the demo org has no ${persona}`);
    return { id: user.id, name: user.name, persona };
  };
  const manager = first('manager');
  const leader = first('leader');
  const admin = first('admin');
  const managers = users.filter((u) => u.personas.includes('manager')).sort(byId);
  const reps = org.store
    .all('User')
    .filter((u) => u.ManagerId === manager.id && users.some((s) => s.id === u.Id && s.persona === 'rep'))
    .map((u) => u.Id)
    .sort();
  const ask = (runAs: DemoCall['runAs'], method: string, params: Record<string, unknown>): DemoCall => {
    const [className, methodName] = method.split('.');
    const answer = org.session(runAs.id).apex(className, methodName, params);
    return { runAs, params, answer: JSON.parse(JSON.stringify(answer)) as unknown };
  };

  const calls: Record<string, DemoCall> = {};
  const put = (method: string, call: DemoCall): void => void (calls[method] = call);
  put('CoachingSettingsService.getSettings', ask(manager, 'CoachingSettingsService.getSettings', {}));
  // Thirteen quarters around today, as c/coachingReference asks for them.
  const quartersCall = ask(manager, 'FiscalPeriodService.getQuarters', { around: DEMO.anchorDate, count: 13 });
  put('FiscalPeriodService.getQuarters', quartersCall);
  const quarters = (quartersCall.answer as { quarters: { startDate: string; endDate: string; fiscalYear: number }[] })
    .quarters;
  const thisYear = quarters.filter((q) => q.fiscalYear === quarters[6].fiscalYear);
  const quotasCall = ask(manager, 'QuotaService.getQuotas', {
    userIds: reps,
    startDate: thisYear[0].startDate,
    endDate: thisYear[thisYear.length - 1].endDate
  });
  put('QuotaService.getQuotas', quotasCall);
  put(
    'OpportunityHistoryService.getHistory',
    ask(manager, 'OpportunityHistoryService.getHistory', {
      ownerIds: reps.slice(0, 1),
      since: '2026-08-24T00:00:00.000Z',
      pageSize: 25,
      cursor: null
    })
  );
  const window = { fromDate: '2026-05-01', toDate: DEMO.anchorDate };
  put(
    'CoachingFeedbackAggregateService.getMyFeedbackSummary',
    ask(manager, 'CoachingFeedbackAggregateService.getMyFeedbackSummary', window)
  );
  put(
    'CoachingFeedbackAggregateService.getTeamFeedbackSummary',
    ask(leader, 'CoachingFeedbackAggregateService.getTeamFeedbackSummary', {
      managerIds: managers.map((m) => m.id),
      ...window
    })
  );
  // The preview has no Forecasts: ForecastingQuotaImport.run answers as it does without a readable ForecastingQuota.
  if ((quotasCall.answer as { forecastingAvailable: boolean }).forecastingAvailable)
    throw new Error('the demo org offers a Forecasts import: compute its answer instead of the unavailable one');
  const unavailable = org.labels.get('Coaching_Apex_Quota_Import_Unavailable');
  if (!unavailable) throw new Error('the custom label Coaching_Apex_Quota_Import_Unavailable is missing');
  // This and next fiscal year: the admin's default window in c/quotaImport.
  const year = quarters[6].fiscalYear;
  const twoYears = quarters.filter((q) => q.fiscalYear === year || q.fiscalYear === year + 1);
  put('QuotaService.importForecastingQuotas', {
    runAs: admin,
    params: { startDate: twoYears[0].startDate, endDate: twoYears[twoYears.length - 1].endDate },
    answer: { status: 'FORECASTS_UNAVAILABLE', created: 0, updated: 0, skipped: 0, message: unavailable }
  });
  return calls;
}

export function answersText(calls: Record<string, DemoCall>): string {
  const file: AnswersFile = {
    '//': 'Generated by scripts/checks/apex-mocks.check.ts --write from the demo org; do not edit.',
    demoOrg: DEMO,
    calls
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Compares what is stored with what the preview answers now.
 * @param imports Apex methods imported by package TypeScript, with the importing file
 * @param mocks the methods that have a shared Jest implementation
 * @param stored the answers file, or null when missing
 * @param fresh the answers computed now (only read when `stored` exists)
 */
export function compare(
  imports: Map<string, string>,
  mocks: Set<string>,
  stored: AnswersFile | null,
  fresh: Record<string, DemoCall>
): Finding[] {
  const findings: Finding[] = [];
  for (const [method, file] of imports)
    if (!mocks.has(method))
      findings.push({
        file,
        message: `@salesforce/apex/${method} has no shared Jest implementation ${MOCK_DIR}/${method}.ts`
      });
  if (!stored)
    return [
      ...findings,
      { file: ANSWERS_FILE, message: 'missing: run node --import tsx scripts/checks/apex-mocks.check.ts --write' }
    ];
  for (const method of new Set([...imports.keys(), ...mocks]))
    if (!stored.calls[method]) findings.push({ file: ANSWERS_FILE, message: `no answer for ${method}` });
  for (const [method, call] of Object.entries(fresh))
    if (stored.calls[method] && !isDeepStrictEqual(stored.calls[method], call))
      findings.push({
        file: ANSWERS_FILE,
        message: `${method} differs from what the preview answers on the demo org now: regenerate with --write`
      });
  return findings;
}

export async function run(root: string): Promise<Finding[]> {
  const imports = apexImports(root);
  const answersPath = join(root, ANSWERS_FILE);
  if (imports.size === 0 && !existsSync(answersPath)) return [];
  const mockDir = join(root, MOCK_DIR);
  const mocks = new Set(
    (existsSync(mockDir) ? readdirSync(mockDir) : [])
      .filter((f) => f.endsWith('.ts') && f.split('.').length === 3)
      .map((f) => f.slice(0, -3))
  );
  if (!existsSync(answersPath)) return compare(imports, mocks, null, {});
  const stored = JSON.parse(readFileSync(answersPath, 'utf8')) as AnswersFile;
  return compare(imports, mocks, stored, await demoOrgCalls(root));
}

async function write(): Promise<void> {
  const calls = await demoOrgCalls(PROJECT_ROOT);
  writeFileSync(join(PROJECT_ROOT, ANSWERS_FILE), answersText(calls));
  console.log(`wrote ${ANSWERS_FILE}: ${Object.keys(calls).length} calls`);
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--write')) {
  write().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
