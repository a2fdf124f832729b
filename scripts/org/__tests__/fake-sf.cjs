#!/usr/bin/env node
/**
 * A stand-in for the Salesforce CLI in the org-script tests: records each call (arguments, working folder,
 * the quiet-mode variables) to FAKE_SF_LOG and answers the commands the scripts use with sf's JSON shape.
 * FAKE_SF_FAIL="<words>" makes a command containing those words fail as sf does.
 */
const fs = require('node:fs');
const path = require('node:path');

// Also stands in for `npm` (called as `fake-sf.cjs --as npm …`): the scripts' build step is recorded, not run;
// the real build is a gate of its own in `npm test`.
const asNpm = process.argv[2] === '--as' && process.argv[3] === 'npm';
const args = asNpm ? ['npm', ...process.argv.slice(4)] : process.argv.slice(2);
const line = args.join(' ');
if (process.env.FAKE_SF_LOG) {
  const env = {};
  for (const k of ['SF_DISABLE_TELEMETRY', 'SF_SKIP_NEW_VERSION_CHECK', 'SF_AUTOUPDATE_DISABLE'])
    env[k] = process.env[k];
  fs.appendFileSync(process.env.FAKE_SF_LOG, `${JSON.stringify({ args, cwd: process.cwd(), env })}\n`);
}
if (asNpm) process.exit(process.env.FAKE_NPM_FAIL ? 1 : 0);
const json = args.includes('--json');
function reply(status, result, message) {
  if (json)
    process.stdout.write(
      JSON.stringify(status === 0 ? { status, result } : { status, name: 'FakeSfError', message, result })
    );
  else process.stdout.write(`${message ?? 'done'}\n`);
  process.exit(status);
}
if (line === '--version') reply(0, null, '@salesforce/cli/2.0.0-fake');
if (process.env.FAKE_SF_FAIL && line.includes(process.env.FAKE_SF_FAIL))
  reply(1, null, `fake failure of "${process.env.FAKE_SF_FAIL}"`);
const setAlias = (alias, id) => {
  const file = path.join(process.cwd(), 'sfdx-project.json');
  const project = JSON.parse(fs.readFileSync(file, 'utf8'));
  project.packageAliases = { ...(project.packageAliases || {}), [alias]: id };
  fs.writeFileSync(file, JSON.stringify(project, null, 2));
};
if (line.startsWith('org create scratch')) reply(0, { username: 'test-abc@example.com', orgId: '00D000000000FAKEAA' });
if (line.startsWith('project deploy start')) reply(0, { status: 'Succeeded' }, 'Deploy Succeeded.');
if (line.startsWith('org assign permset')) reply(0, { successes: [], failures: [] });
if (line.startsWith('org display'))
  reply(0, { accessToken: process.env.FAKE_SF_TOKEN, instanceUrl: process.env.FAKE_SF_INSTANCE });
if (line.startsWith('apex run test')) {
  const result = JSON.parse(fs.readFileSync(process.env.FAKE_SF_APEX, 'utf8'));
  const status = Number(process.env.FAKE_SF_APEX_STATUS || 0);
  process.stdout.write(JSON.stringify({ status, result }));
  process.exit(status);
}
if (line.startsWith('package create')) {
  setAlias(args[args.indexOf('--name') + 1], '0Ho000000000FAKEAA');
  reply(0, { Id: '0Ho000000000FAKEAA' });
}
if (line.startsWith('package version create')) {
  const name = args[args.indexOf('--package') + 1];
  setAlias(`${name}@0.1.0-1`, '04t000000000FAKEAA');
  reply(0, { SubscriberPackageVersionId: '04t000000000FAKEAA', Status: 'Success' });
}
reply(1, null, `fake sf does not know "${line}"`);
