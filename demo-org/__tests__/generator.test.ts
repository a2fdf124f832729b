/**
 * The demo-org generator: determinism, referential integrity and load order, value ranges, history consistency,
 * accounts, currencies, fiscal periods, people, the coaching rhythm and DST. Expected values are hand-computed
 * (arithmetic in comments) or derived from the records by an independent method (record-metrics.ts).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { generateDemoOrg, InvalidOptionsError } from '../generator.ts';
import { demoOrgToJson } from '../writer.ts';
import {
  FORECAST_CATEGORY_VALUE,
  KEY_PREFIX,
  LOAD_ORDER,
  REFERENCES,
  STAGES,
  type DemoOrg,
  type RecordType
} from '../format.ts';
import { caseSafeSuffix, isSalesforceId, makeId } from '../ids.ts';
import { accountClasses, historyByOpportunity, quarterContaining, quarterPeriods } from './record-metrics.ts';

const org = generateDemoOrg();
const { records, meta } = org;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const userById = new Map(records.User.map((u) => [u.Id, u]));
const oppById = new Map(records.Opportunity.map((o) => [o.Id, o]));

/** Wall-clock 'HH:mm' and UTC offset in minutes of an instant in a zone, read with Intl (not the generator's code). */
function wallClock(iso: string, timeZone: string): { hhmm: string; offsetMinutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit'
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value])
  );
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  return { hhmm: `${parts.hour}:${parts.minute}`, offsetMinutes: (wall - Date.parse(iso)) / 60_000 };
}

describe('determinism', () => {
  test('the same options give byte-identical JSON; another seed or anchor gives different data', () => {
    const again = demoOrgToJson(generateDemoOrg());
    assert.equal(again, demoOrgToJson(org));
    assert.notEqual(demoOrgToJson(generateDemoOrg({ seed: 2 })), again);
    const moved = generateDemoOrg({ anchorDate: '2027-03-10' });
    assert.equal(moved.meta.now, '2027-03-10T12:00:00.000Z');
    assert.notEqual(demoOrgToJson(moved), again);
  });

  test('the JSON parses back to the same document', () => {
    assert.deepEqual(JSON.parse(demoOrgToJson(org)), JSON.parse(JSON.stringify(org)));
  });
});

describe('ids', () => {
  test('the case-safe suffix follows the documented algorithm', () => {
    // '00150' no capitals → 0 → 'A'; '00000' → 'A'; 'Gv7qJ': G is bit 0 (1) and J is bit 4 (16) → 17 → 'R'.
    assert.equal(caseSafeSuffix('0015000000Gv7qJ'), 'AAR');
    assert.equal(makeId('006', 1).length, 18);
    assert.ok(isSalesforceId(makeId('006', 123_456_789)));
    assert.equal(isSalesforceId('0065g000000001AAAA'), false);
  });

  test('every record id is unique, valid and carries its type key prefix', () => {
    const seen = new Set<string>();
    for (const type of Object.keys(records) as RecordType[]) {
      for (const record of records[type]) {
        assert.ok(isSalesforceId(record.Id), `${type} ${record.Id}`);
        assert.equal(record.Id.slice(0, 3), KEY_PREFIX[type], `${type} ${record.Id}`);
        assert.equal(record.attributes.type, type);
        assert.ok(!seen.has(record.Id), `duplicate ${record.Id}`);
        seen.add(record.Id);
      }
    }
  });
});

