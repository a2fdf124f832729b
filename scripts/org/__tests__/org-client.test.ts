/**
 * The org client against a fake Salesforce REST server on 127.0.0.1: auth, query paging, Bulk API 2.0,
 * sObject Collections, and how failures read (one line, actionable) and retry (bounded, only when useful).
 */
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { FakeSalesforce } from './fake-salesforce.ts';
import { connectToOrg, type OrgSession } from '../lib/connection.ts';
import { queryAll, streamQuery } from '../lib/query.ts';
import { writeRecords, toBulkCsv } from '../lib/write.ts';
import { parseCsvRecords } from '../lib/csv.ts';
import { createProgress } from '../lib/progress.ts';
import { OrgScriptError, errorFacts } from '../lib/errors.ts';
import type { RetryPolicy } from '../lib/retry.ts';

const fake = new FakeSalesforce({
  pageSize: 3,
  schema: {
    Account: ['Name', 'OwnerId', 'Industry', 'CreatedDate'],
    User: ['Name', 'Username']
  }
});
const waits: number[] = [];
const retry: RetryPolicy = { attempts: 3, baseDelayMs: 10, maxDelayMs: 40, sleep: async (ms) => void waits.push(ms) };
let session: OrgSession;

before(async () => {
  await fake.start();
  session = await connectToOrg({ env: { SF_ACCESS_TOKEN: 'TEST_TOKEN', SF_INSTANCE_URL: fake.url }, retry });
});
after(() => fake.stop());
beforeEach(() => {
  fake.store.clear();
  fake.faults.length = 0;
  fake.rejections.length = 0;
  fake.requests.length = 0;
  waits.length = 0;
});

test('env-var auth reads the user and org from userinfo', () => {
  assert.equal(session.userId, fake.userId);
  assert.equal(session.orgId, fake.orgId);
  assert.equal(session.username, fake.username);
});

test('a query longer than a page follows nextRecordsUrl until done', async () => {
  fake.seed(
    'Account',
    Array.from({ length: 8 }, (_, i) => ({ Name: `Acct ${i}`, OwnerId: fake.userId }))
  );
  const names: string[] = [];
  for await (const r of streamQuery<{ Name: string }>(session, 'SELECT Id, Name FROM Account ORDER BY Name'))
    names.push(r.Name);
  assert.deepEqual(
    names,
    Array.from({ length: 8 }, (_, i) => `Acct ${i}`)
  );
  // 8 records at 3 per page: the first query and two queryMore calls.
  assert.equal(fake.count(/^GET \/services\/data\/v[\d.]+\/query\?/), 1);
  assert.equal(fake.count(/^GET \/services\/data\/v[\d.]+\/query\/01g/), 2);
});

test('records come without the attributes envelope, parents included', async () => {
  const [owner] = fake.seed('User', [{ Name: 'Ada Rep', Username: 'ada@x.example' }]);
  fake.seed('Account', [{ Name: 'Acme', OwnerId: owner.Id }]);
  fake.schema.Account.add('Owner');
  const [row] = await queryAll<Record<string, unknown>>(session, 'SELECT Id, Name, Owner.Name FROM Account');
  assert.equal('attributes' in row, false);
  assert.deepEqual(row.Owner, { Name: 'Ada Rep' });
});

test('a 5xx on a page is retried with growing waits, then succeeds', async () => {
  fake.seed('Account', [{ Name: 'Acme' }]);
  fake.plantFault({
    match: /GET .*\/query$/,
    status: 503,
    body: [{ errorCode: 'SERVER_UNAVAILABLE', message: 'down' }],
    times: 2
  });
  const rows = await queryAll(session, 'SELECT Id, Name FROM Account');
  assert.equal(rows.length, 1);
  assert.deepEqual(waits, [10, 20]);
});

test('a persistent 5xx gives up after the bounded attempts with one line', async () => {
  fake.plantFault({ match: /GET .*\/query$/, status: 502, body: '<html>Bad gateway</html>', times: 10 });
  await assert.rejects(queryAll(session, 'SELECT Id FROM Account', { label: 'accounts' }), (error: unknown) => {
    assert.ok(error instanceof OrgScriptError);
    assert.equal(
      error.message,
      'Salesforce answered HTTP 502 while querying accounts after 3 attempts: the service is having trouble, try again later.'
    );
    return true;
  });
  assert.equal(fake.count(/query/), 3);
});

