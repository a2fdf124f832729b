/**
 * The `coach` CLI reads the same fields as the components' GraphQL queries, in both directions: a field a
 * component reads that the CLI does not select (or the reverse) would make the terminal and the screen
 * disagree. The documents are parsed with graphql-js and placed with the UI-API schema, fragments resolved,
 * across modules too. Planted sources (a temporary package folder, checked against the real schema) prove
 * that each kind of drift is named and that nothing is skipped silently.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  componentQueryFields,
  syncProblems,
  GraphqlSyncError,
  UI_ONLY_FIELDS,
  CLI_ONLY_FIELDS,
  UI_ONLY_OBJECTS
} from '../coach/graphql-fields.ts';
import { COACH_FIELDS } from '../coach/fields.ts';
import type { ObjectFields } from '../coach/fields.ts';

/** A package folder holding the given LWC modules (`bundle/file.ts` → source). */
function plantedPackage(modules: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gql-sync-'));
  writeFileSync(join(root, 'sfdx-project.json'), JSON.stringify({ packageDirectories: [{ path: 'force-app' }] }));
  for (const [path, source] of Object.entries(modules)) {
    const dir = join(root, 'force-app', 'main', 'lwc', path.split('/')[0]);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, path.split('/')[1]), source);
  }
  return root;
}

const planted = (modules: Record<string, string>) => componentQueryFields({ sourceRoot: plantedPackage(modules) });
const fieldsOf = (reads: ReturnType<typeof planted>['reads'], object: string) =>
  [...(reads.get(object)?.keys() ?? [])].sort();

test('the real component queries: every operation is found, fragments included, and the CLI reads the same fields', () => {
  const { operations, reads } = componentQueryFields();
  const names = operations.map((o) => o.split(' ').slice(1).join(' '));
  for (const op of ['teamCockpit', 'repAgenda', 'oversightActivity', 'lossReviews'])
    assert.ok(names.includes(op), `${op} found`);
  // The cockpit reads its opportunities only through `...OpportunityFields`, interpolated from a constant.
  const cockpit = operations.find((o) => o.endsWith(' teamCockpit'))!;
  const viaCockpit = [...reads.get('Opportunity')!].filter(([, from]) => from.has(cockpit)).map(([f]) => f);
  for (const field of ['PushCount', 'StageName', 'CloseDate', 'ForecastCategoryName'])
    assert.ok(viaCockpit.includes(field), `teamCockpit reads Opportunity.${field} through its fragment`);
  // The leader's won-amount aggregates place Amount on Opportunity.
  const activity = operations.find((o) => o.endsWith(' oversightActivity'))!;
  assert.ok(reads.get('Opportunity')!.get('Amount')!.has(activity));
  assert.deepEqual(syncProblems(reads, COACH_FIELDS), []);
  for (const reason of Object.values({ ...UI_ONLY_FIELDS, ...CLI_ONLY_FIELDS, ...UI_ONLY_OBJECTS }))
    assert.ok(reason.length > 20, 'every allow-list entry says why');
});

test('a fragment imported from another module is resolved, and a field it reads that the CLI lacks is named', () => {
  const { reads, operations } = planted({
    'sharedFragments/sharedFragments.ts': `
      import { gql } from 'lightning/graphql';
      export const SESSION_TITLE = gql\`
        fragment SessionTitle on Coaching_Session__c { Name { value } Status__c { value } }
      \`;`,
    'sessionBits/sessionBits.ts': `export { SESSION_TITLE as TITLE } from 'c/sharedFragments';`,
    'teamQuery/teamQuery.ts': `
      import { gql } from 'lightning/graphql';
      import { TITLE } from 'c/sessionBits';
      import { DEAL } from './deal';
      export const TEAM = gql\`
        query team {
          uiapi { query {
            Coaching_Session__c(first: 10) { edges { node { Id ...SessionTitle Rep__r { Name { value } } } } }
            Opportunity(first: 10) { edges { node { ...Deal } } }
          } }
        }
        \${TITLE}
        \${DEAL}
      \`;`,
    'teamQuery/deal.ts': `export const DEAL = \`fragment Deal on Opportunity { Id LeadSource { value } Owner { Title { value } } }\`;`
  });
  assert.equal(operations.length, 1, 'the fragment-only template is not an operation of its own');
  assert.deepEqual(fieldsOf(reads, 'Coaching_Session__c'), ['Name', 'Rep__c', 'Status__c']);
  assert.deepEqual(fieldsOf(reads, 'Opportunity'), ['LeadSource', 'OwnerId']);
  assert.deepEqual(fieldsOf(reads, 'User'), ['Name', 'Title'], 'parent relationships read the parent object');
  const problems = syncProblems(reads, COACH_FIELDS, { uiOnlyFields: {}, uiOnlyObjects: {}, cliOnlyFields: {} });
  assert.ok(
    problems.includes(
      'Coaching_Session__c.Name: read by force-app/main/lwc/teamQuery/teamQuery.ts:5 team, not by the CLI (fields.ts)'
    ),
    problems.join('\n')
  );
  assert.ok(problems.some((p) => p.startsWith('Opportunity.LeadSource: read by')));
});