describe('referential integrity and load order', () => {
  test('every reference resolves to a record of the documented type', () => {
    const ids = new Map<RecordType, Set<string>>();
    for (const type of Object.keys(records) as RecordType[]) ids.set(type, new Set(records[type].map((r) => r.Id)));
    let checked = 0;
    for (const type of Object.keys(REFERENCES) as RecordType[]) {
      for (const { field, to } of REFERENCES[type]) {
        for (const record of records[type] as unknown as Record<string, unknown>[]) {
          const value = record[field];
          assert.ok(field in record, `${type}.${field} missing`);
          if (value === null) continue;
          assert.ok(
            ids.get(to)!.has(value as string),
            `${type} ${record.Id}: ${field} → ${String(value)} is not a ${to}`
          );
          checked++;
        }
      }
    }
    assert.ok(checked > 10_000, `only ${checked} references checked`);
  });

  test('load order puts every referenced type first, and same-type references point to earlier rows', () => {
    assert.deepEqual(
      meta.loadOrder,
      LOAD_ORDER.map((s) => s.type)
    );
    assert.deepEqual(Object.keys(records).sort(), [...meta.loadOrder].sort());
    const position = new Map(meta.loadOrder.map((t, i) => [t, i]));
    for (const type of meta.loadOrder) {
      for (const { field, to } of REFERENCES[type]) {
        if (to === type) {
          const rows = records[type] as unknown as Record<string, unknown>[];
          rows.forEach((row, i) => {
            const target = row[field];
            if (target !== null)
              assert.ok(
                rows.slice(0, i).some((r) => r.Id === target),
                `${type} row ${i} ${field}`
              );
          });
        } else if (type !== 'FiscalYearSettings') {
          // FiscalYearSettings.PeriodId ↔ Period.FiscalYearSettingsId is a cycle the platform creates itself ("configure").
          assert.ok(position.get(to)! < position.get(type)!, `${type}.${field} → ${to} loads later`);
        }
      }
    }
  });

  test('meta counts match the records', () => {
    for (const type of meta.loadOrder) assert.equal(meta.counts[type], records[type].length, type);
  });
});