test('an expired session is not retried and says how to log in again', async () => {
  const bad = await connectToOrg({ env: { SF_ACCESS_TOKEN: 'TEST_TOKEN', SF_INSTANCE_URL: fake.url }, retry });
  bad.conn.accessToken = 'EXPIRED';
  bad.label = 'coaching';
  await assert.rejects(queryAll(bad, 'SELECT Id FROM Account', { label: 'accounts' }), (error: unknown) => {
    assert.ok(error instanceof OrgScriptError);
    assert.equal(error.code, 'INVALID_SESSION_ID');
    assert.match(
      error.message,
      /^The session for coaching is invalid or expired while querying accounts: log in again with `sf org login web --alias coaching`\.$/
    );
    return true;
  });
  assert.equal(fake.count(/query/), 1);
});

test('a bad token is caught when connecting', async () => {
  await assert.rejects(
    connectToOrg({ env: { SF_ACCESS_TOKEN: 'WRONG', SF_INSTANCE_URL: fake.url }, retry }),
    /session for the org is invalid or expired while checking the session/
  );
});

test('a field missing from the org names the object, the field and the fix', async () => {
  await assert.rejects(
    queryAll(session, 'SELECT Id, Tier__c FROM Account', { label: 'accounts' }),
    (error: unknown) => {
      assert.ok(error instanceof OrgScriptError);
      assert.equal(error.code, 'INVALID_FIELD');
      assert.match(error.message, /does not expose field Account\.Tier__c while querying accounts: deploy the package/);
      assert.equal(error.message.includes('\n'), false);
      return true;
    }
  );
});

