/**
 * Runs the leader's GraphQL documents against the preview's demo org (seed 42, anchored to 24 Nov 2026) as the
 * demo's sales leader and prints a summary; with `--write`, saves the results as the Jest fixtures of the
 * oversight components (`__tests__/data/graphql*.json`), so the fixtures are real query results, reproducible.
 * Usage: tsx scripts/leader/oversight-fixtures.ts [--write]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PreviewOrg } from '../../preview/server/org.ts';
import { gqlTemplates } from '../checks/graphql.check.ts';
import { PROJECT_ROOT } from '../lib/project.ts';

export const ANCHOR = new Date('2026-11-24T15:00:00.000Z');
const QUERIES = join(PROJECT_ROOT, 'force-app/main/data-access/lwc/oversightQueries/oversightQueries.ts');

/** The text of each of the leader's documents, by operation name. */
export function leaderDocuments(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of gqlTemplates(QUERIES, readFileSync(QUERIES, 'utf8'))) {
    const name = /query\s+(\w+)/.exec(t.text ?? '')?.[1];
    if (name && t.text) out[name] = t.text;
  }
  return out;
}

export async function openDemo(): Promise<PreviewOrg> {
  return PreviewOrg.open({ root: PROJECT_ROOT, dataFile: null, now: () => ANCHOR, demo: { anchorDate: '2026-11-24' } });
}

/** The demo's head of sales: the leader at the top of the hierarchy (the other leader is sales ops). */
export function salesLeader(org: PreviewOrg) {
  return org.users().find((u) => u.persona === 'leader' && !org.store.get(u.id)?.ManagerId)!;
}

async function main(): Promise<void> {
  const org = await openDemo();
  const docs = leaderDocuments();
  const leader = salesLeader(org);
  const session = org.session(leader.id);
  const run = (name: string, variables: Record<string, unknown>) => {
    const result = session.graphql({ query: docs[name], variables, operationName: name }) as {
      data?: any;
      errors?: unknown[];
    };
    if (result.errors?.length) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    return result;
  };
  const people = run('oversightPeople', { after: null });
  const users = people.data.uiapi.query.User.edges.map((e: any) => e.node);
  const managerIds = [...new Set(users.map((u: any) => u.ManagerId.value))].filter((id) => id !== leader.id);
  console.log(`leader ${leader.name}: ${users.length} users with a manager, managers below: ${managerIds.length}`);
  const activity = run('oversightActivity', {
    managerIds,
    since: '2025-10-31T00:00:00.000Z',
    sinceDate: '2025-11-01',
    cadencesAfter: null,
    cadencesUntil: '4000-01-01T00:00:00.000Z',
    sessionsAfter: null,
    sessionsUntil: '4000-01-01T00:00:00.000Z',
    itemsAfter: null,
    itemsUntil: '4000-01-01T00:00:00.000Z',
    answersAfter: null,
    answersUntil: '4000-01-01T00:00:00.000Z',
    won1Start: '2025-11-01',
    won1End: '2026-01-31',
    won2Start: '2026-02-01',
    won2End: '2026-04-30',
    won3Start: '2026-05-01',
    won3End: '2026-07-31',
    won4Start: '2026-08-01',
    won4End: '2026-10-31',
    wonUntil: '4000-01-01T00:00:00.000Z'
  });
  const q = activity.data.uiapi.query;
  const a = activity.data.uiapi.aggregate;
  console.log(
    `activity: ${q.Coaching_Cadence__c.edges.length} cadences, ${q.Coaching_Session__c.edges.length} sessions, ` +
      `${q.Action_Item__c.edges.length} items, ${q.Coaching_Feedback__c.edges.length} answers, won groups ` +
      [1, 2, 3, 4].map((i) => a[`Won${i}`].edges.length).join('/')
  );
  // Every recorded commit, converted: the component picks its samples (one per currency) from these.
  const commits = q.Coaching_Session__c.edges
    .map((e: any) => e.node)
    .filter((n: any) => n.CurrencyIsoCode?.value && n.Commit_Current_Quarter__c?.value > 0)
    .map((n: any) => n.Id);
  const rates = run('oversightRates', { sessionIds: commits });
  console.log(`converted commits: ${rates.data.uiapi.aggregate.Coaching_Session__c.edges.length}`);
  const answers = run('oversightAnswers', {
    managerId: managerIds[0],
    heldFrom: '2026-08-01T04:00:00.000Z',
    heldBefore: '2026-11-25T05:00:00.000Z'
  });
  console.log(`answers about ${String(managerIds[0])}: ${answers.data.uiapi.query.Coaching_Feedback__c.edges.length}`);
  const reviews = run('lossReviews', { sinceDate: '2025-11-01', after: null });
  console.log(`loss reviews: ${reviews.data.uiapi.query.Deal_Review__c.edges.length}`);
  if (process.argv.includes('--write')) {
    const dir = (bundle: string) => join(PROJECT_ROOT, `force-app/main/leader/lwc/${bundle}/__tests__/data`);
    const save = (bundle: string, file: string, value: unknown) =>
      writeFileSync(join(dir(bundle), file), `${JSON.stringify(value, null, 2)}\n`);
    save('coachingOversight', 'graphqlOversightPeople.json', people.data);
    save('coachingOversight', 'graphqlOversightActivity.json', activity.data);
    save('managerDetail', 'graphqlOversightAnswers.json', answers.data);
    save('lossRootCauses', 'graphqlLossReviews.json', reviews.data);
    save('coachingOversight', 'graphqlOversightRates.json', rates.data);
    save('coachingOversight', 'getSettings.json', session.apex('CoachingSettingsService', 'getSettings', {}));
    save(
      'coachingOversight',
      'getQuarters.json',
      session.apex('FiscalPeriodService', 'getQuarters', { around: '2026-11-24', count: 9 })
    );
    // The manager's own k-anonymous summary, as the first manager below the VP (six months to 24 Nov 2026).
    const manager = org.session(String(managerIds[0]));
    writeFileSync(
      join(PROJECT_ROOT, 'force-app/main/manager/lwc/myCoachingFeedback/__tests__/data/getMyFeedbackSummary.json'),
      `${JSON.stringify(
        manager.apex('CoachingFeedbackAggregateService', 'getMyFeedbackSummary', {
          fromDate: '2026-05-01',
          toDate: '2026-11-24'
        }),
        null,
        2
      )}\n`
    );
    console.log('fixtures written');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
