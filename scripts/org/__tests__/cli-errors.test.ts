/**
 * Bad input to the org scripts, run as a user runs them (a separate process): a wrong org alias, missing
 * auth, a bad flag, or an org that lacks the package each give one actionable line and a non-zero exit.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, type CliResult } from './run-cli.ts';
import { fakeOrgWithData, loadSmallDoc, SMALL_DOC_PATH } from './fake-org.ts';
import type { FakeSalesforce } from './fake-salesforce.ts';

/** The error line: exactly one line on stderr, prefixed "error: ". */
function oneLine(result: CliResult): string {
  const lines = result.stderr.split('\n').filter((l) => l.trim() !== '');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${result.stderr}`);
  assert.match(lines[0], /^error: /);
  return lines[0];
}

let fake: FakeSalesforce;
before(async () => {
  const doc = loadSmallDoc();
  fake = fakeOrgWithData(doc, { without: { Coaching_Session__c: ['Snapshot__c'] } });
  await fake.start();
});
after(() => fake.stop());

test('coach without any org: usage error, exit 2', async () => {
  const r = await runCli('coach.ts', ['--manager', 'max@example.com']);
  assert.equal(r.code, 2);
  assert.match(oneLine(r), /No org given: pass --target-org <alias> .*or set SF_ACCESS_TOKEN and SF_INSTANCE_URL/);
});

test('coach with an alias the Salesforce CLI does not know: exit 1, says how to log in', async () => {
  const r = await runCli('coach.ts', ['--target-org', 'no-such-org', '--manager', 'max@example.com']);
  assert.equal(r.code, 1);
  assert.match(
    oneLine(r),
    /No org is authorized as "no-such-org": check the alias with `sf org list`, or log in with `sf org login web --alias no-such-org`/
  );
});

test('only half of the env-var auth: usage error naming the missing half', async () => {
  const r = await runCli('seed.ts', ['--file', SMALL_DOC_PATH], { SF_ACCESS_TOKEN: 'x' });
  assert.equal(r.code, 2);
  assert.match(oneLine(r), /Set both SF_ACCESS_TOKEN and SF_INSTANCE_URL \(only SF_ACCESS_TOKEN is set\)/);
});

test('a flag the script does not know, or a bad value: exit 2 with the usage', async () => {
  const unknown = await runCli('coach.ts', ['--manger', 'x']);
  assert.equal(unknown.code, 2);
  assert.match(oneLine(unknown), /Unknown option '--manger'.*Usage: npm run coach --/);
  const format = await runCli('coach.ts', ['--manager', 'x', '--format', 'pdf']);
  assert.equal(format.code, 2);
  assert.match(oneLine(format), /--format must be one of md, json, csv, not "pdf"/);
  const both = await runCli('coach.ts', ['--manager', 'x', '--all-managers']);
  assert.equal(both.code, 2);
  assert.match(oneLine(both), /Pass exactly one of --manager <username\|id> or --all-managers/);
});

test('an expired token: exit 1, says to log in again', async () => {
  const r = await runCli('coach.ts', ['--manager', 'max@example.com'], {
    SF_ACCESS_TOKEN: 'EXPIRED',
    SF_INSTANCE_URL: fake.url
  });
  assert.equal(r.code, 1);
  assert.match(oneLine(r), /The session for the org is invalid or expired while checking the session: log in again/);
});

test('seeding an org that lacks a package field: exit 1, names the field, writes nothing', async () => {
  const before = fake.count(/composite|jobs\/ingest/);
  const r = await runCli('seed.ts', ['--file', SMALL_DOC_PATH], {
    SF_ACCESS_TOKEN: 'TEST_TOKEN',
    SF_INSTANCE_URL: fake.url
  });
  assert.equal(r.code, 1);
  assert.match(
    oneLine(r),
    /lacks field Coaching_Session__c\.Snapshot__c: deploy the package first .*nothing was written/
  );
  assert.equal(fake.count(/composite|jobs\/ingest/), before);
});

test('seed with a file that is not a demo-org document: exit 2', async () => {
  const r = await runCli('seed.ts', ['--file', 'package.json'], {
    SF_ACCESS_TOKEN: 'TEST_TOKEN',
    SF_INSTANCE_URL: fake.url
  });
  assert.equal(r.code, 2);
  assert.match(oneLine(r), /--file package\.json is not a demo-org document/);
});
