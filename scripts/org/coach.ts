/**
 * `npm run coach -- --target-org <alias> --manager <username|id> [--format md|json|csv] [--out file]`
 * pulls a manager's team from the org (SOQL through jsforce), maps it with c/coachingRecords, runs the
 * same engine as the components, and writes the weekly agenda pack: one prepared agenda per rep.
 * `--all-managers` writes the leader's oversight table for every manager in the org instead.
 * Output streams: the pack is written rep by rep (the table manager by manager) to the file or stdout, never
 * built as one string, with progress on a terminal.
 */
import type { Clock } from 'c/coachingModel';
import { connectToOrg, type OrgSession } from './lib/connection.ts';
import { parseFlags, choiceFlag, intFlag } from './lib/args.ts';
import { exitWithError, OrgScriptError, UsageError } from './lib/errors.ts';
import { CoachExtractor, type RecordSet, type UserRow } from './coach/extract.ts';
import { settingsFromMetadata, withoutUnreadableEvidence } from './coach/settings.ts';
import { loadEngine, repAgenda, oversightRow, summarizeWarnings, type CoachEngine } from './coach/engine.ts';
import { agendaPackParts, oversightParts, type OutputFormat } from './coach/render.ts';
import { createProgress } from './lib/progress.ts';
import { fileSink, stdoutSink, callbackSink, checkOutputPath, type OutputSink } from './lib/output.ts';

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
  /** Progress lines go here when it is a terminal. */
  progressStream: NodeJS.WriteStream;
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

/** Engine results summarised for the pack's notes: one line per warning code. */
function noteWarnings(into: string[], warnings: Parameters<typeof summarizeWarnings>[0], prefix = ''): void {
  into.push(...summarizeWarnings(warnings).map((w) => `${prefix}${w}`));
}

/**
 * The weekly agenda pack, streamed: the team's records are read once (the diagnosis compares each rep with the
 * team), then each rep's agenda is computed, written and dropped before the next, with progress on a terminal.
 */
async function agendaPack(
  ctx: CoachContext,
  managerRef: string,
  format: OutputFormat,
  sink: OutputSink
): Promise<number> {
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
  const parts = agendaPackParts(format);
  const progress = createProgress('Agendas', ctx.progressStream);
  const ordered = [...reps].sort((a, b) => a.Name.localeCompare(b.Name));
  try {
    for (const [index, rep] of ordered.entries()) {
      const view = ctx.engine.agenda(dataset, rep.Id, clock);
      noteWarnings(warnings, view.warnings, `${rep.Name}: `);
      // The first agenda says which day and currency the pack is in.
      if (index === 0)
        await sink.write(
          parts.head({
            org: ctx.session.label,
            instanceUrl: ctx.session.conn.instanceUrl,
            manager: { id: manager.Id, name: manager.Name },
            today: view.today ?? ctx.asOf,
            timeZone: clock.timeZone,
            currency: view.currency ?? clock.targetCurrency,
            repCount: ordered.length
          })
        );
      await sink.write(parts.item(repAgenda(view, rep), index));
      progress.update(index + 1, ordered.length);
    }
  } finally {
    progress.done();
  }
  await sink.write(parts.tail(warnings));
  return ordered.length;
}

/** The leader's oversight table: one engine pass over every manager, then streamed row by row. */
async function oversightTable(
  ctx: CoachContext,
  windowDays: number,
  format: OutputFormat,
  sink: OutputSink
): Promise<number> {
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
  const parts = oversightParts(format);
  await sink.write(
    parts.head({ org: ctx.session.label, window, timeZone: clock.timeZone, managerCount: view.managers.length })
  );
  const progress = createProgress('Managers', ctx.progressStream);
  try {
    for (const [index, m] of view.managers.entries()) {
      await sink.write(parts.item(oversightRow(m, names.get(m.managerId) ?? m.managerId), index));
      progress.update(index + 1, view.managers.length);
    }
  } finally {
    progress.done();
  }
  const warnings = [...ctx.extractor.warnings];
  noteWarnings(warnings, view.warnings);
  await sink.write(parts.tail(warnings));
  return managers.length;
}

export async function runCoach(
  argv: string[],
  out?: (text: string) => void,
  io: { progressStream?: NodeJS.WriteStream } = {}
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
    (out ?? ((t: string) => process.stdout.write(t)))(`Usage: ${USAGE}\n`);
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
  if (flags.out) checkOutputPath(flags.out);
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
    currency: flags.currency,
    progressStream: io.progressStream ?? process.stderr
  };
  const sink = flags.out ? fileSink(flags.out) : out ? callbackSink(out) : stdoutSink();
  let count: number;
  try {
    count = flags.manager
      ? await agendaPack(ctx, flags.manager, format, sink)
      : await oversightTable(ctx, windowDays, format, sink);
    await sink.finish();
  } catch (error) {
    await sink.abort();
    throw error;
  }
  const what = flags.manager ? `agenda pack for ${count} rep(s)` : `oversight table for ${count} manager(s)`;
  if (flags.out) process.stderr.write(`Wrote the ${what} to ${sink.target}.\n`);
  return { target: sink.target, ...(flags.manager ? { reps: count } : { managers: count }) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `coach … | head` closes the pipe early: the reader has what it wanted, that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  runCoach(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => exitWithError(error)
  );
}
