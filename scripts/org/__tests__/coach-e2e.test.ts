/**
 * The `coach` CLI end to end against a fake org holding the small demo document: SOQL through jsforce
 * (paged), c/coachingRecords, the engine, and the agenda pack / oversight table in every format.
 *
 * Expected agendas are derived independently: the engine run directly on the whole document (no SOQL, no
 * scoping) must give the same agenda as the CLI's scoped extract, which proves the extract misses nothing
 * the agenda uses.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeOrgWithData, loadSmallDoc, SETTINGS_ROWS } from './fake-org.ts';
import { settingsFromMetadata, withoutUnreadableEvidence } from '../coach/settings.ts';
import type { FakeSalesforce } from './fake-salesforce.ts';
import { runCli } from './run-cli.ts';
import { runCoach } from '../coach.ts';
import { repAgenda, oversightRow } from '../coach/engine.ts';
import type { AgendaPack, OversightTable } from '../coach/render.ts';
import { buildAgenda, buildOversight, DEFAULT_SETTINGS } from 'c/coachingEngine';
import { datasetFromRecords } from 'c/coachingRecords';
import type { Clock } from 'c/coachingModel';

const MAX = '005D000000000002AA';
const ANA = '005D000000000003AA';
const BEN = '005D000000000004AA';
const VERA = '005D000000000001AA';
const AS_OF = '2026-11-24';
const doc = loadSmallDoc();
let fake: FakeSalesforce;

before(async () => {
  fake = fakeOrgWithData(doc, { pageSize: 2 });
  await fake.start();
  process.env.SF_ACCESS_TOKEN = 'TEST_TOKEN';
  process.env.SF_INSTANCE_URL = fake.url;
});
after(async () => {
  delete process.env.SF_ACCESS_TOKEN;
  delete process.env.SF_INSTANCE_URL;
  await fake.stop();
});

async function coach(args: string[]): Promise<string> {
  let text = '';
  await runCoach([...args, '--as-of', AS_OF], (t) => (text += t));
  return text;
}

/**
 * The engine on the whole document, without the CLI's queries, with the fake org's settings rows; the one
 * evidence field the org lacks (Budget_Confirmed__c) is asked as a question, as the CLI does.
 */
function direct() {
  const settings = withoutUnreadableEvidence(
    settingsFromMetadata(SETTINGS_ROWS, DEFAULT_SETTINGS),
    new Set(['Budget_Confirmed__c'])
  );
  const dataset = datasetFromRecords(doc.records as never, settings);
  return { dataset, settings };
}

test('the agenda pack holds one agenda per active rep, equal to the engine run on the whole document', async () => {
  const pack = JSON.parse(
    await coach(['--manager', 'max.manager@coaching-demo.example.com', '--format', 'json'])
  ) as AgendaPack;
  assert.equal(pack.manager.name, 'Max Manager');
  assert.deepEqual(
    pack.reps.map((r) => r.name),
    ['Ana Ruiz', 'Ben Okafor']
  );
  // Max's zone and Max's currency (user record: Europe/London, USD).
  assert.equal(pack.timeZone, 'Europe/London');
  const { dataset } = direct();
  const clock: Clock = { now: `${AS_OF}T12:00:00.000Z`, timeZone: 'Europe/London', targetCurrency: 'USD' };
  for (const [id, name] of [
    [ANA, 'Ana Ruiz'],
    [BEN, 'Ben Okafor']
  ]) {
    const expected = repAgenda(buildAgenda(dataset, id, clock), { Id: id, Name: name });
    const actual = pack.reps.find((r) => r.repId === id)!;
    assert.deepEqual(actual, expected, `${name}'s agenda`);
  }
  const ana = pack.reps.find((r) => r.repId === ANA)!;
  assert.ok(ana.sections.length >= 1, 'sections present');
  const items = ana.sections.flatMap((s) => s.items);
  const buyer = items.find((i) => i.title.includes('Confirm the economic buyer at Northwind'));
  assert.ok(buyer, 'the open action item from the 13 November 1:1 is carried over');
  assert.ok(buyer.recordIds.includes('006D00000000001AAA'), 'and links its deal');
});

