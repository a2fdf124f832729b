/** The demo org's data file: writes persist across a restart; a corrupt or missing file is regenerated. */
import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PreviewOrg } from '../server/org.ts';
import { DataStore, parseDemoOrg, DataFileError } from '../server/data/store.ts';
import { createCoachingFixture } from './fixture-project.ts';
import { fixtureDocument, IDS, NOW } from './fixture-org.ts';
import type { FixtureProject } from '../../scripts/test/fixture-project.ts';

let dir: string;
let project: FixtureProject;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'preview-persist-'));
  project = createCoachingFixture();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  project.dispose();
});

const open = (file: string, report: (l: string) => void = () => undefined) =>
  PreviewOrg.open({ root: project.root, dataFile: file, now: () => NOW, report });

describe('persistence', () => {
  test('a write persists, and a restart keeps it', async () => {
    const file = join(dir, 'demo-org.json');
    writeFileSync(file, JSON.stringify(fixtureDocument()));
    const first = await open(file);
    first.session(IDS.m1).records.update(IDS.s2, { Notes__c: 'Prepared the forecast questions' });
    const second = await open(file);
    assert.equal(second.store.get(IDS.s2)!.Notes__c, 'Prepared the forecast questions');
  });

  test('a failed write leaves the file untouched', async () => {
    const file = join(dir, 'demo-org.json');
    writeFileSync(file, JSON.stringify(fixtureDocument()));
    const org = await open(file);
    const before = readFileSync(file, 'utf8');
    assert.throws(() => org.session(IDS.m1).records.update(IDS.s2, { Status__c: 'Held' }));
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  test('a missing file is generated from the seed and saved', async () => {
    const file = join(dir, 'nested', 'demo-org.json');
    const org = await open(file);
    assert.ok(existsSync(file));
    assert.ok(org.users().length > 0);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).records.User.length, org.store.all('User').length);
  });

  test('a corrupt file is reported in one line naming the file and the problem, then regenerated', async () => {
    const file = join(dir, 'demo-org.json');
    writeFileSync(file, '{"meta": {}, "records": {"User": [');
    const lines: string[] = [];
    const org = await open(file, (l) => lines.push(l));
    assert.equal(lines.length, 1);
    assert.match(
      lines[0],
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON .*; regenerating the demo org from seed 42\\.$`
      )
    );
    assert.ok(org.store.all('User').length > 0);
    assert.doesNotThrow(() => parseDemoOrg(readFileSync(file, 'utf8'), file), 'the regenerated file is whole');
  });

  test('a structurally wrong file is refused whole, never half-loaded', () => {
    const bad = JSON.stringify({ meta: {}, records: { User: [{ Id: '005A' }], Opportunity: [{ Name: 'no id' }] } });
    assert.throws(
      () => parseDemoOrg(bad, 'x.json'),
      (e: unknown) => e instanceof DataFileError && e.problem === 'records.Opportunity[0] has no Id'
    );
    assert.throws(() => parseDemoOrg(JSON.stringify({ meta: {}, records: {} }), 'x.json'), /records\.User is empty/);
  });

  test('reset regenerates the demo org and drops the changes', async () => {
    const file = join(dir, 'demo-org.json');
    const org = await open(file);
    const someUser = org.store.all('User')[0];
    org.store.transaction((tx) => tx.put('User', { ...someUser, Title: 'Changed' }));
    await org.reset();
    assert.notEqual(org.store.get(someUser.Id)?.Title, 'Changed');
    assert.notEqual(DataStore.load(file).get(someUser.Id)?.Title, 'Changed');
  });
});