describe('value ranges', () => {
  test('no NaN or Infinity anywhere; dates and datetimes are well formed', () => {
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'number') assert.ok(Number.isFinite(value), path);
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(org, 'org');
    const datetimeField =
      /(CreatedDate|LastModifiedDate|LastStageChangeDate|Scheduled_Start__c|Actual_Start__c|_At__c)$/;
    const dateField =
      /(CloseDate|ActivityDate|StartDate|EndDate|_Date__c|Reviewed_On__c|Period_Start__c|Period_End__c)$/;
    let checked = 0;
    for (const type of meta.loadOrder) {
      for (const record of records[type] as unknown as Record<string, unknown>[]) {
        for (const [field, value] of Object.entries(record)) {
          if (value === null || field === 'Local_Start_Time__c') continue;
          const pattern = datetimeField.test(field) ? DATETIME : dateField.test(field) ? DATE : null;
          if (!pattern) continue;
          assert.match(String(value), pattern, `${type}.${field}`);
          const parsed = Date.parse(pattern === DATE ? `${String(value)}T00:00:00Z` : String(value));
          assert.ok(
            Number.isFinite(parsed) && new Date(parsed).toISOString().startsWith(String(value).slice(0, 10)),
            `${type}.${field} = ${String(value)}`
          );
          checked++;
        }
      }
    }
    assert.ok(checked > 20_000, `${checked} date values checked`);
  });

  test('opportunities: stage, probability, forecast category and closed/won flags agree', () => {
    const stageByName = new Map(STAGES.map((s) => [s.name, s]));
    for (const o of records.Opportunity) {
      const stage = stageByName.get(o.StageName);
      assert.ok(stage, o.StageName);
      assert.ok(o.Probability >= 0 && o.Probability <= 100);
      assert.equal(o.Probability, stage.probability);
      assert.equal(o.IsClosed, stage.closed);
      assert.equal(o.IsWon, stage.won);
      if (o.IsWon) assert.equal(o.ForecastCategoryName, 'Closed');
      else if (o.IsClosed) assert.equal(o.ForecastCategoryName, 'Omitted');
      else assert.ok(['Pipeline', 'Best Case', 'Commit'].includes(o.ForecastCategoryName), o.ForecastCategoryName);
      assert.ok(o.Amount > 0);
      assert.equal(o.ExpectedRevenue, Math.round(o.Amount * o.Probability) / 100);
      assert.ok(o.CreatedDate <= meta.now);
      if (o.IsClosed) assert.ok(o.CloseDate <= meta.anchorDate, `${o.Id} closed in the future`);
      if (o.LastStageChangeDate) assert.ok(o.LastStageChangeDate > o.CreatedDate && o.LastStageChangeDate <= meta.now);
      if (o.LastActivityDate)
        assert.ok(o.LastActivityDate >= o.CreatedDate.slice(0, 10) && o.LastActivityDate <= meta.anchorDate);
      const quarter = quarterContaining(org, o.CloseDate);
      assert.equal(o.FiscalQuarter, quarter.Number);
      assert.equal(`Q${o.FiscalQuarter} FY${o.FiscalYear}`, quarter.FullyQualifiedLabel);
    }
    const categories = new Set(records.Opportunity.map((o) => o.ForecastCategoryName));
    assert.deepEqual([...categories].sort(), ['Best Case', 'Closed', 'Commit', 'Omitted', 'Pipeline']);
  });

  test('sessions, items, feedback, cadences and quotas respect the validation rules', () => {
    for (const s of records.Coaching_Session__c) {
      if (s.Status__c === 'Held') assert.ok(s.Actual_Start__c, `${s.Name} held without an actual start`);
      for (const [commit, best] of [
        [s.Commit_Current_Quarter__c, s.Best_Case_Current_Quarter__c],
        [s.Commit_Next_Quarter__c, s.Best_Case_Next_Quarter__c]
      ]) {
        if (commit === null) continue;
        assert.ok(commit >= 0 && best !== null && best >= commit, `${s.Name}: commit ${commit}, best case ${best}`);
      }
      assert.equal(
        s.Prepared__c,
        s.Agenda_Opened_At__c !== null && s.Agenda_Opened_At__c < (s.Actual_Start__c ?? s.Scheduled_Start__c)
      );
    }
    for (const a of records.Action_Item__c) {
      assert.equal(a.Completed_Date__c !== null, a.Status__c === 'Done', a.Name);
      assert.ok(a.Name.length <= 80);
    }
    for (const f of records.Coaching_Feedback__c) {
      for (const r of [
        f.Preparation_Rating__c,
        f.Pipeline_Insight_Rating__c,
        f.Skill_Development_Rating__c,
        f.Action_Clarity_Rating__c,
        f.Rep_Agenda_Rating__c
      ])
        assert.ok(Number.isInteger(r) && r >= 1 && r <= 5);
      assert.ok(Number.isInteger(f.Overall_Value__c) && f.Overall_Value__c >= 0 && f.Overall_Value__c <= 10);
      assert.equal(f.Session_Key__c, f.Session__c);
    }
    for (const c of records.Coaching_Cadence__c) {
      assert.ok(c.Duration_Minutes__c >= 15 && c.Duration_Minutes__c <= 120);
      assert.match(c.Local_Start_Time__c, /^\d{2}:\d{2}:00\.000Z$/);
    }
    for (const q of records.Sales_Quota__c) {
      assert.ok(q.Period_End__c > q.Period_Start__c && q.Amount__c >= 0);
      assert.equal(q.Quota_Key__c, `${q.User__c}:${q.Period_Start__c}`);
    }
    for (const r of records.Deal_Review__c) assert.equal(r.Review_Key__c, `${r.Opportunity__c}:${r.Review_Type__c}`);
    assert.equal(new Set(records.Deal_Review__c.map((r) => r.Review_Key__c)).size, records.Deal_Review__c.length);
  });
});

