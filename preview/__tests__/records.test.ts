/**
 * Writes as the org performs them: validation rules from the metadata with the org's messages and error
 * shape, required and unique fields, restricted picklists, CRUD/FLS/sharing on write, trigger-maintained
 * keys, and a failed write that saves nothing (also across an all-or-none GraphQL mutation).
 */
import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { openFixtureOrg, IDS, type FixtureOrg } from './fixture-org.ts';
import { UiApiError, TRIGGER, TRIGGER_LABELS } from '../server/records.ts';
import { readCustomLabels } from '../server/metadata/permissions.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';

let f: FixtureOrg;
beforeEach(async () => (f = await openFixtureOrg()));
afterEach(() => f.dispose());

function failure(run: () => unknown): UiApiError['body'] {
  try {
    run();
  } catch (error) {
    if (error instanceof UiApiError) return error.body;
    throw error;
  }
  assert.fail('expected the write to fail');
}

describe('validation rules', () => {
  test('a rule with an error field answers in body.output.fieldErrors with the org message', () => {
    const body = failure(() => f.org.session(IDS.m1).records.update(IDS.s2, { Status__c: 'Held' }));
    assert.equal(body.statusCode, 400);
    assert.deepEqual(body.output.errors, []);
    assert.equal(body.output.fieldErrors.Actual_Start__c[0].message, 'A held 1:1 needs its actual start time.');
    assert.equal(body.output.fieldErrors.Actual_Start__c[0].errorCode, 'FIELD_CUSTOM_VALIDATION_EXCEPTION');
    assert.equal(f.org.store.get(IDS.s2)!.Status__c, 'Planned', 'nothing was saved');
  });

  test('a rule without an error field answers in body.output.errors (page level)', () => {
    const body = failure(() =>
      f.org
        .session(IDS.m1)
        .records.update(IDS.s1, { Commit_Current_Quarter__c: 200000, Best_Case_Current_Quarter__c: 150000 })
    );
    assert.deepEqual(body.output.errors, [
      { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Best case cannot be lower than commit.' }
    ]);
  });

  test('a blank value does not fire a comparison rule; TODAY() is the user’s today', () => {
    const rep = f.org.session(IDS.r1).records;
    // Completed_Date__c is blank: `Completed_Date__c > TODAY()` is blank, not true, so the save succeeds.
    assert.equal(rep.update(IDS.ai1, { Status__c: 'In Progress' }).Status__c, 'In Progress');
    // 2026-11-25 is after today (2026-11-24 in New York): the rule fires.
    const body = failure(() => rep.update(IDS.ai1, { Status__c: 'Done', Completed_Date__c: '2026-11-25' }));
    assert.equal(body.output.fieldErrors.Completed_Date__c[0].message, 'The completed date cannot be in the future.');
    const saved = rep.update(IDS.ai1, { Status__c: 'Done', Completed_Date__c: '2026-11-24' });
    assert.equal(saved.Status__c, 'Done');
  });

  test('missing required fields are reported before validation rules run', () => {
    const body = failure(() =>
      f.org.session(IDS.m1).records.create('Coaching_Cadence__c', { Manager__c: IDS.m1, Duration_Minutes__c: 10 })
    );
    // Rep__c is required and missing; required-field errors come first and the rules wait for them.
    assert.deepEqual(Object.keys(body.output.fieldErrors), ['Rep__c']);
    assert.equal(body.output.fieldErrors.Rep__c[0].message, 'Required fields are missing: [Rep]');
    const rule = failure(() =>
      f.org
        .session(IDS.m1)
        .records.create('Coaching_Cadence__c', { Manager__c: IDS.m1, Rep__c: IDS.r2, Duration_Minutes__c: 10 })
    );
    assert.equal(
      rule.output.fieldErrors.Duration_Minutes__c[0].message,
      'Duration must be between 15 and 120 minutes.'
    );
  });
});

describe('writes', () => {
  test('create applies defaults, owner, auto number and the trigger key', () => {
    const saved = f.org.session(IDS.m1).records.create('Coaching_Cadence__c', { Manager__c: IDS.m1, Rep__c: IDS.r2 });
    assert.equal(saved.Duration_Minutes__c, 60, 'default value 60');
    assert.equal(saved.Active__c, true, 'default value true');
    assert.equal(saved.Time_Zone__c, 'America/New_York', '$User.TimeZoneSidKey');
    assert.equal(saved.OwnerId, IDS.m1);
    assert.equal(saved.Name, 'CAD-0002', 'next after CAD-0001');
    assert.equal(saved.Active_Pair_Key__c, `${IDS.m1}:${IDS.r2}`);
  });

  test('a second active cadence for the same pair is refused with the trigger’s message on the key', () => {
    const body = failure(() =>
      f.org.session(IDS.m1).records.create('Coaching_Cadence__c', { Manager__c: IDS.m1, Rep__c: IDS.r1 })
    );
    assert.deepEqual(
      body.output.fieldErrors.Active_Pair_Key__c.map((e) => e.message),
      ['This rep already has an active cadence with this manager.']
    );
    assert.equal(f.org.store.all('Coaching_Cadence__c').length, 1, 'nothing was saved');
    // An inactive cadence has no key, so a second one for the pair is fine.
    const inactive = f.org
      .session(IDS.m1)
      .records.create('Coaching_Cadence__c', { Manager__c: IDS.m1, Rep__c: IDS.r1, Active__c: false });
    assert.equal(inactive.Active_Pair_Key__c, null);
  });

  test('a second planned 1:1 for the pair on the same local day is refused; another day or status is fine', () => {
    // s2: Planned 2026-11-26T14:00Z, 09:00 in the manager's New York. 2026-11-27T03:00Z is still the 26th there.
    const sameDay = { Manager__c: IDS.m1, Rep__c: IDS.r2, Status__c: 'Planned' };
    const body = failure(() =>
      f.org
        .session(IDS.m1)
        .records.create('Coaching_Session__c', { ...sameDay, Scheduled_Start__c: '2026-11-27T03:00:00.000Z' })
    );
    assert.deepEqual(
      body.output.fieldErrors.Planned_Day_Key__c.map((e) => e.message),
      ['A 1:1 with this rep is already planned on that day. Open it, or reschedule it, instead of planning another.']
    );
    assert.equal(f.org.store.all('Coaching_Session__c').length, 3, 'nothing was saved');
    // 2026-11-27T06:00Z is the 27th in New York: a different day.
    const nextDay = f.org
      .session(IDS.m1)
      .records.create('Coaching_Session__c', { ...sameDay, Scheduled_Start__c: '2026-11-27T06:00:00.000Z' });
    assert.equal(nextDay.Planned_Day_Key__c, `${IDS.m1}:${IDS.r2}:2026-11-27`);
    // Skipping the first frees its day for a new plan.
    f.org.session(IDS.m1).records.update(IDS.s2, { Status__c: 'Skipped' });
    assert.equal(f.org.store.get(IDS.s2)!.Planned_Day_Key__c, null);
    const replanned = f.org
      .session(IDS.m1)
      .records.create('Coaching_Session__c', { ...sameDay, Scheduled_Start__c: '2026-11-26T15:00:00.000Z' });
    assert.equal(replanned.Planned_Day_Key__c, `${IDS.m1}:${IDS.r2}:2026-11-26`);
  });

  test('restricted picklists, field-level security and sharing are enforced on write', () => {
    const m1 = f.org.session(IDS.m1).records;
    const bad = failure(() => m1.update(IDS.s2, { Status__c: 'Cancelled' }));
    assert.equal(
      bad.output.fieldErrors.Status__c[0].message,
      'Status: bad value for restricted picklist field: Cancelled'
    );
    // Reps read sessions but cannot edit their manager's session.
    const rep = failure(() => f.org.session(IDS.r1).records.update(IDS.s1, { Notes__c: 'mine now' }));
    assert.equal(rep.statusCode, 403);
    // Rep 1 can edit the action item (Edit share) but not a field the permission set makes read-only.
    const fls = failure(() => f.org.session(IDS.r1).records.update(IDS.ai1, { Manager__c: IDS.m2 }));
    assert.match(
      fls.output.errors[0].message,
      /^Unable to create\/update fields: Manager__c\. Please check the security settings/
    );
    // Manager 2 cannot even see Manager 1's session.
    assert.equal(failure(() => f.org.session(IDS.m2).records.update(IDS.s1, { Notes__c: 'x' })).statusCode, 404);
  });

  test('feedback: only the session’s rep, only on a held 1:1, once; rep, manager and owner come from the session', () => {
    const answers = { Preparation_Rating__c: 4, Overall_Value__c: 7 };
    const r2 = f.org.session(IDS.r2).records;
    const planned = failure(() =>
      r2.create('Coaching_Feedback__c', { Session__c: IDS.s2, Rep__c: IDS.r2, Manager__c: IDS.r2, ...answers })
    );
    assert.equal(planned.output.errors[0].message, 'You can give feedback once the 1:1 has been held.');
    const notMine = failure(() =>
      r2.create('Coaching_Feedback__c', { Session__c: IDS.s1, Rep__c: IDS.r2, Manager__c: IDS.r2, ...answers })
    );
    assert.equal(notMine.output.errors[0].message, 'You can give feedback only on your own 1:1s.');
    // A new held 1:1 of Manager 1 with Rep 1, without feedback yet.
    const held = f.org.session(IDS.m1).records.create('Coaching_Session__c', {
      Manager__c: IDS.m1,
      Rep__c: IDS.r1,
      Status__c: 'Held',
      Scheduled_Start__c: '2026-11-23T14:00:00.000Z',
      Actual_Start__c: '2026-11-23T14:00:00.000Z'
    });
    const r1 = f.org.session(IDS.r1).records;
    const range = failure(() =>
      r1.create('Coaching_Feedback__c', {
        Session__c: held.Id,
        Rep__c: IDS.r1,
        Manager__c: IDS.r1,
        Preparation_Rating__c: 6,
        Overall_Value__c: 7
      })
    );
    assert.equal(range.output.fieldErrors.Preparation_Rating__c[0].message, 'Preparation: rate it from 1 to 5.');
    const saved = r1.create('Coaching_Feedback__c', {
      Session__c: held.Id,
      Rep__c: IDS.r1,
      Manager__c: IDS.r1,
      ...answers
    });
    assert.deepEqual([saved.Manager__c, saved.OwnerId, saved.Session_Key__c], [IDS.m1, IDS.r1, held.Id]);
    const dup = failure(() =>
      r1.create('Coaching_Feedback__c', { Session__c: held.Id, Rep__c: IDS.r1, Manager__c: IDS.r1, ...answers })
    );
    assert.equal(
      dup.output.fieldErrors.Session_Key__c[0].message,
      'You have already given feedback on this 1:1. Open it to change your answers.'
    );
  });

  test('feedback answers freeze when their month closes; the links never change', () => {
    const r1 = f.org.session(IDS.r1).records;
    // F1 was created on 2026-01-05; today is 2026-11-24, so its month is closed.
    const frozen = failure(() => r1.update(IDS.f1, { Improvement__c: 'x', Preparation_Rating__c: 5 }));
    assert.match(frozen.output.errors[0].message, /^Feedback can be changed only in the month it was given/);
    assert.equal(
      r1.update(IDS.f1, { Improvement__c: 'Clearer next steps' }).Improvement__c,
      'Clearer next steps',
      'text is not an answer'
    );
  });

  test('deleting an opportunity takes its master-detail reviews with it', () => {
    f.org.session(IDS.r2).records.remove(IDS.o3);
    assert.equal(f.org.store.get(IDS.o3), undefined);
    assert.equal(f.org.store.get(IDS.d1), undefined);
  });
});

describe('GraphQL mutations', () => {
  test('an all-or-none mutation rolls every operation back when one fails, with the rule message', () => {
    const before = f.org.store.all('Action_Item__c').length;
    const r = f.org.session(IDS.m1).graphql({
      query: `mutation { uiapi {
        ok: Action_Item__cCreate(input: { Action_Item__c: { Name: "Send the proposal", Assignee__c: "${IDS.r1}", Due_Date__c: "2026-12-01" } }) { Record { Id } }
        bad: Action_Item__cCreate(input: { Action_Item__c: { Name: "Close it", Assignee__c: "${IDS.r1}", Due_Date__c: "2026-12-01", Status__c: "Done" } }) { Record { Id } }
      } }`
    }) as { data: unknown; errors: { message: string; extensions: any }[] };
    assert.equal(r.data, null);
    assert.equal(r.errors[0].message, 'A done action item needs its completed date.');
    assert.equal(
      r.errors[0].extensions.output.fieldErrors.Completed_Date__c[0].errorCode,
      'FIELD_CUSTOM_VALIDATION_EXCEPTION'
    );
    assert.equal(f.org.store.all('Action_Item__c').length, before, 'the first create was rolled back');
  });

  test('allOrNone: false keeps the operations that succeeded', () => {
    const r = f.org.session(IDS.m1).graphql({
      query: `mutation { uiapi(input: { allOrNone: false }) {
        ok: Action_Item__cCreate(input: { Action_Item__c: { Name: "Send the proposal", Assignee__c: "${IDS.r1}", Due_Date__c: "2026-12-01" } }) { Record { Id Name { value } } }
        bad: Action_Item__cCreate(input: { Action_Item__c: { Name: "Close it", Assignee__c: "${IDS.r1}", Due_Date__c: "2026-12-01", Status__c: "Done" } }) { Record { Id } }
      } }`
    }) as { data: any; errors: unknown[] };
    assert.equal(r.data.uiapi.ok.Record.Name.value, 'Send the proposal');
    assert.equal(r.data.uiapi.bad, null);
    assert.equal(r.errors.length, 1);
  });
});

describe('trigger messages', () => {
  test('each message the preview gives is the custom label the Apex handler reads', () => {
    const labels = readCustomLabels(PROJECT_ROOT);
    for (const [key, label] of Object.entries(TRIGGER_LABELS))
      assert.equal(TRIGGER[key as keyof typeof TRIGGER], labels.get(label), `${key} = ${label}`);
  });
});