test('markdown reads as a pack: a heading per rep, numbered sections, questions, links to the org', async () => {
  const md = await coach(['--manager', MAX]);
  assert.match(md, /^# Weekly 1:1 agenda pack — Max Manager\n/);
  assert.match(md, /\n## Ana Ruiz\n/);
  assert.match(md, /\n## Ben Okafor\n/);
  assert.match(md, /\n### 1\. /);
  assert.ok(md.includes(`](${fake.url}/lightning/r/006D00000000001AAA/view)`));
  assert.match(md, /\n {2}- Ask: _/);
});

test('csv has one row per agenda item', async () => {
  const pack = JSON.parse(await coach(['--manager', MAX, '--format', 'json'])) as AgendaPack;
  const csv = await coach(['--manager', MAX, '--format', 'csv']);
  const items = pack.reps.reduce((n, r) => n + r.sections.reduce((m, s) => m + s.items.length, 0), 0);
  // Rows are counted by the rep-id column, since a cell may hold a quoted line break.
  assert.equal((csv.match(new RegExp(`,(${ANA}|${BEN}),`, 'g')) ?? []).length, items);
  assert.ok(csv.startsWith('rep,rep_id,section,severity,title,facts,questions,record_ids\n'));
});

test('--all-managers gives the oversight of every manager, equal to the engine on the whole document', async () => {
  const table = JSON.parse(
    await coach(['--all-managers', '--format', 'json', '--time-zone', 'Europe/London'])
  ) as OversightTable;
  assert.deepEqual(
    table.managers.map((m) => m.name),
    ['Max Manager', 'Vera Lead']
  );
  // The default 91-day window ends on the as-of date: 2026-08-26 … 2026-11-24 inclusive (91 days).
  assert.deepEqual(table.window, { start: '2026-08-26', end: AS_OF });
  const { dataset } = direct();
  const clock: Clock = { now: `${AS_OF}T12:00:00.000Z`, timeZone: 'Europe/London', targetCurrency: 'USD' };
  const view = buildOversight(dataset, [MAX, VERA], table.window, clock);
  const names: Record<string, string> = { [MAX]: 'Max Manager', [VERA]: 'Vera Lead' };
  assert.deepEqual(
    table.managers,
    view.managers.map((m) => oversightRow(m, names[m.managerId]))
  );
  // Max held two 1:1s with Ana (13 and 20 November); Ben's 17 November one was skipped.
  assert.equal(table.managers[0].held, 2);
});

test('as a separate process with --out: exit 0, the file, and a one-line summary', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'coach-')), 'pack.md');
  const r = await runCli('coach.ts', ['--manager', MAX, '--as-of', AS_OF, '--out', out], {
    SF_ACCESS_TOKEN: 'TEST_TOKEN',
    SF_INSTANCE_URL: fake.url
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim(), `Wrote the agenda pack for 2 rep(s) to ${out}.`);
  assert.match(readFileSync(out, 'utf8'), /^# Weekly 1:1 agenda pack — Max Manager/);
});

test('a manager without direct reports is told so in one line', async () => {
  await assert.rejects(
    coach(['--manager', ANA]),
    /Ana Ruiz has no active direct reports .*set the reps' Manager field/
  );
});

/** A terminal stand-in for progress lines: records what is painted, in order with the pack's writes. */
function terminal(events: string[]): NodeJS.WriteStream {
  return {
    isTTY: true,
    write: (text: string) => {
      const shown = text.replace(/\r|\u001b\[K/g, '');
      if (shown) events.push(`progress ${shown}`);
      return true;
    }
  } as unknown as NodeJS.WriteStream;
}

test('the pack streams: its head, then each agenda as soon as it is computed, then the notes; progress on a terminal', async () => {
  const events: string[] = [];
  const chunks: string[] = [];
  await runCoach(
    ['--manager', MAX, '--as-of', AS_OF],
    (t) => {
      chunks.push(t);
      events.push(`write ${t.startsWith('# ') ? 'head' : /^## (.+)$/m.exec(t)?.[1]}`);
    },
    { progressStream: terminal(events) }
  );
  assert.deepEqual(events, [
    'write head',
    'write Ana Ruiz',
    'progress Agendas: 1 / 2 (50%)',
    'write Ben Okafor',
    'progress Agendas: 2 / 2 (100%)',
    'write Data notes'
  ]);
  // The parts are the document: the same text as one piece, and valid JSON in that format.
  assert.equal(chunks.join(''), await coach(['--manager', MAX]));
  const json: string[] = [];
  await runCoach(['--manager', MAX, '--as-of', AS_OF, '--format', 'json'], (t) => json.push(t));
  assert.equal(json.length, 4);
  assert.deepEqual(
    (JSON.parse(json.join('')) as AgendaPack).reps.map((r) => r.name),
    ['Ana Ruiz', 'Ben Okafor']
  );
});

test('the streamed JSON documents are byte for byte what JSON.stringify(…, null, 2) writes', async () => {
  for (const args of [
    ['--manager', MAX],
    ['--all-managers', '--time-zone', 'Europe/London']
  ]) {
    const text = await coach([...args, '--format', 'json']);
    assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`, args[0]);
  }
});

test('--all-managers streams the oversight table row by row, with progress', async () => {
  const events: string[] = [];
  const rows: string[] = [];
  await runCoach(['--all-managers', '--as-of', AS_OF, '--format', 'csv'], (t) => rows.push(t), {
    progressStream: terminal(events)
  });
  assert.equal(rows.length, 4, 'header, Max, Vera, (empty) tail');
  assert.match(rows[1], /^Max Manager,/);
  assert.match(rows[2], /^Vera Lead,/);
  assert.ok(events.includes('progress Managers: 2 / 2 (100%)'));
});

test('--out: a bad folder fails before the org is asked; a run that fails leaves neither the file nor a part of it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'coach-out-'));
  const env = { SF_ACCESS_TOKEN: 'TEST_TOKEN', SF_INSTANCE_URL: fake.url };
  const before = fake.requests.length;
  const bad = await runCli('coach.ts', ['--manager', MAX, '--out', join(dir, 'missing', 'pack.md')], env);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^error: --out .*pack\.md: the folder .*missing does not exist or is not writable\.\n$/);
  assert.equal(fake.requests.length, before, 'no request reached the org');
  fake.plantFault({
    match: /GET .*\/query/,
    status: 500,
    body: [{ errorCode: 'UNKNOWN', message: 'boom' }],
    times: 99
  });
  try {
    const out = join(dir, 'pack.md');
    const failed = await runCli('coach.ts', ['--manager', MAX, '--as-of', AS_OF, '--out', out], env);
    assert.equal(failed.code, 1);
    assert.deepEqual(readdirSync(dir), [], 'no pack.md, no pack.md.partial');
  } finally {
    fake.faults.length = 0;
  }
});