describe('opportunity history', () => {
  test('history replays to each opportunity: first row at creation, last row = current state, PushCount and LastStageChangeDate agree', () => {
    const history = historyByOpportunity(org);
    const monthOf = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
    for (const o of records.Opportunity) {
      const rows = history.get(o.Id)!;
      assert.ok(rows.length >= 2 || !o.IsClosed, `${o.Id} closed without a closing row`);
      assert.equal(rows[0].CreatedDate, o.CreatedDate);
      assert.equal(rows[0].PrevAmount, null);
      const last = rows[rows.length - 1];
      assert.deepEqual(
        [last.StageName, last.Amount, last.CloseDate, last.Probability, last.ForecastCategory],
        [o.StageName, o.Amount, o.CloseDate, o.Probability, FORECAST_CATEGORY_VALUE[o.ForecastCategoryName]]
      );
      let pushes = 0;
      let lastStageChange: string | null = null;
      for (let i = 1; i < rows.length; i++) {
        assert.equal(rows[i].PrevAmount, rows[i - 1].Amount);
        assert.equal(rows[i].PrevCloseDate, rows[i - 1].CloseDate);
        if (monthOf(rows[i].CloseDate) > monthOf(rows[i].PrevCloseDate!)) pushes++;
        if (rows[i].StageName !== rows[i - 1].StageName) lastStageChange = rows[i].CreatedDate;
      }
      assert.equal(o.PushCount, pushes, o.Id);
      assert.equal(o.LastStageChangeDate, lastStageChange, o.Id);
      assert.ok(rows.every((r) => r.CreatedById === o.OwnerId && r.CurrencyIsoCode === o.CurrencyIsoCode));
    }
  });
});

describe('accounts', () => {
  test('existing, dormant and new-logo accounts all occur, and an account is a customer exactly when it has won', () => {
    const classes = accountClasses(org);
    const counts = { existing: 0, dormant: 0, newLogo: 0 };
    for (const c of classes.values()) counts[c]++;
    assert.ok(counts.existing >= 20 && counts.dormant >= 5 && counts.newLogo >= 20, JSON.stringify(counts));
    for (const a of records.Account) assert.equal(a.Type === 'Prospect', classes.get(a.Id) === 'newLogo', a.Name);
  });

  test('account activity is the latest activity of its opportunities', () => {
    const latest = new Map<string, string>();
    for (const o of records.Opportunity)
      if (o.LastActivityDate && (latest.get(o.AccountId) ?? '') < o.LastActivityDate)
        latest.set(o.AccountId, o.LastActivityDate);
    for (const a of records.Account) assert.equal(a.LastActivityDate, latest.get(a.Id) ?? null, a.Name);
  });
});

describe('multi-currency', () => {
  test('corporate USD with EUR and GBP, used by accounts and opportunities', () => {
    assert.deepEqual(records.CurrencyType.map((c) => c.IsoCode).sort(), ['EUR', 'GBP', 'USD']);
    assert.deepEqual(
      records.CurrencyType.filter((c) => c.IsCorporate).map((c) => [c.IsoCode, c.ConversionRate]),
      [['USD', 1]]
    );
    const oppCurrencies = new Set(records.Opportunity.map((o) => o.CurrencyIsoCode));
    assert.deepEqual([...oppCurrencies].sort(), ['EUR', 'GBP', 'USD']);
    for (const o of records.Opportunity)
      assert.equal(o.CurrencyIsoCode, records.Account.find((a) => a.Id === o.AccountId)!.CurrencyIsoCode);
  });

  test('dated rates tile time per currency and the current rate equals CurrencyType', () => {
    for (const iso of ['EUR', 'GBP']) {
      const rows = records.DatedConversionRate.filter((r) => r.IsoCode === iso).sort((a, b) =>
        a.StartDate.localeCompare(b.StartDate)
      );
      assert.ok(rows.length >= 2);
      assert.equal(rows[0].StartDate, '0001-01-01');
      assert.equal(rows[rows.length - 1].NextStartDate, '9999-12-31');
      for (let i = 1; i < rows.length; i++) assert.equal(rows[i - 1].NextStartDate, rows[i].StartDate);
      const current = rows.find((r) => r.StartDate <= meta.anchorDate && meta.anchorDate < r.NextStartDate)!;
      assert.equal(records.CurrencyType.find((c) => c.IsoCode === iso)!.ConversionRate, current.ConversionRate);
    }
  });
});