test('the 24-hour API limit is not retried; the concurrent-request limit is', async () => {
  fake.plantFault({
    match: /GET .*\/query$/,
    status: 403,
    body: [{ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.' }],
    times: 5
  });
  await assert.rejects(queryAll(session, 'SELECT Id FROM Account'), /used up its 24-hour API request limit/);
  assert.equal(fake.count(/query/), 1);

  fake.faults.length = 0;
  fake.requests.length = 0;
  fake.plantFault({
    match: /GET .*\/query$/,
    status: 403,
    body: [{ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'ConcurrentPerOrgLongTxn Limit exceeded.' }],
    times: 1
  });
  assert.deepEqual(await queryAll(session, 'SELECT Id FROM Account'), []);
  assert.equal(fake.count(/query/), 2);
});

test('errorFacts reads jsforce HTTP codes and Node network codes', () => {
  assert.deepEqual(errorFacts({ errorCode: 'ERROR_HTTP_504', message: 'x' }), {
    code: 'HTTP_504',
    status: 504,
    detail: 'x',
    transient: true
  });
  assert.equal(errorFacts({ code: 'ECONNRESET', message: 'socket hang up' }).transient, true);
  assert.equal(errorFacts({ errorCode: 'INVALID_FIELD', message: 'x' }).transient, false);
});

test('sObject Collections report each record, in order, with the failing ones named', async () => {
  fake.reject({
    object: 'Account',
    when: (r) => r.Name === '',
    statusCode: 'REQUIRED_FIELD_MISSING',
    message: 'Required fields are missing: [Name]'
  });
  const results = await writeRecords(session, 'Account', 'insert', [{ Name: 'One' }, { Name: '' }, { Name: 'Three' }]);
  assert.deepEqual(
    results.map((r) => [r.index, r.ok, r.errors]),
    [
      [0, true, []],
      [1, false, ['REQUIRED_FIELD_MISSING: Required fields are missing: [Name]']],
      [2, true, []]
    ]
  );
  assert.equal(fake.records('Account').length, 2);
});

test('an insert is not retried after an ambiguous 500, an update is', async () => {
  fake.plantFault({
    match: /POST .*composite\/sobjects/,
    status: 500,
    body: [{ errorCode: 'UNKNOWN_EXCEPTION', message: 'boom' }],
    times: 1
  });
  await assert.rejects(writeRecords(session, 'Account', 'insert', [{ Name: 'One' }]), /HTTP|UNKNOWN_EXCEPTION/);
  assert.equal(fake.count(/composite/), 1);
  const [acct] = fake.seed('Account', [{ Name: 'Old' }]);
  fake.requests.length = 0;
  fake.plantFault({
    match: /PATCH .*composite\/sobjects/,
    status: 503,
    body: [{ errorCode: 'SERVER_UNAVAILABLE', message: 'x' }],
    times: 1
  });
  const [r] = await writeRecords(session, 'Account', 'update', [{ Id: acct.Id, Name: 'New' }]);
  assert.equal(r.ok, true);
  assert.equal(fake.count(/composite/), 2);
  assert.equal(fake.records('Account')[0].Name, 'New');
});

test('above the threshold one Bulk API 2.0 job runs: create, upload, close, poll, results', async () => {
  fake.reject({
    object: 'Account',
    when: (r) => String(r.Name).includes('bad'),
    statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
    message: 'Name is bad'
  });
  const input = [
    { Name: 'A, Inc.' },
    { Name: 'bad one' },
    { Name: 'Quote "Q" Ltd' },
    { Name: 'Plain', Industry: null },
    { Name: 'Line\nbreak' },
    { Name: 'Semi;colon' }
  ];
  const results = await writeRecords(session, 'Account', 'insert', input, { bulkThreshold: 2, pollIntervalMs: 1 });
  assert.deepEqual(
    results.map((r) => r.ok),
    [true, false, true, true, true, true]
  );
  assert.deepEqual(results[1].errors, ['FIELD_CUSTOM_VALIDATION_EXCEPTION:Name is bad:']);
  // Results come back in reverse order from the fake; each id must still belong to its own input row.
  for (const r of results.filter((x) => x.ok)) {
    assert.equal(fake.table('Account').get(r.id!)?.Name, input[r.index].Name);
  }
  assert.equal(fake.records('Account').find((a) => a.Name === 'Plain')?.Industry, null);
  const calls = fake.requests.map(
    (r) => `${r.method} ${r.path.replace(/\/services\/data\/v[\d.]+\/jobs\/ingest/, '').replace(/750\d+AAA/, 'JOB')}`
  );
  assert.deepEqual(calls.slice(0, 4), ['POST ', 'PUT /JOB/batches', 'PATCH /JOB', 'GET /JOB']);
  assert.ok(calls.includes('GET /JOB/successfulResults') && calls.includes('GET /JOB/failedResults'));
});

test('bulk CSV quotes what needs quoting and writes #N/A for null', () => {
  const { csv } = toBulkCsv([{ Name: 'a,b', Note: null, N: 3, B: true, S: 'x;y' }]);
  assert.equal(csv, 'Name,Note,N,B,S\n"a,b",#N/A,3,true,"x;y"\n');
});

test('result CSV parsing keeps quoted commas, doubled quotes, line breaks and bare semicolons', () => {
  const text = 'sf__Id,Name,Sections\r\n001A,"Acme, ""The"" Co","x;y"\n001B,"two\nlines",a;b\n';
  assert.deepEqual(parseCsvRecords(text), [
    { sf__Id: '001A', Name: 'Acme, "The" Co', Sections: 'x;y' },
    { sf__Id: '001B', Name: 'two\nlines', Sections: 'a;b' }
  ]);
  assert.deepEqual(parseCsvRecords(''), []);
});

test('progress is drawn on a terminal only', () => {
  const written: string[] = [];
  const stream = (isTTY: boolean) =>
    ({ isTTY, write: (s: string) => written.push(s) }) as unknown as NodeJS.WriteStream;
  const piped = createProgress('Reading opportunities', stream(false));
  piped.update(5, 10);
  piped.done();
  assert.deepEqual(written, []);
  const tty = createProgress('Reading opportunities', stream(true));
  tty.update(10, 10);
  tty.done();
  assert.equal(written[0], '\rReading opportunities: 10 / 10 (100%)\u001b[K');
  assert.equal(written.at(-1), '\r\u001b[K');
});
