/**
 * The preview's HTTP layer: pages per persona and record, the view-as cookie, the record API's status codes and
 * error bodies, and a clear message when the port is taken.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPreviewServer } from '../server/http.ts';
import { startPreview, PortInUseError } from '../server/index.ts';
import { openFixtureOrg, IDS, type FixtureOrg } from './fixture-org.ts';

let f: FixtureOrg;
let base: string;
let close: () => void;

before(async () => {
  f = await openFixtureOrg();
  const server = createPreviewServer({ org: f.org, distDir: tmpdir(), port: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
after(() => {
  close();
  f.dispose();
});

const context = async (response: Response) =>
  JSON.parse(/window\.__PREVIEW__ = (.*);<\/script>/.exec(await response.text())![1]) as {
    user: { id: string; persona: string };
    page: { id: string; title: string };
  };

describe('pages', () => {
  test('Home follows the view-as user’s persona, set by ?as= and kept in a cookie', async () => {
    const leader = await fetch(`${base}/lightning/page/home?as=${IDS.leader}`);
    assert.match(leader.headers.get('set-cookie') ?? '', new RegExp(`preview_user=${IDS.leader}`));
    assert.equal((await context(leader)).page.id, 'leader-oversight');
    const rep = await fetch(`${base}/lightning/page/home`, { headers: { cookie: `preview_user=${IDS.r1}` } });
    const ctx = await context(rep);
    assert.deepEqual([ctx.user.id, ctx.user.persona, ctx.page.id], [IDS.r1, 'rep', 'rep-home']);
  });

  test('record pages name the record, or say the user cannot see it', async () => {
    const own = await context(await fetch(`${base}/lightning/r/Opportunity/${IDS.o1}/view?as=${IDS.r1}`));
    assert.equal(own.page.title, 'Opportunity: Acme Platform');
    const other = await context(await fetch(`${base}/lightning/r/Opportunity/${IDS.o4}/view?as=${IDS.r1}`));
    assert.match(other.page.title, /you don't have access to this record/);
    assert.equal((await fetch(`${base}/nowhere`)).status, 404);
  });
});

describe('record API', () => {
  test('a failed validation is a 400 with the UI API error body; nothing is saved', async () => {
    const response = await fetch(`${base}/api/ui-api/records/${IDS.s2}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: `preview_user=${IDS.m1}` },
      body: JSON.stringify({ fields: { Status__c: 'Held' } })
    });
    assert.equal(response.status, 400);
    const body = (await response.json()) as { output: { fieldErrors: Record<string, { message: string }[]> } };
    assert.equal(body.output.fieldErrors.Actual_Start__c[0].message, 'A held 1:1 needs its actual start time.');
    assert.equal(f.org.store.get(IDS.s2)!.Status__c, 'Planned');
  });

  test('getRecord answers the representation; a record the user cannot see is a 404', async () => {
    const ok = await fetch(`${base}/api/ui-api/records/${IDS.o1}?fields=Opportunity.Name,Opportunity.Account.Name`, {
      headers: { cookie: `preview_user=${IDS.r1}` }
    });
    const record = (await ok.json()) as {
      fields: { Name: { value: string }; Account: { value: { fields: { Name: { value: string } } } } };
    };
    assert.equal(record.fields.Name.value, 'Acme Platform');
    assert.equal(record.fields.Account.value.fields.Name.value, 'Acme Corp');
    const hidden = await fetch(`${base}/api/ui-api/records/${IDS.o4}?fields=Opportunity.Name`, {
      headers: { cookie: `preview_user=${IDS.r1}` }
    });
    assert.equal(hidden.status, 404);
  });

  test('an Apex class the user has no access to is refused with the platform message', async () => {
    const response = await fetch(`${base}/api/apex/NoSuchService/getThings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `preview_user=${IDS.m1}` },
      body: '{}'
    });
    assert.equal(response.status, 403);
    assert.equal(
      ((await response.json()) as { message: string }).message,
      "You do not have access to the Apex class named 'NoSuchService'."
    );
  });
});

describe('start', () => {
  test('a busy port gives a clear message', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    const dir = mkdtempSync(join(tmpdir(), 'preview-port-'));
    try {
      await assert.rejects(
        startPreview({ root: f.project.root, port, skipBuild: true, distDir: dir, dataFile: null }),
        (e: unknown) => e instanceof PortInUseError && e.message.startsWith(`Port ${port} is already in use.`)
      );
    } finally {
      blocker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