describe('fiscal year', () => {
  test('fiscal years start on 1 February and the anchor falls in Q4 FY2027', () => {
    assert.equal(records.Organization[0].FiscalYearStartMonth, 2);
    for (const y of records.FiscalYearSettings) {
      assert.equal(y.StartDate.slice(5), '02-01');
      // Named after the year it ends in: FY starting 2026-02-01 ends 2027-01-31 → "2027".
      assert.equal(y.Name, y.EndDate.slice(0, 4));
    }
    // Quarters of a February year: Feb–Apr, May–Jul, Aug–Oct, Nov–Jan; 2026-11-24 is in Nov 2026–Jan 2027.
    const q = quarterContaining(org, meta.anchorDate);
    assert.deepEqual([q.FullyQualifiedLabel, q.StartDate, q.EndDate], ['Q4 FY2027', '2026-11-01', '2027-01-31']);
  });

  test('quarters are contiguous, four per year, and every close date and quota period has one', () => {
    const quarters = quarterPeriods(org);
    for (let i = 1; i < quarters.length; i++) {
      const nextDay = new Date(Date.parse(`${quarters[i - 1].EndDate}T00:00:00Z`) + 86_400_000)
        .toISOString()
        .slice(0, 10);
      assert.equal(quarters[i].StartDate, nextDay);
    }
    for (const y of records.FiscalYearSettings)
      assert.equal(quarters.filter((q) => q.FiscalYearSettingsId === y.Id).length, 4);
    for (const o of records.Opportunity) quarterContaining(org, o.CloseDate);
    for (const q of records.Sales_Quota__c) {
      const period = quarterContaining(org, q.Period_Start__c);
      assert.deepEqual([period.StartDate, period.EndDate], [q.Period_Start__c, q.Period_End__c]);
    }
  });

  test('the eight quarters before and after today are periods, as the leader’s longest trend asks for them', () => {
    // Q4 FY2027 (Nov 2026 – Jan 2027) holds the anchor: 8 quarters back is Q4 FY2025 (from Nov 2024), 8 ahead is
    // Q4 FY2029 (to Jan 2029); a year is defined whole, so the periods run from FY2025 through FY2029.
    const quarters = quarterPeriods(org);
    const current = quarters.findIndex((q) => q.StartDate <= meta.anchorDate && meta.anchorDate <= q.EndDate);
    assert.ok(current >= 8, `${current} quarters before the current one`);
    assert.ok(quarters.length - current - 1 >= 8, `${quarters.length - current - 1} quarters after it`);
    assert.equal(quarters[current - 8].StartDate, '2024-11-01');
    assert.equal(quarters[current + 8].EndDate, '2029-01-31');
    // On any anchor, not only the default one.
    const moved = generateDemoOrg({ anchorDate: '2027-03-10', snapshots: false });
    const movedQuarters = quarterPeriods(moved);
    const at = movedQuarters.findIndex((q) => q.StartDate <= '2027-03-10' && '2027-03-10' <= q.EndDate);
    assert.ok(at >= 8 && movedQuarters.length - at - 1 >= 8);
  });

  test('each active rep has 250,000 USD per quarter from the first history quarter to the next quarter', () => {
    // 8 history quarters + the current one + the next one = 10 quota rows per rep; 4 × 250,000 = 1,000,000 a year.
    for (const repId of meta.scenario.repIds) {
      const quotas = records.Sales_Quota__c.filter((q) => q.User__c === repId);
      assert.equal(quotas.length, 10);
      assert.ok(quotas.every((q) => q.Amount__c === 250_000 && q.CurrencyIsoCode === 'USD'));
    }
  });
});

