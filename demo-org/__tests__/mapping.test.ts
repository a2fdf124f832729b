/**
 * The whole demo org maps onto the engine's model through `c/coachingRecords` without losing a record or a value:
 * the generator and the mappers agree on every API name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datasetFromRecords, type RecordsByType } from 'c/coachingRecords';
import type { CoachingSettings } from 'c/coachingModel';
import { generateDemoOrg } from '../generator.ts';

const org = generateDemoOrg();
const { records } = org;
const settings = {} as CoachingSettings;
const dataset = datasetFromRecords(records as unknown as RecordsByType, settings);

test('every record of every mapped type arrives', () => {
  assert.equal(dataset.users.length, records.User.length);
  assert.equal(dataset.accounts.length, records.Account.length);
  assert.equal(dataset.opportunities.length, records.Opportunity.length);
  assert.equal(dataset.cadences.length, records.Coaching_Cadence__c.length);
  assert.equal(dataset.sessions.length, records.Coaching_Session__c.length);
  assert.equal(dataset.actionItems.length, records.Action_Item__c.length);
  assert.equal(dataset.reviews.length, records.Deal_Review__c.length);
  assert.equal(dataset.feedback.length, records.Coaching_Feedback__c.length);
  assert.equal(dataset.quotas.length, records.Sales_Quota__c.length);
  assert.equal(dataset.settings, settings);
});

test('values survive the mapping', () => {
  records.Opportunity.forEach((o, i) => {
    const m = dataset.opportunities[i];
    assert.deepEqual(
      [m.id, m.amount, m.stageName, m.forecastCategory, m.closeDate, m.createdDate, m.pushCount, m.isClosed, m.isWon],
      [
        o.Id,
        o.Amount,
        o.StageName,
        o.ForecastCategoryName,
        o.CloseDate,
        o.CreatedDate,
        o.PushCount,
        o.IsClosed,
        o.IsWon
      ]
    );
    assert.equal(m.lastStageChangeDate, o.LastStageChangeDate);
  });
  records.Coaching_Session__c.forEach((s, i) => {
    const m = dataset.sessions[i];
    assert.equal(m.sectionsReviewed.join(';') || null, s.Sections_Reviewed__c);
    assert.deepEqual(
      [m.status, m.scheduledStart, m.actualStart, m.commitCurrentQuarter],
      [s.Status__c, s.Scheduled_Start__c, s.Actual_Start__c, s.Commit_Current_Quarter__c]
    );
  });
  records.Coaching_Cadence__c.forEach((c, i) => {
    assert.equal(dataset.cadences[i].localStartTime, c.Local_Start_Time__c.slice(0, 5));
    assert.equal(dataset.cadences[i].timeZone, c.Time_Zone__c);
  });
});

test('fiscal calendar and currencies come from the set-up records', () => {
  assert.deepEqual(dataset.fiscal, { startMonth: 2, nameByStartYear: false, customQuarters: [] });
  assert.equal(dataset.currency.corporateCurrency, 'USD');
  assert.equal(dataset.currency.multiCurrency, true);
  assert.equal(dataset.currency.rates.length, records.CurrencyType.length + records.DatedConversionRate.length);
});