test('aggregate queries count: a summed field the CLI does not read is named', () => {
  const { reads } = planted({
    'wonQuery/wonQuery.ts': `
      import { gql } from 'lightning/graphql';
      export const WON = gql\`
        query won {
          uiapi { aggregate {
            Opportunity(groupBy: { OwnerId: { group: true } }) {
              edges { node { aggregate { OwnerId { value } ExpectedRevenue { sum { value } } } } }
            }
          } }
        }\`;`
  });
  assert.deepEqual(fieldsOf(reads, 'Opportunity'), ['ExpectedRevenue', 'OwnerId']);
  assert.ok(syncProblems(reads, COACH_FIELDS).some((p) => p.startsWith('Opportunity.ExpectedRevenue: read by')));
});

test('an object the CLI never reads is named, unless the allow-list explains it', () => {
  const { reads } = componentQueryFields();
  const withoutQuotas: Record<string, ObjectFields> = { ...COACH_FIELDS };
  delete withoutQuotas.Sales_Quota__c;
  const problems = syncProblems(reads, withoutQuotas);
  assert.ok(
    problems.some((p) => /^Sales_Quota__c is read by components .* but the CLI never reads the object/.test(p))
  );
  const explained = syncProblems(reads, withoutQuotas, {
    uiOnlyFields: UI_ONLY_FIELDS,
    cliOnlyFields: CLI_ONLY_FIELDS,
    uiOnlyObjects: { Sales_Quota__c: 'planted: quotas reach the CLI another way' }
  });
  assert.deepEqual(explained, []);
});

test('the other direction: a CLI field no component reads is named, and stale allow-list entries too', () => {
  const { reads } = componentQueryFields();
  const cli: Record<string, ObjectFields> = {
    ...COACH_FIELDS,
    Opportunity: { ...COACH_FIELDS.Opportunity, optional: [...COACH_FIELDS.Opportunity.optional, 'LeadSource'] }
  };
  assert.deepEqual(syncProblems(reads, cli), [
    'Opportunity.LeadSource: read by the CLI, by no component query (or explain it in CLI_ONLY_FIELDS)'
  ]);
  const stale = syncProblems(reads, COACH_FIELDS, {
    uiOnlyFields: { ...UI_ONLY_FIELDS, 'Opportunity.Type': 'planted: nothing reads it', 'Opportunity.Name': 'x' },
    cliOnlyFields: { ...CLI_ONLY_FIELDS, 'User.Title': 'planted: components read it too' },
    uiOnlyObjects: { Account: 'planted: the CLI reads accounts' }
  });
  assert.deepEqual(stale, [
    'CLI_ONLY_FIELDS User.Title: a component reads it too',
    'UI_ONLY_FIELDS Opportunity.Name: the CLI reads it too',
    'UI_ONLY_FIELDS Opportunity.Type: no component reads it any more',
    'UI_ONLY_OBJECTS Account: the CLI reads it too'
  ]);
});

test('nothing is skipped silently: an unresolvable interpolation, an unknown field, a missing fragment, no query', () => {
  assert.throws(
    () =>
      planted({
        'dyn/dyn.ts': `import { gql } from 'lightning/graphql';
const fields = () => 'Name { value }';
export const Q = gql\`query q { uiapi { query { Account { edges { node { \${fields()} } } } } } }\`;`
      }),
    (error: unknown) =>
      error instanceof GraphqlSyncError &&
      /^force-app\/main\/lwc\/dyn\/dyn\.ts:3: cannot resolve \$\{fields\(\)\} in a gql template/.test(error.message)
  );
  assert.throws(
    () =>
      planted({
        'bad/bad.ts': `import { gql } from 'lightning/graphql';
export const Q = gql\`query q { uiapi { query { Opportunity { edges { node { Secret_Score__c { value } ...Missing } } } } } }\`;`
      }),
    (error: unknown) =>
      error instanceof GraphqlSyncError &&
      error.message.includes('cannot place Opportunity.Secret_Score__c') &&
      error.message.includes('cannot place ...Missing (fragment not in the document)')
  );
  assert.throws(
    () => planted({ 'none/none.ts': 'export const NOTHING = 1;' }),
    (error: unknown) => error instanceof GraphqlSyncError && /^No GraphQL query found/.test(error.message)
  );
});