describe('people and permissions', () => {
  test('1 leader, 2 managers, 9 reps (5 + 4), an admin and an inactive former rep', () => {
    const s = meta.scenario;
    assert.deepEqual(
      s.teams.map((t) => t.repIds.length),
      [5, 4]
    );
    assert.equal(records.User.length, 1 + 2 + 9 + 1 + 1);
    assert.equal(userById.get(s.leaderId)!.ManagerId, null);
    for (const team of s.teams) {
      assert.equal(userById.get(team.managerId)!.ManagerId, s.leaderId);
      for (const repId of team.repIds) assert.equal(userById.get(repId)!.ManagerId, team.managerId);
    }
    assert.deepEqual(
      s.inactiveUserIds.map((id) => userById.get(id)!.IsActive),
      [false]
    );
    assert.ok(records.User.filter((u) => u.UserRoleId === null).length >= 3);
    assert.ok(new Set(records.User.map((u) => u.TimeZoneSidKey)).size >= 6);
    assert.deepEqual(new Set(records.User.map((u) => u.DefaultCurrencyIsoCode)), new Set(['USD', 'EUR', 'GBP']));
    assert.equal(new Set(records.User.map((u) => u.Username)).size, records.User.length);
  });

  test('permission sets by persona; managers are also reps of the leader', () => {
    const sets = (userId: string): string[] =>
      records.PermissionSetAssignment.filter((a) => a.AssigneeId === userId)
        .map((a) => a.PermissionSet.Name)
        .sort();
    const s = meta.scenario;
    assert.deepEqual(sets(s.leaderId), ['Coaching_Leader']);
    for (const m of s.managerIds) assert.deepEqual(sets(m), ['Coaching_Manager', 'Coaching_Rep']);
    for (const r of s.repIds) assert.deepEqual(sets(r), ['Coaching_Rep']);
    assert.deepEqual(sets(s.adminId), ['Coaching_Admin', 'Coaching_Leader']);
    for (const a of records.PermissionSetAssignment)
      assert.equal(records.PermissionSet.find((p) => p.Id === a.PermissionSetId)!.Name, a.PermissionSet.Name);
  });
});

