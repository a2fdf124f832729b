import CoachingAgenda from 'c/coachingAgenda';
import { graphql } from 'lightning/graphql';
import { createRecord, getRecord, updateRecord } from 'lightning/uiRecordApi';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import apexGetSettings from '@salesforce/apex/CoachingSettingsService.getSettings';
import apexGetQuarters from '@salesforce/apex/FiscalPeriodService.getQuarters';
import apexGetHistory from '@salesforce/apex/OpportunityHistoryService.getHistory';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { objectInfo } from '@test/utils/objectInfo';
import { ldsAdapter } from '@test/utils/wires';
import { RUN_FIELDS } from 'c/agendaSession';
import { fieldApiName } from 'c/recordInput';
import AGENDA from './data/graphqlRepAgenda.json';
import USER_RECORD from './data/getRecord.json';
import SETTINGS from './data/getSettings.json';
import QUARTERS from './data/getQuarters.json';
import HISTORY from './data/getHistory.json';

jest.mock('@salesforce/apex/CoachingSettingsService.getSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/FiscalPeriodService.getQuarters', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/OpportunityHistoryService.getHistory', () => ({ default: jest.fn() }), { virtual: true });
// The history messages with their placeholders, so the tests can read the dates and counts filled into them.
jest.mock('@salesforce/label/c.Coaching_History_Close_Dates', () => ({ default: 'Close date moves: {0}' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.Coaching_History_Truncated', () => ({ default: 'Only the first {0} changes.' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.Coaching_History_Failed', () => ({ default: 'History failed: {0}' }), {
  virtual: true
});

// The accessibility scan of a whole agenda takes seconds under coverage instrumentation (a slow check, not a slow
// component: the render itself is measured by the preview benchmark).
jest.setTimeout(30_000);

type Filter = (config: Record<string, unknown>) => boolean;
const graphqlAdapter = graphql as unknown as {
  emit: (value: unknown, filter?: Filter, refresh?: () => Promise<void>) => void;
  emitErrors: (errors: unknown, filter?: Filter) => void;
  getLastConfig: () => { variables?: Record<string, unknown> };
};
const userAdapter = getRecord as unknown as { emit: (value: unknown) => void };
const objectInfoAdapter = ldsAdapter(getObjectInfo);
const mockUpdate = updateRecord as unknown as jest.Mock;
const mockCreate = createRecord as unknown as jest.Mock;
const mockSettings = apexGetSettings as unknown as jest.Mock;
const mockQuarters = apexGetQuarters as unknown as jest.Mock;
const mockHistory = apexGetHistory as unknown as jest.Mock;

// Tuesday 2026-11-24 15:00Z. Ana's weekly 1:1 is Thursday 10:00 New York = Thu 2026-11-26 15:00Z (EST).
const NOW = '2026-11-24T15:00:00.000Z';
const ANA = '005000000000000ANA';
const MANAGER = '005000000000000000'; // the running user in sfdx-lwc-jest
const PLANNED = 'a02000000000PLANAN';
const forAgenda: Filter = (config) => config.operationName === 'repAgenda';

type Agenda = typeof AGENDA;
const clone = (): Agenda => JSON.parse(JSON.stringify(AGENDA)) as Agenda;
const NETWORK_ERROR = { body: { message: 'Network error: the request timed out' } };

async function load(
  data: unknown = AGENDA,
  user: unknown = USER_RECORD,
  refresh?: () => Promise<void>
): Promise<HTMLElement & Record<string, any>> {
  const el = mount('c-coaching-agenda', CoachingAgenda, { recordId: ANA });
  await flushPromises();
  userAdapter.emit(user);
  await flushPromises();
  graphqlAdapter.emit(data, forAgenda, refresh);
  await flushPromises();
  return el;
}

const fieldsOfCall = (mock: jest.Mock, predicate: (fields: Record<string, unknown>) => boolean) =>
  mock.mock.calls.map((c) => c[0].fields as Record<string, unknown>).filter(predicate);

function typeNotes(el: HTMLElement, text: string): HTMLElement & { value: string } {
  const notes = byId(el, 'notes') as HTMLElement & { value: string };
  notes.dispatchEvent(new CustomEvent('change', { detail: { value: text } }));
  return notes;
}

describe('c-coaching-agenda', () => {
  beforeEach(() => {
    jest.useFakeTimers({
      doNotFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'queueMicrotask', 'nextTick', 'performance'],
      now: new Date(NOW)
    });
    mockSettings.mockResolvedValue(SETTINGS);
    mockQuarters.mockResolvedValue(QUARTERS);
    mockHistory.mockResolvedValue(HISTORY);
    mockUpdate.mockResolvedValue({});
    mockCreate.mockResolvedValue({ id: 'a02NEW' });
  });
  afterEach(() => {
    cleanup();
    jest.useRealTimers();
    jest.clearAllMocks();
  });

  it('shows the seven sections with links and questions, and records that the agenda was opened before the 1:1', async () => {
    const el = await load();
    expect(byId(el, 'root')!.getAttribute('data-agenda-ready')).toBe('true');
    expect(byId(el, 'title')!.textContent).toBe('c.Coaching_Agenda_Title');
    const sections = allById(el, 'section') as (HTMLElement & { section: { key: string; items: unknown[] } })[];
    expect(sections.map((s) => s.section.key)).toEqual([
      'Action_Items',
      'Lost_Disengaged',
      'Opportunity_Review',
      'Pipeline_Risk',
      'Account_Priorities',
      'Skills',
      'Forecast'
    ]);
    // Umbrella was lost on 2026-11-20, after the last 1:1 (2026-11-19), without a root cause: it is on the agenda
    // with a link to the deal, and the manager can document the root cause in place.
    const lost = sections[1].section as unknown as { items: { title: string; links: { recordId: string }[] }[] };
    expect(lost.items.map((i) => i.links[0].recordId)).toContain('006000000000UMBREL');
    expect(allById(el, 'document-review')).toHaveLength(1);
    // The planned 1:1 (Thu 26 Nov) had not been opened: opening it now, before its start, is recorded.
    expect(fieldsOfCall(mockUpdate, (f) => 'Agenda_Opened_At__c' in f)).toEqual([
      { Id: PLANNED, Agenda_Opened_At__c: NOW }
    ]);
    await expect(el).toBeAccessible();
  });

  it('shows what changed since the last held 1:1 from its snapshot, and the health trend', async () => {
    const el = await load();
    type Changes = { rows: { name: string; kinds: string; details: string }[] };
    const panel = byId(el, 'changes') as HTMLElement & { changes: Changes };
    const view = panel.changes;
    const globex = view.rows.find((r) => r.name === 'Globex platform')!;
    // Snapshot of 19 Nov: 120,000 closing 2026-12-01. Now: 100,000 closing 2026-12-15 → pushed 14 days, −20,000.
    expect(globex.kinds).toBe('c.Coaching_Change_Pushed, c.Coaching_Change_Amount_Down');
    expect(globex.details).toBe('c.Coaching_Change_Pushed_By · −$20K');
    expect(view.rows.map((r) => r.name)).toContain('Initech pilot'); // created 21 Nov: new since the snapshot
    const trend = byId(el, 'trend') as HTMLElement & { points: { value: number | null }[] };
    expect(trend.points[0].value).toBe(55); // the health stored when the 19 Nov 1:1 was held
    expect(trend.points).toHaveLength(2); // that 1:1, then today
  });

  describe('opportunity history since the last held 1:1', () => {
    type Row = { name: string; kinds: string; details: string; history: string };
    const changesOf = (el: HTMLElement) =>
      byId(el, 'changes') as HTMLElement & {
        changes: { rows: Row[] } | null;
        historyNote: string;
        historyFailed: boolean;
      };
    const row = (el: HTMLElement, name: string): Row | undefined =>
      changesOf(el).changes?.rows.find((r) => r.name === name);

    it('asks for the rep’s history since that 1:1 and adds every close-date move the snapshot diff cannot show', async () => {
      const el = await load();
      expect(mockHistory).toHaveBeenCalledWith({
        ownerIds: [ANA],
        since: '2026-11-19T15:00:00.000Z',
        pageSize: 2000,
        cursor: null
      });
      // The diff says "pushed 14 days" (1 Dec → 15 Dec); history shows it moved twice.
      const globex = row(el, 'Globex platform')!;
      expect(globex.details).toBe('c.Coaching_Change_Pushed_By · −$20K');
      expect(globex.history).toBe('Close date moves: Dec 1, 2026 → Dec 8, 2026 → Dec 15, 2026');
      // Initech's only row is its creation, which the diff already reports as new: nothing added, no second row.
      expect(row(el, 'Initech pilot')!.history).toBe('');
      const names = changesOf(el).changes!.rows.map((r) => r.name);
      expect(new Set(names).size).toBe(names.length);
      // Rendered under the deal's details, linked to the record through the row header.
      const panel = byId(el, 'changes')!;
      const rendered = allById(panel, 'row').find((r) => r.textContent!.includes('Close date moves'))!;
      expect((rendered.querySelector('c-record-link') as HTMLElement & { recordId: string }).recordId).toBe(
        '006000000000GLOBEX'
      );
      expect(byId(panel, 'history-note')).toBeNull();
      await expect(el).toBeAccessible();
    });

    it('with no history rows, shows the snapshot diff alone; with no held 1:1, does not ask', async () => {
      mockHistory.mockResolvedValue({ entries: [], truncated: false, pageSize: 2000 });
      const el = await load();
      expect(row(el, 'Globex platform')!.history).toBe('');
      expect(changesOf(el).historyNote).toBe('');
      cleanup();
      mockHistory.mockClear();
      const data = clone();
      data.uiapi.query.Coaching_Session__c.edges = data.uiapi.query.Coaching_Session__c.edges.filter(
        (e) => e.node.Status__c.value !== 'Held'
      );
      data.uiapi.query.Snapshots.edges = [];
      const fresh = await load(data);
      expect(mockHistory).not.toHaveBeenCalled();
      expect(changesOf(fresh).changes).toBeNull();
    });

    it('says so when history has more rows than the agenda reads', async () => {
      // Every page says there is more: the agenda stops after five pages of 2,000 and reports the rows it has.
      mockHistory.mockImplementation(({ cursor }: { cursor: string | null }) => {
        const page = Number(cursor ?? 0);
        return Promise.resolve({
          entries: HISTORY.entries.map((e) => ({ ...e, id: `${e.id.slice(0, 15)}P${page}X` })),
          truncated: true,
          nextCursor: String(page + 1),
          pageSize: 2000
        });
      });
      const el = await load();
      expect(mockHistory).toHaveBeenCalledTimes(5);
      const panel = changesOf(el);
      expect([panel.historyNote, panel.historyFailed]).toEqual(['Only the first 20 changes.', false]);
      expect(byId(panel, 'history-note')!.textContent).toBe('Only the first 20 changes.');
      await expect(el).toBeAccessible();
    });

    it('when the history call fails, says why and keeps the rest of the agenda working', async () => {
      mockHistory.mockRejectedValue({
        body: { message: 'You do not have access to the Apex class named: OpportunityHistoryService' }
      });
      const el = await load();
      const panel = changesOf(el);
      expect(panel.historyFailed).toBe(true);
      expect(panel.historyNote).toBe(
        'History failed: You do not have access to the Apex class named: OpportunityHistoryService'
      );
      // The snapshot diff, the sections and the 1:1 controls are all still there.
      expect(row(el, 'Globex platform')!.kinds).toBe('c.Coaching_Change_Pushed, c.Coaching_Change_Amount_Down');
      expect(allById(el, 'section')).toHaveLength(7);
      expect(byId(el, 'status-panel')).not.toBeNull();
      expect(byId(el, 'error')).toBeNull();
      await expect(el).toBeAccessible();
    });
  });

  it('lists the rep’s open action items with what moved on the linked deal since they were agreed', async () => {
    const el = await load();
    const list = byId(el, 'action-items') as HTMLElement & {
      items: { subject: string; progress: string | null }[];
      canComplete: boolean;
    };
    expect(list.items.map((i) => i.subject)).toEqual(['Send the revised proposal']);
    expect(list.items[0].progress).toContain('stage Proposal/Price Quote → Negotiation/Review');
    expect(list.canComplete).toBe(true);
  });

  it('keeps the typed notes and says so when saving them fails, then saves on retry', async () => {
    mockUpdate.mockImplementation((input: { fields: Record<string, unknown> }) => {
      return 'Notes__c' in input.fields ? Promise.reject(NETWORK_ERROR) : Promise.resolve({});
    });
    const el = await load();
    const notes = typeNotes(el, 'Globex: legal review by Friday');
    notes.dispatchEvent(new CustomEvent('blur'));
    await flushPromises();
    expect(byId(el, 'save-state')!.textContent).toBe('c.Coaching_Save_Failed_Kept');
    expect((byId(el, 'notes') as HTMLElement & { value: string }).value).toBe('Globex: legal review by Friday');
    expect(byId(el, 'retry-save')).not.toBeNull();
    await expect(el).toBeAccessible();
    mockUpdate.mockImplementation(() => Promise.resolve({}));
    byId(el, 'retry-save')!.click();
    await flushPromises();
    expect(byId(el, 'save-state')!.textContent).toBe('c.Coaching_Save_Done');
    expect(fieldsOfCall(mockUpdate, (f) => 'Notes__c' in f).pop()).toEqual({
      Id: PLANNED,
      Notes__c: 'Globex: legal review by Friday'
    });
  });

  it('saves ticked sections with the notes as the 1:1 goes', async () => {
    const el = await load();
    const sections = allById(el, 'section');
    sections[0].dispatchEvent(new CustomEvent('reviewedchange', { detail: { key: 'Action_Items', reviewed: true } }));
    sections[6].dispatchEvent(new CustomEvent('reviewedchange', { detail: { key: 'Forecast', reviewed: true } }));
    typeNotes(el, 'Good call').dispatchEvent(new CustomEvent('blur'));
    await flushPromises();
    expect(fieldsOfCall(mockUpdate, (f) => 'Notes__c' in f)).toEqual([
      { Id: PLANNED, Notes__c: 'Good call', Sections_Reviewed__c: 'Action_Items;Forecast' }
    ]);
  });

  it('refuses a negative or non-numeric forecast with a message, and records a valid one for the fiscal quarter', async () => {
    const el = await load();
    const form = byId(el, 'forecast-form') as HTMLElement & { errors: Record<string, string>; status: string };
    const set = (field: string, value: string): void => {
      form.dispatchEvent(new CustomEvent('forecastchange', { detail: { field, value } }));
    };
    set('commitCurrent', '-5000');
    set('bestCaseCurrent', 'lots');
    form.dispatchEvent(new CustomEvent('forecastsave'));
    await flushPromises();
    expect(form.errors).toEqual({
      commitCurrent: 'c.Coaching_Forecast_Negative',
      bestCaseCurrent: 'c.Coaching_Forecast_Not_Number'
    });
    expect(fieldsOfCall(mockUpdate, (f) => 'Commit_Current_Quarter__c' in f)).toHaveLength(0);
    set('commitCurrent', '250000');
    set('bestCaseCurrent', '320000');
    form.dispatchEvent(new CustomEvent('forecastsave'));
    await flushPromises();
    expect(fieldsOfCall(mockUpdate, (f) => 'Commit_Current_Quarter__c' in f)).toEqual([
      {
        Id: PLANNED,
        Commit_Current_Quarter__c: 250000,
        Best_Case_Current_Quarter__c: 320000,
        Commit_Next_Quarter__c: null,
        Best_Case_Next_Quarter__c: null,
        Forecast_Period_Start__c: '2026-11-01',
        Forecast_Period_End__c: '2027-01-31'
      }
    ]);
    expect(form.status).toBe('c.Coaching_Forecast_Saved');
  });

  it('marks the 1:1 held once, with snapshot, metrics, notes and forecast in one write, even on a double click', async () => {
    let resolveHeld: (v: unknown) => void = () => undefined;
    mockUpdate.mockImplementation((input: { fields: Record<string, unknown> }) => {
      return input.fields.Status__c === 'Held' ? new Promise((r) => (resolveHeld = r)) : Promise.resolve({});
    });
    const el = await load();
    typeNotes(el, 'Agreed next steps');
    const form = byId(el, 'forecast-form')!;
    form.dispatchEvent(new CustomEvent('forecastchange', { detail: { field: 'commitCurrent', value: '90000' } }));
    const panel = byId(el, 'status-panel')!;
    const actualStart = '2026-11-24T14:30:00.000Z';
    panel.dispatchEvent(new CustomEvent('markheld', { detail: { actualStart } }));
    panel.dispatchEvent(new CustomEvent('markheld', { detail: { actualStart } }));
    resolveHeld({});
    await flushPromises();
    const held = fieldsOfCall(mockUpdate, (f) => f.Status__c === 'Held');
    expect(held).toHaveLength(1);
    const fields = held[0];
    expect(fields).toEqual(
      expect.objectContaining({
        Id: PLANNED,
        Actual_Start__c: actualStart,
        Snapshot_Version__c: 1,
        Notes__c: 'Agreed next steps',
        Commit_Current_Quarter__c: 90000,
        Forecast_Period_Start__c: '2026-11-01'
      })
    );
    const snapshot = JSON.parse(fields.Snapshot__c as string);
    expect(snapshot.r).toBe(ANA);
    expect(snapshot.d.map((d: { i: string }) => d.i)).toContain('006000000000GLOBEX');
    expect(typeof fields.Health_Score__c).toBe('number');
    expect(typeof fields.Main_Gap__c).toBe('string');
    // Coverage stored with two decimals: 150,000 ÷ 75,000 = 2.
    expect(fields.Coverage_Current_Quarter__c).toBe(2);
    expect(mockCreate).not.toHaveBeenCalled();
    expect(byId(el, 'status-message')!.textContent!.trim()).toBe('c.Coaching_Held_Done');
  });

  it('keeps the notes and shows the error when marking held fails; nothing partial is saved', async () => {
    const heldRefused = {
      body: { output: { errors: [{ message: 'Enter the Actual Start to mark this 1:1 as Held.' }] } }
    };
    mockUpdate.mockImplementation((input: { fields: Record<string, unknown> }) => {
      return input.fields.Status__c === 'Held' ? Promise.reject(heldRefused) : Promise.resolve({});
    });
    const el = await load();
    typeNotes(el, 'Notes typed during the 1:1');
    byId(el, 'status-panel')!.dispatchEvent(new CustomEvent('markheld', { detail: { actualStart: NOW } }));
    await flushPromises();
    const panel = byId(el, 'action-error') as HTMLElement & { friendlyMessage: string; errors: unknown };
    expect(panel.friendlyMessage).toBe('c.Coaching_Held_Failed');
    expect(JSON.stringify(panel.errors)).toContain('Actual Start');
    expect((byId(el, 'notes') as HTMLElement & { value: string }).value).toBe('Notes typed during the 1:1');
    expect(byId(el, 'status-panel')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('refuses to mark held while the forecast is invalid, writing nothing', async () => {
    const el = await load();
    byId(el, 'forecast-form')!.dispatchEvent(
      new CustomEvent('forecastchange', { detail: { field: 'commitNext', value: '-1' } })
    );
    byId(el, 'status-panel')!.dispatchEvent(new CustomEvent('markheld', { detail: { actualStart: NOW } }));
    await flushPromises();
    expect(fieldsOfCall(mockUpdate, (f) => f.Status__c === 'Held')).toHaveLength(0);
    expect((byId(el, 'action-error') as HTMLElement & { friendlyMessage: string }).friendlyMessage).toBe(
      'c.Coaching_Held_Refused_Forecast'
    );
  });

  it('reschedules: marks this 1:1 rescheduled with the reason and plans the new one', async () => {
    const el = await load();
    byId(el, 'status-panel')!.dispatchEvent(
      new CustomEvent('reschedule', { detail: { newStart: '2026-11-27T15:00:00.000Z', reason: 'Customer visit' } })
    );
    await flushPromises();
    expect(fieldsOfCall(mockUpdate, (f) => f.Status__c === 'Rescheduled')).toEqual([
      { Id: PLANNED, Status__c: 'Rescheduled', Status_Reason__c: 'Customer visit' }
    ]);
    expect(mockCreate.mock.calls[0][0]).toEqual({
      apiName: 'Coaching_Session__c',
      fields: {
        Cadence__c: 'a01000000000CADANA',
        Manager__c: MANAGER,
        Rep__c: ANA,
        Scheduled_Start__c: '2026-11-27T15:00:00.000Z',
        Status__c: 'Planned'
      }
    });
  });

  it('says exactly what was saved when the rescheduled 1:1 could not be created', async () => {
    mockCreate.mockRejectedValueOnce(NETWORK_ERROR);
    const el = await load();
    byId(el, 'status-panel')!.dispatchEvent(
      new CustomEvent('reschedule', { detail: { newStart: '2026-11-27T15:00:00.000Z', reason: 'Customer visit' } })
    );
    await flushPromises();
    expect((byId(el, 'action-error') as HTMLElement & { friendlyMessage: string }).friendlyMessage).toBe(
      'c.Coaching_Reschedule_Half_Done'
    );
  });

  it('skips the week with a reason', async () => {
    const el = await load();
    byId(el, 'status-panel')!.dispatchEvent(new CustomEvent('skip', { detail: { reason: 'Rep on leave' } }));
    await flushPromises();
    expect(fieldsOfCall(mockUpdate, (f) => f.Status__c === 'Skipped')).toEqual([
      { Id: PLANNED, Status__c: 'Skipped', Status_Reason__c: 'Rep on leave' }
    ]);
    expect(byId(el, 'status-message')!.textContent!.trim()).toBe('c.Coaching_Skipped_Done');
  });

  it('prepares the upcoming 1:1 from the cadence when none exists, once', async () => {
    const data = clone();
    data.uiapi.query.Coaching_Session__c.edges = data.uiapi.query.Coaching_Session__c.edges.filter(
      (e) => e.node.Id !== PLANNED
    );
    const refresh = jest.fn().mockResolvedValue(undefined);
    const el = await load(data, USER_RECORD, refresh);
    // The refresh re-emits the same data (the new record is not in this fixture): no second create.
    graphqlAdapter.emit(data, forAgenda, refresh);
    await flushPromises();
    expect(mockCreate).toHaveBeenCalledTimes(1);
    expect(mockCreate.mock.calls[0][0]).toEqual({
      apiName: 'Coaching_Session__c',
      fields: {
        Cadence__c: 'a01000000000CADANA',
        Manager__c: MANAGER,
        Rep__c: ANA,
        Scheduled_Start__c: '2026-11-26T15:00:00.000Z', // Thursday 10:00 America/New_York (EST)
        Status__c: 'Planned',
        Agenda_Opened_At__c: NOW // opened before the start: preparation
      }
    });
    expect(refresh).toHaveBeenCalled();
    // Created without a hitch: no error, and with a weekly slot the manager is not asked to start a 1:1 by hand.
    expect(byId(el, 'action-error')).toBeNull();
    expect(byId(el, 'no-session')).toBeNull();
  });

  describe('when another tab or page planned the same 1:1 first', () => {
    const withoutPlanned = (): Agenda => {
      const data = clone();
      data.uiapi.query.Coaching_Session__c.edges = data.uiapi.query.Coaching_Session__c.edges.filter(
        (e) => e.node.Id !== PLANNED
      );
      return data;
    };
    const refused = {
      // The trigger's pre-check: its sentence on the planned-day key.
      'the trigger’s check': {
        body: {
          output: {
            errors: [],
            fieldErrors: {
              Planned_Day_Key__c: [
                {
                  errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                  field: 'Planned_Day_Key__c',
                  message: 'A 1:1 with this rep is already planned on that day.'
                }
              ]
            }
          }
        }
      },
      // Two saves raced past the check: the unique index refuses the second.
      'the unique index': {
        body: {
          output: {
            errors: [
              {
                errorCode: 'DUPLICATE_VALUE',
                message:
                  'duplicate value found: Planned_Day_Key__c duplicates value on record with id: a02000000000PLANAN'
              }
            ],
            fieldErrors: {}
          }
        }
      }
    };

    it.each(Object.entries(refused))('refused by %s, loads and runs the existing 1:1', async (_, error) => {
      mockCreate.mockRejectedValueOnce(error);
      // The refresh finds the 1:1 the other tab created.
      const refresh: jest.Mock<Promise<void>, []> = jest.fn(async () =>
        graphqlAdapter.emit(AGENDA, forAgenda, refresh)
      );
      const el = await load(withoutPlanned(), USER_RECORD, refresh);
      await flushPromises();
      expect(mockCreate).toHaveBeenCalledTimes(1);
      expect(refresh).toHaveBeenCalledTimes(1);
      expect(byId(el, 'action-error')).toBeNull();
      expect(byId(el, 'status-message')!.textContent!.trim()).toBe('c.Coaching_Session_Already_Planned');
      expect(byId(el, 'session-line')!.textContent).toBe('c.Coaching_Session_Planned_For');
      expect(byId(el, 'status-panel')).not.toBeNull();
      // Notes now save to the existing 1:1.
      typeNotes(el, 'Started in the other tab').dispatchEvent(new CustomEvent('blur'));
      await flushPromises();
      expect(fieldsOfCall(mockUpdate, (f) => 'Notes__c' in f)).toEqual([
        { Id: PLANNED, Notes__c: 'Started in the other tab' }
      ]);
      await expect(el).toBeAccessible();
    });

    it('any other failure to plan the 1:1 is shown as an error, not mistaken for a duplicate', async () => {
      mockCreate.mockRejectedValueOnce(NETWORK_ERROR);
      const refresh = jest.fn().mockResolvedValue(undefined);
      const el = await load(withoutPlanned(), USER_RECORD, refresh);
      expect((byId(el, 'action-error') as HTMLElement & { friendlyMessage: string }).friendlyMessage).toBe(
        'c.Coaching_Session_Not_Created'
      );
      expect(byId(el, 'status-message')).toBeNull();
      expect(refresh).not.toHaveBeenCalled();
    });
  });

  it('is read-only for anyone but the rep’s manager: no writes, no status panel', async () => {
    const data = clone();
    const other = '005000000000000OTH';
    for (const edge of data.uiapi.query.Coaching_Session__c.edges) edge.node.Manager__c.value = other;
    for (const edge of data.uiapi.query.Coaching_Cadence__c.edges) edge.node.Manager__c.value = other;
    const user = JSON.parse(JSON.stringify(USER_RECORD));
    user.fields.ManagerId.value = other;
    const el = await load(data, user);
    expect(byId(el, 'read-only')!.textContent).toBe('c.Coaching_Agenda_Read_Only');
    expect(byId(el, 'status-panel')).toBeNull();
    expect(byId(el, 'notes')).toBeNull();
    expect(mockUpdate).not.toHaveBeenCalled();
    expect(mockCreate).not.toHaveBeenCalled();
    await expect(el).toBeAccessible();
  });

  it('renders for a rep without a manager link, with the reason, and compares them with no one', async () => {
    const user = JSON.parse(JSON.stringify(USER_RECORD));
    user.fields.ManagerId.value = null;
    const el = await load(AGENDA, user);
    expect(graphqlAdapter.getLastConfig().variables!.managerId).toBe('005000000000000AAA');
    expect(byId(el, 'notices')!.textContent).toContain('c.Coaching_Reason_No_Manager');
    expect(allById(el, 'section').length).toBe(7);
  });

  it('says there is nothing to prepare when the rep has no data the viewer can see', async () => {
    const data = clone();
    for (const key of Object.keys(data.uiapi.query))
      (data.uiapi.query as Record<string, { edges: unknown[] }>)[key].edges = [];
    const el = await load(data);
    const empty = byId(el, 'empty') as HTMLElement & { heading: string };
    expect(empty.heading).toBe('c.Coaching_Agenda_Empty_Heading');
    await expect(el).toBeAccessible();
  });

  it('shows the error with a retry when the query fails', async () => {
    const el = mount('c-coaching-agenda', CoachingAgenda, { recordId: ANA });
    await flushPromises();
    userAdapter.emit(USER_RECORD);
    await flushPromises();
    graphqlAdapter.emitErrors([{ message: 'Field Snapshot__c is not accessible' }], forAgenda);
    await flushPromises();
    expect(JSON.stringify((byId(el, 'error') as HTMLElement & { errors: unknown }).errors)).toContain('not accessible');
    expect(byId(el, 'retry')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('works when field-level security hides the snapshot, health and notes fields', async () => {
    const data = clone();
    for (const edge of data.uiapi.query.Coaching_Session__c.edges) {
      delete (edge.node as Record<string, unknown>).Health_Score__c;
      delete (edge.node as Record<string, unknown>).Notes__c;
    }
    for (const edge of data.uiapi.query.Snapshots.edges) delete (edge.node as Record<string, unknown>).Snapshot__c;
    const el = await load(data);
    // No readable snapshot: the week's changes come from opportunity history alone, deal by deal.
    type Panel = HTMLElement & { changes: { rows: { name: string; kinds: string }[] } };
    const fromHistory = (byId(el, 'changes') as Panel).changes;
    expect(fromHistory.rows.map((r) => [r.name, r.kinds])).toEqual([
      ['Globex platform', 'c.Coaching_History_Kind_Close_Date'],
      ['Umbrella renewal', 'c.Coaching_History_Kind_Close_Date']
    ]);
    const trend = byId(el, 'trend') as HTMLElement & { points: { value: number | null }[] };
    expect(trend.points[0].value).toBeNull();
    expect(allById(el, 'section')).toHaveLength(7);
    await expect(el).toBeAccessible();
  });

  it('refuses a forecast beyond what the field holds in the form, and then marks nothing held', async () => {
    const el = await load();
    const form = byId(el, 'forecast-form') as HTMLElement & { errors: Record<string, string> };
    form.dispatchEvent(
      new CustomEvent('forecastchange', { detail: { field: 'commitCurrent', value: '250000000000000' } })
    );
    form.dispatchEvent(new CustomEvent('forecastsave'));
    await flushPromises();
    expect(form.errors).toEqual({ commitCurrent: 'c.Coaching_Forecast_Too_Large' });
    byId(el, 'status-panel')!.dispatchEvent(new CustomEvent('markheld', { detail: { actualStart: NOW } }));
    await flushPromises();
    expect(fieldsOfCall(mockUpdate, (f) => 'Commit_Current_Quarter__c' in f || f.Status__c === 'Held')).toEqual([]);
  });

  describe('when field-level security keeps the manager from editing some 1:1 fields', () => {
    // The object info as the UI API gives it: Notes__c unreadable (absent), Health_Score__c and the current
    // quarter's best case readable but not editable.
    const SESSION_FIELDS = [...RUN_FIELDS.map(fieldApiName), 'Status_Reason__c'].filter((f) => f !== 'Notes__c');
    const READ_ONLY = { readOnly: ['Best_Case_Current_Quarter__c', 'Health_Score__c'] };
    const SESSION_INFO = objectInfo('Coaching_Session__c', SESSION_FIELDS, READ_ONLY);

    async function loadRestricted(): Promise<HTMLElement & Record<string, any>> {
      const data = clone();
      for (const edge of data.uiapi.query.Coaching_Session__c.edges)
        delete (edge.node as Record<string, unknown>).Notes__c;
      const el = mount('c-coaching-agenda', CoachingAgenda, { recordId: ANA });
      await flushPromises();
      objectInfoAdapter.emit(SESSION_INFO);
      userAdapter.emit(USER_RECORD);
      await flushPromises();
      graphqlAdapter.emit(data, forAgenda);
      await flushPromises();
      return el;
    }

    it('offers no notes box and only the forecast amounts it may change, and says what it cannot save', async () => {
      const el = await loadRestricted();
      expect(byId(el, 'notes')).toBeNull();
      const form = byId(el, 'forecast-form') as HTMLElement & { editableFields: string[] };
      expect(form.editableFields).toEqual(['commitCurrent', 'commitNext', 'bestCaseNext']);
      expect(byId(el, 'status-panel')).not.toBeNull();
      expect(byId(el, 'notices')!.textContent).toContain('c.Coaching_Agenda_Fields_Not_Editable');
      await expect(el).toBeAccessible();
    });

    it('marks held in one write without the fields it may not change', async () => {
      const el = await loadRestricted();
      byId(el, 'forecast-form')!.dispatchEvent(
        new CustomEvent('forecastchange', { detail: { field: 'commitCurrent', value: '90000' } })
      );
      byId(el, 'status-panel')!.dispatchEvent(new CustomEvent('markheld', { detail: { actualStart: NOW } }));
      await flushPromises();
      const held = fieldsOfCall(mockUpdate, (f) => f.Status__c === 'Held');
      expect(held).toHaveLength(1);
      expect(held[0]).not.toHaveProperty('Notes__c');
      expect(held[0]).not.toHaveProperty('Health_Score__c');
      expect(held[0]).not.toHaveProperty('Best_Case_Current_Quarter__c');
      expect(held[0]).toEqual(
        expect.objectContaining({ Id: PLANNED, Actual_Start__c: NOW, Commit_Current_Quarter__c: 90000 })
      );
      expect(byId(el, 'action-error')).toBeNull();
    });

    it('without the status field, the 1:1 cannot be ended here, and nothing is written', async () => {
      const data = clone();
      const el = mount('c-coaching-agenda', CoachingAgenda, { recordId: ANA });
      await flushPromises();
      objectInfoAdapter.emit(
        objectInfo(
          'Coaching_Session__c',
          SESSION_FIELDS.filter((f) => f !== 'Status__c'),
          READ_ONLY
        )
      );
      userAdapter.emit(USER_RECORD);
      await flushPromises();
      graphqlAdapter.emit(data, forAgenda);
      await flushPromises();
      expect(byId(el, 'status-panel')).toBeNull();
      expect(fieldsOfCall(mockUpdate, (f) => 'Status__c' in f)).toEqual([]);
    });
  });

  it('without a weekly slot, offers to start a 1:1 now or set one up, and starts one on request', async () => {
    const data = clone();
    data.uiapi.query.Coaching_Cadence__c.edges = [];
    data.uiapi.query.Coaching_Session__c.edges = data.uiapi.query.Coaching_Session__c.edges.filter(
      (e) => e.node.Id !== PLANNED
    );
    const el = await load(data);
    expect(mockCreate).not.toHaveBeenCalled(); // nothing is created behind the manager's back
    expect(byId(el, 'no-session')).not.toBeNull();
    byId(el, 'set-up-cadence')!.click();
    await flushPromises();
    expect((byId(el, 'cadence-form') as HTMLElement & { repId: string }).repId).toBe(ANA);
    byId(el, 'start-now')!.click();
    byId(el, 'start-now')!.click();
    await flushPromises();
    expect(mockCreate).toHaveBeenCalledTimes(1);
    expect(mockCreate.mock.calls[0][0]).toEqual({
      apiName: 'Coaching_Session__c',
      fields: { Manager__c: MANAGER, Rep__c: ANA, Scheduled_Start__c: NOW, Status__c: 'Planned' }
    });
    await expect(el).toBeAccessible();
  });
});
