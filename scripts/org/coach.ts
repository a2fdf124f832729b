/**
 * `npm run coach -- --target-org <alias> --manager <username|id> [--format md|json|csv] [--out file]`
 * pulls a manager's team from the org (SOQL through jsforce), maps it with c/coachingRecords, runs the
 * same engine as the components, and writes the weekly agenda pack: one prepared agenda per rep.
 * `--all-managers` writes the leader's oversight table for every manager in the org instead.
 */
import { writeFileSync } from 'node:fs';
import type { Clock } from 'c/coachingModel';
import { connectToOrg, type OrgSession } from './lib/connection.ts';
import { parseFlags, choiceFlag, intFlag } from './lib/args.ts';
import { exitWithError, OrgScriptError, UsageError } from './lib/errors.ts';
import { CoachExtractor, type RecordSet, type UserRow } from './coach/extract.ts';
import { settingsFromMetadata, withoutUnreadableEvidence } from './coach/settings.ts';
import { loadEngine, repAgenda, oversightRow, summarizeWarnings, type CoachEngine } from './coach/engine.ts';
import { renderAgendaPack, renderOversight, type OutputFormat } from './coach/render.ts';

const USAGE =
  'npm run coach -- --target-org <alias> (--manager <username|id> | --all-managers) [--format md|json|csv] [--out file] [--as-of YYYY-MM-DD] [--time-zone Area/City] [--currency ISO] [--window-days N]';

export interface CoachRun {
  /** Where the pack went (a file path or "stdout"). */
  target: string;
  reps?: number;
  managers?: number;
}

interface CoachContext {
  session: OrgSession;
  extractor: CoachExtractor;
  engine: CoachEngine;
  asOf: string;
  nowIso: string;
  timeZone?: string;
  currency?: string;
}

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function corporateCurrency(setup: RecordSet): string | null {
  const row = (setup.CurrencyType ?? []).find((c) => c.IsCorporate === true);
  return typeof row?.IsoCode === 'string' ? row.IsoCode : null;
}

async function settingsAndSetup(
  ctx: CoachContext
): Promise<{ setup: RecordSet; settings: ReturnType<typeof settingsFromMetadata> }> {
  const setup = await ctx.extractor.setup();
  return { setup, settings: settingsFromMetadata(setup, ctx.engine.defaultSettings) };
}

async function agendaPack(
  ctx: CoachContext,
  managerRef: string
): Promise<{ text: (f: OutputFormat) => string; reps: number }> {
  const manager = await ctx.extractor.resolveUser(managerRef);
  const reps = await ctx.extractor.directReports([manager.Id]);
  if (reps.length === 0) {
    throw new OrgScriptError(
      'NO_TEAM',
      `${manager.Name} has no active direct reports in ${ctx.session.label} (User.ManagerId): set the reps' Manager field, or pass another --manager.`
    );
  }
  const { setup, settings } = await settingsAndSetup(ctx);
  const records = { ...setup, ...(await ctx.extractor.team([manager], reps, { asOf: ctx.asOf }, setup)) };
  const dataset = ctx.engine.dataset(records, withoutUnreadableEvidence(settings, ctx.extractor.unreadableEvidence));
  const clock: Clock = {
    now: ctx.nowIso,
    timeZone: ctx.timeZone ?? manager.TimeZoneSidKey ?? 'UTC',
    targetCurrency: ctx.currency ?? manager.DefaultCurrencyIsoCode ?? corporateCurrency(setup) ?? 'USD'
  };
  const warnings = [...ctx.extractor.warnings];
  const agendas = reps
    .sort((a, b) => a.Name.localeCompare(b.Name))
    .map((rep) => {
      const view = ctx.engine.agenda(dataset, rep.Id, clock);
      warnings.push(...summarizeWarnings(view.warnings).map((w) => `${rep.Name}: ${w}`));
      return { view, rep };
    });
  const first = agendas[0]?.view;
  const pack = {
    org: ctx.session.label,
    instanceUrl: ctx.session.conn.instanceUrl,
    manager: { id: manager.Id, name: manager.Name },
    today: first?.today ?? ctx.asOf,
    timeZone: clock.timeZone,
    currency: first?.currency ?? clock.targetCurrency,
    reps: agendas.map(({ view, rep }) => repAgenda(view, rep)),
    warnings
  };
  return { text: (f) => renderAgendaPack(pack, f), reps: reps.length };
}