describe('the coaching rhythm', () => {
  const s = meta.scenario;
  const sessionsOf = (repId: string) => records.Coaching_Session__c.filter((x) => x.Rep__c === repId);

  test('every pair but one has a cadence; the leader has one with each manager', () => {
    const pairs = new Set(records.Coaching_Cadence__c.map((c) => `${c.Manager__c}:${c.Rep__c}`));
    const repPairs = s.teams.flatMap((t) => t.repIds.map((r) => `${t.managerId}:${r}`));
    assert.deepEqual(
      repPairs.filter((p) => !pairs.has(p)),
      [`${s.pairWithoutCadence!.managerId}:${s.pairWithoutCadence!.repId}`]
    );
    for (const m of s.managerIds) assert.ok(pairs.has(`${s.leaderId}:${m}`));
    assert.equal(sessionsOf(s.pairWithoutCadence!.repId).length, 0);
    assert.ok(new Set(records.Coaching_Cadence__c.map((c) => c.Time_Zone__c)).size >= 3);
  });

  test('each cadence has one slot a week over the last ten weeks plus exactly one upcoming Planned session', () => {
    for (const c of records.Coaching_Cadence__c) {
      const sessions = records.Coaching_Session__c.filter((x) => x.Cadence__c === c.Id);
      const planned = sessions.filter((x) => x.Status__c === 'Planned');
      assert.equal(planned.length, 1, c.Name);
      assert.ok(planned[0].Scheduled_Start__c > meta.now);
      assert.ok(sessions.every((x) => x.Status__c === 'Planned' || x.Scheduled_Start__c < meta.now));
      // The window [now − 70 days, now) holds exactly 10 occurrences of a weekly slot, + 1 planned = 11 slots;
      // each rescheduled slot adds the session it was moved to.
      const rescheduled = sessions.filter((x) => x.Status__c === 'Rescheduled').length;
      assert.equal(sessions.length - rescheduled, 11, c.Name);
    }
  });

  test('mostly held with notes, sections and forecasts; some skipped and rescheduled; most but not all prepared', () => {
    const repSessions = records.Coaching_Session__c.filter((x) => s.repIds.includes(x.Rep__c));
    const byStatus = (st: string) => repSessions.filter((x) => x.Status__c === st);
    const held = byStatus('Held');
    assert.ok(held.length > repSessions.length * 0.6);
    assert.ok(byStatus('Skipped').length >= 3 && byStatus('Rescheduled').length >= 2);
    for (const h of held) {
      assert.ok(h.Notes__c && h.Sections_Reviewed__c?.includes('Opportunity_Review'));
      assert.ok(h.Commit_Current_Quarter__c !== null && h.Best_Case_Next_Quarter__c !== null, h.Name);
      // The forecast is for the fiscal quarter the 1:1 was held in (UTC date; no 1:1 is near midnight).
      const quarter = quarterContaining(org, h.Actual_Start__c!.slice(0, 10));
      assert.deepEqual([h.Forecast_Period_Start__c, h.Forecast_Period_End__c], [quarter.StartDate, quarter.EndDate]);
    }
    const prepared = held.filter((h) => h.Prepared__c).length / held.length;
    assert.ok(prepared > 0.55 && prepared < 0.95, `prepared share ${prepared}`);
    for (const x of byStatus('Skipped').concat(byStatus('Rescheduled'))) assert.ok(x.Status_Reason__c);
  });

  test('one manager is rated visibly lower by their reps', () => {
    const mean = (managerId: string): number => {
      const rows = records.Coaching_Feedback__c.filter((f) => f.Manager__c === managerId);
      const all = rows.flatMap((f) => [
        f.Preparation_Rating__c,
        f.Pipeline_Insight_Rating__c,
        f.Skill_Development_Rating__c,
        f.Action_Clarity_Rating__c,
        f.Rep_Agenda_Rating__c
      ]);
      return all.reduce((a, b) => a + b, 0) / all.length;
    };
    const lower = s.lowerRatedManagerId!;
    const other = s.managerIds.find((m) => m !== lower)!;
    assert.ok(mean(other) - mean(lower) >= 0.8, `${mean(other)} vs ${mean(lower)}`);
    const heldWithFeedback = new Set(records.Coaching_Feedback__c.map((f) => f.Session__c));
    const held = records.Coaching_Session__c.filter((x) => x.Status__c === 'Held');
    assert.ok(heldWithFeedback.size > held.length / 2 && heldWithFeedback.size < held.length);
  });

  test('action items: done, open and past due; deal-linked ones carry the deal as it was when agreed', () => {
    const items = records.Action_Item__c;
    const status = (st: string) => items.filter((a) => a.Status__c === st).length;
    assert.ok(status('Done') > 10 && status('Open') > 5 && status('In Progress') > 2);
    assert.ok(
      items.some((a) => a.Status__c !== 'Done' && a.Status__c !== 'Cancelled' && a.Due_Date__c < meta.anchorDate)
    );
    const history = historyByOpportunity(org);
    const linked = items.filter((a) => a.Opportunity__c);
    assert.ok(linked.length > 10 && items.some((a) => a.Account__c && !a.Opportunity__c));
    for (const a of linked) {
      // Independent: the last history row written before the 1:1 in which the item was agreed.
      const session = records.Coaching_Session__c.find((x) => x.Id === a.Session__c)!;
      const row = history
        .get(a.Opportunity__c!)!
        .filter((r) => r.CreatedDate <= session.Actual_Start__c!)
        .pop()!;
      assert.deepEqual(
        [a.Baseline_Stage__c, a.Baseline_Close_Date__c, a.Baseline_Amount__c],
        [row.StageName, row.CloseDate, row.Amount]
      );
      assert.equal(a.Account__c, oppById.get(a.Opportunity__c!)!.AccountId);
    }
  });

  test('deal reviews document some lost and disengaged deals but leave others missing', () => {
    const lostSince = records.Opportunity.filter(
      (o) => o.StageName === 'Closed Lost' && o.CloseDate >= '2026-09-15' && s.repIds.includes(o.OwnerId)
    );
    const reviewed = new Set(
      records.Deal_Review__c.filter((r) => r.Review_Type__c === 'Lost').map((r) => r.Opportunity__c)
    );
    const missing = lostSince.filter((o) => !reviewed.has(o.Id));
    assert.ok(missing.length >= 3 && missing.length < lostSince.length, `${missing.length} of ${lostSince.length}`);
    const disengaged = records.Deal_Review__c.filter((r) => r.Review_Type__c === 'Disengaged');
    assert.ok(disengaged.length >= 2);
    for (const r of disengaged) assert.equal(oppById.get(r.Opportunity__c)!.IsClosed, false);
    for (const r of records.Deal_Review__c.filter((x) => x.Review_Type__c === 'Lost'))
      assert.equal(oppById.get(r.Opportunity__c)!.StageName, 'Closed Lost');
  });
});

describe('daylight saving time', () => {
  test('London and New York cadences keep their local time while UTC shifts across the DST changes', () => {
    // BST ended 2026-10-25 (UTC+1 → UTC+0); EDT ended 2026-11-01 (UTC−4 → UTC−5). The 10-week window from
    // 2026-09-15 spans both, so each pair's scheduled UTC hour takes two values an hour apart.
    const expectedOffsets: Record<string, number[]> = { 'Europe/London': [0, 60], 'America/New_York': [-300, -240] };
    for (const [zone, cadenceId] of Object.entries(meta.scenario.dstCadences)) {
      const cadence = records.Coaching_Cadence__c.find((c) => c.Id === cadenceId)!;
      assert.equal(cadence.Time_Zone__c, zone);
      const offsets = new Set<number>();
      for (const x of records.Coaching_Session__c.filter((y) => y.Cadence__c === cadenceId)) {
        const { hhmm, offsetMinutes } = wallClock(x.Scheduled_Start__c, zone);
        assert.equal(hhmm, cadence.Local_Start_Time__c.slice(0, 5), `${x.Name} ${x.Scheduled_Start__c}`);
        offsets.add(offsetMinutes);
      }
      assert.deepEqual(
        [...offsets].sort((a, b) => a - b),
        expectedOffsets[zone],
        zone
      );
    }
    assert.deepEqual(Object.keys(meta.scenario.dstCadences).sort(), ['America/New_York', 'Europe/London']);
  });
});

describe('options', () => {
  test('bad sizes and anchors are refused with a clear message', () => {
    assert.throws(() => generateDemoOrg({ seed: -1 }), InvalidOptionsError);
    assert.throws(() => generateDemoOrg({ anchorDate: '2026-13-01' }), /not a real calendar date/);
    assert.throws(
      () => generateDemoOrg({ sizes: { managers: 2, repsPerManager: [5] } }),
      /lists 1 teams but managers is 2/
    );
    assert.throws(() => generateDemoOrg({ sizes: { accounts: 5 } }), /accounts must be a whole number from 19/);
  });

  test('a big team mix scales: 200 reps in teams of five, every profile present', () => {
    const big: DemoOrg = generateDemoOrg({
      sizes: {
        managers: 40,
        repsPerManager: 5,
        opportunitiesPerRepPerQuarter: 2,
        quartersOfHistory: 2,
        sessionWeeks: 2
      }
    });
    assert.equal(big.meta.scenario.repIds.length, 200);
    const profiles = Object.values(big.meta.scenario.repProfiles);
    for (const p of ['star', 'leadGenerationGap', 'dealHider', 'slipper', 'poorConverter', 'ordinary'])
      assert.ok(profiles.filter((x) => x === p).length >= 20, p);
    assert.equal(new Set(big.records.User.map((u) => u.Username)).size, big.records.User.length);
    assert.equal(new Set(big.records.Account.map((a) => a.Name)).size, big.records.Account.length);
  });
});