async function oversightTable(
  ctx: CoachContext,
  windowDays: number
): Promise<{ text: (f: OutputFormat) => string; managers: number }> {
  const managers = await ctx.extractor.allManagers();
  if (managers.length === 0) {
    throw new OrgScriptError(
      'NO_MANAGERS',
      `${ctx.session.label} has no managers: no active user has direct reports or a coaching cadence.`
    );
  }
  const reps: UserRow[] = await ctx.extractor.directReports(managers.map((m) => m.Id));
  const { setup, settings } = await settingsAndSetup(ctx);
  const records = {
    ...setup,
    ...(await ctx.extractor.oversight(managers, reps, { asOf: ctx.asOf, coachingDays: windowDays + 7 }))
  };
  const dataset = ctx.engine.dataset(records, settings);
  const orgZone = setup.Organization?.[0]?.TimeZoneSidKey;
  const clock: Clock = {
    now: ctx.nowIso,
    timeZone: ctx.timeZone ?? (typeof orgZone === 'string' ? orgZone : 'UTC'),
    targetCurrency: ctx.currency ?? corporateCurrency(setup) ?? 'USD'
  };
  const window = { start: addDays(ctx.asOf, -(windowDays - 1)), end: ctx.asOf };
  const view = ctx.engine.oversight(
    dataset,
    managers.map((m) => m.Id),
    window,
    clock
  );
  const names = new Map(managers.map((m) => [m.Id, m.Name]));
  const table = {
    org: ctx.session.label,
    window,
    timeZone: clock.timeZone,
    managers: view.managers.map((m) => oversightRow(m, names.get(m.managerId) ?? m.managerId)),
    warnings: [...ctx.extractor.warnings, ...summarizeWarnings(view.warnings)]
  };
  return { text: (f) => renderOversight(table, f), managers: managers.length };
}

export async function runCoach(
  argv: string[],
  out: (text: string) => void = (t) => process.stdout.write(t)
): Promise<CoachRun> {
  const flags = parseFlags(
    argv,
    {
      'target-org': { type: 'string', short: 'o' },
      manager: { type: 'string' },
      'all-managers': { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      'time-zone': { type: 'string' },
      currency: { type: 'string' },
      'window-days': { type: 'string' },
      namespace: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    USAGE
  );
  if (flags.help) {
    out(`Usage: ${USAGE}\n`);
    return { target: 'stdout' };
  }
  if (Boolean(flags.manager) === Boolean(flags['all-managers'])) {
    throw new UsageError(`Pass exactly one of --manager <username|id> or --all-managers. Usage: ${USAGE}`);
  }
  const format = choiceFlag(flags.format, 'format', ['md', 'json', 'csv'] as const, 'md');
  const asOf = flags['as-of'] ?? todayUtc();
  if (!/^\d{4}-\d\d-\d\d$/.test(asOf) || Number.isNaN(Date.parse(asOf)))
    throw new UsageError(`--as-of must be a date YYYY-MM-DD, not "${asOf}".`);
  if (flags['time-zone']) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: flags['time-zone'] });
    } catch {
      throw new UsageError(`--time-zone must be an IANA zone such as Europe/London, not "${flags['time-zone']}".`);
    }
  }
  if (flags.currency && !/^[A-Z]{3}$/.test(flags.currency))
    throw new UsageError(`--currency must be an ISO code such as USD, not "${flags.currency}".`);
  const windowDays = intFlag(flags['window-days'], 'window-days', 91, 7);
  const session = await connectToOrg({ targetOrg: flags['target-org'] });
  const engine = loadEngine();
  const ctx: CoachContext = {
    session,
    extractor: new CoachExtractor(session, flags.namespace),
    engine,
    asOf,
    // A past --as-of is read at noon UTC of that day; without it, now.
    nowIso: flags['as-of'] ? `${asOf}T12:00:00.000Z` : new Date().toISOString(),
    timeZone: flags['time-zone'],
    currency: flags.currency
  };
  const result = flags.manager ? await agendaPack(ctx, flags.manager) : await oversightTable(ctx, windowDays);
  const text = result.text(format);
  if (flags.out) writeFileSync(flags.out, text);
  else out(text);
  const target = flags.out ?? 'stdout';
  const what =
    'reps' in result ? `agenda pack for ${result.reps} rep(s)` : `oversight table for ${result.managers} manager(s)`;
  if (flags.out) process.stderr.write(`Wrote the ${what} to ${target}.\n`);
  return { target, ...('reps' in result ? { reps: result.reps } : { managers: result.managers }) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCoach(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => exitWithError(error)
  );
}
