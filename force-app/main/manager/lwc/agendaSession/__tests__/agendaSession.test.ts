import {
  AutoSaver,
  RUN_FIELDS,
  canEditNotes,
  canEndSession,
  changesAnything,
  chooseSession,
  createSession,
  defaultActualStart,
  editableForecastFields,
  fieldsNotEditable,
  forecastDraftOf,
  hasForecast,
  isDuplicatePlannedSession,
  isRunBy,
  markHeld,
  markNotHeld,
  sessionAccess,
  slotStartFor,
  updateSession,
  validateForecast,
  writableInput,
  type SaveState
} from 'c/agendaSession';
import { cadence, session } from '@test/engine/records';
import { objectInfo } from '@test/utils/objectInfo';
import { fieldApiName } from 'c/recordInput';
import type { SessionSnapshot } from 'c/coachingEngine';

const NOW = Date.parse('2026-11-24T15:00:00.000Z');
const HOUR = 3_600_000;

describe('chooseSession', () => {
  const planned = (id: string, start: string) =>
    session({ id, repId: 'rep1', status: 'Planned', scheduledStart: start });

  it('takes the planned 1:1 nearest now, counting one that started within the tolerance', () => {
    const sessions = [
      planned('late', '2026-11-23T16:00:00.000Z'), // 23 h ago: within 48 h
      planned('next', '2026-11-26T15:00:00.000Z'),
      planned('stale', '2026-11-20T15:00:00.000Z'), // 4 days ago: beyond 48 h
      session({ id: 'other', repId: 'rep2', status: 'Planned', scheduledStart: '2026-11-24T16:00:00.000Z' })
    ];
    expect(chooseSession(sessions, 'rep1', NOW, 48)).toEqual({ current: sessions[0], justHeld: null });
    expect(chooseSession(sessions, 'rep1', NOW, 12).current?.id).toBe('next');
  });

  it('shows a 1:1 held in the last 12 hours instead of preparing the next one', () => {
    const held = session({ id: 'held', status: 'Held', actualStart: new Date(NOW - 2 * HOUR).toISOString() });
    const old = session({ id: 'old', status: 'Held', actualStart: new Date(NOW - 13 * HOUR).toISOString() });
    expect(chooseSession([old, held], 'rep1', NOW, 48)).toEqual({ current: null, justHeld: held });
    expect(chooseSession([old], 'rep1', NOW, 48)).toEqual({ current: null, justHeld: null });
  });
});

describe('slotStartFor', () => {
  const weekly = cadence({
    dayOfWeek: 'Tuesday',
    localStartTime: '09:30',
    durationMinutes: 60,
    timeZone: 'America/New_York'
  });

  it('counts the slot that is running now, else the next one', () => {
    // Tue 2026-11-24 09:30 New York (EST, UTC−5) = 14:30Z; at 15:00Z it started 30 min ago and lasts 60 min.
    expect(slotStartFor(weekly, '2026-11-24T15:00:00.000Z')).toBe('2026-11-24T14:30:00.000Z');
    // At 15:31Z the slot is over: next Tuesday.
    expect(slotStartFor(weekly, '2026-11-24T15:31:00.000Z')).toBe('2026-12-01T14:30:00.000Z');
  });

  it('keeps the local time across daylight saving: 09:30 New York is 13:30Z before 1 November', () => {
    expect(slotStartFor(weekly, '2026-10-26T12:00:00.000Z')).toBe('2026-10-27T13:30:00.000Z');
  });

  it('has no slot for an inactive or missing cadence', () => {
    expect(slotStartFor({ ...weekly, active: false }, '2026-11-24T15:00:00.000Z')).toBeNull();
    expect(slotStartFor(null, '2026-11-24T15:00:00.000Z')).toBeNull();
  });
});

describe('isRunBy', () => {
  it('is the session’s manager, else the cadence’s, else the rep’s manager', () => {
    expect(isRunBy('m1', null, session({ managerId: 'm1' }), 'm2')).toBe(true);
    expect(isRunBy('m2', cadence({ managerId: 'm2' }), null, 'm3')).toBe(true);
    expect(isRunBy('m3', null, null, 'm3')).toBe(true);
    expect(isRunBy('x', null, null, null)).toBe(false);
  });
});

describe('validateForecast', () => {
  const draft = (o: Partial<Record<string, string>>) => ({
    commitCurrent: '',
    bestCaseCurrent: '',
    commitNext: '',
    bestCaseNext: '',
    ...o
  });

  it('accepts blanks and non-negative numbers, with best case at least commit', () => {
    const { values, errors } = validateForecast(
      draft({ commitCurrent: '250000', bestCaseCurrent: '250000', commitNext: ' 0 ', bestCaseNext: '12.5' })
    );
    expect(errors).toEqual({});
    expect(values).toEqual({ commitCurrent: 250000, bestCaseCurrent: 250000, commitNext: 0, bestCaseNext: 12.5 });
    expect(hasForecast(values)).toBe(true);
    expect(hasForecast(validateForecast(draft({})).values)).toBe(false);
  });

  it('refuses negatives, non-numbers and a best case below commit, as the validation rules do', () => {
    expect(
      validateForecast(draft({ commitCurrent: '-1', bestCaseCurrent: '1e5', commitNext: '300', bestCaseNext: '200' }))
        .errors
    ).toEqual({
      commitCurrent: 'c.Coaching_Forecast_Negative',
      bestCaseCurrent: 'c.Coaching_Forecast_Not_Number',
      bestCaseNext: 'c.Coaching_Forecast_Best_Below_Commit'
    });
    expect(validateForecast(draft({ commitCurrent: 'NaN' })).errors.commitCurrent).toBe(
      'c.Coaching_Forecast_Not_Number'
    );
    expect(validateForecast(draft({ commitCurrent: '1,000' })).errors.commitCurrent).toBe(
      'c.Coaching_Forecast_Not_Number'
    );
  });

  it('refuses an amount the field cannot hold (14 digits before the decimal point), in the form', () => {
    const { errors } = validateForecast(
      draft({ commitCurrent: '99999999999999', bestCaseCurrent: '100000000000000', bestCaseNext: '1e20' })
    );
    expect(errors).toEqual({
      bestCaseCurrent: 'c.Coaching_Forecast_Too_Large',
      bestCaseNext: 'c.Coaching_Forecast_Not_Number'
    });
    expect(validateForecast(draft({ commitNext: '250000000000000.5' })).errors.commitNext).toBe(
      'c.Coaching_Forecast_Too_Large'
    );
  });

  it('starts from the recorded values', () => {
    expect(forecastDraftOf(session({ commitCurrentQuarter: 5, bestCaseNextQuarter: 0 }))).toEqual({
      commitCurrent: '5',
      bestCaseCurrent: '',
      commitNext: '',
      bestCaseNext: '0'
    });
  });
});

describe('session writes', () => {
  const snapshot = {
    snapshotJson: '{"v":1}',
    snapshotVersion: 1,
    fitsField: true,
    healthScore: 61.6,
    coverageCurrentQuarter: 2.345,
    mainGap: 'SLIPPAGE'
  } as SessionSnapshot;

  it('marks held with the snapshot and metrics rounded to what the fields hold', () => {
    expect(markHeld('a02S', snapshot, '2026-11-24T15:00:00.000Z', { notes: 'n' })).toEqual({
      fields: {
        Id: 'a02S',
        Status__c: 'Held',
        Actual_Start__c: '2026-11-24T15:00:00.000Z',
        Snapshot__c: '{"v":1}',
        Snapshot_Version__c: 1,
        Health_Score__c: 62, // Number(3,0)
        Coverage_Current_Quarter__c: 2.35, // Number(6,2): 2.345 → 2.35
        Main_Gap__c: 'SLIPPAGE',
        Notes__c: 'n'
      }
    });
  });

  it('leaves out a snapshot too large for its field, and a coverage the field cannot hold', () => {
    const fields = markHeld(
      'a02S',
      { ...snapshot, fitsField: false, coverageCurrentQuarter: 12345.678 },
      '2026-11-24T15:00:00.000Z',
      {}
    ).fields;
    expect(fields.Snapshot__c).toBeNull();
    expect(fields.Snapshot_Version__c).toBeNull();
    expect(fields.Coverage_Current_Quarter__c).toBeNull();
  });

  it('writes sections as a multi-select value and clears them when none is ticked', () => {
    expect(updateSession('a02S', { sectionsReviewed: ['Skills', 'Forecast'] }).fields.Sections_Reviewed__c).toBe(
      'Skills;Forecast'
    );
    expect(updateSession('a02S', { sectionsReviewed: [] }).fields.Sections_Reviewed__c).toBeNull();
  });

  it('creates planned 1:1s and records a reason when not held', () => {
    expect(
      createSession({ cadenceId: null, managerId: 'm', repId: 'r', scheduledStart: '2026-11-26T15:00:00.000Z' }).fields
    ).toEqual({ Manager__c: 'm', Rep__c: 'r', Scheduled_Start__c: '2026-11-26T15:00:00.000Z', Status__c: 'Planned' });
    expect(markNotHeld('a02S', 'Skipped', `  ${'x'.repeat(300)}`).fields.Status_Reason__c).toHaveLength(255);
  });

  it('defaults "held at" to the scheduled start when marked within the day, else to now', () => {
    const onTime = session({ scheduledStart: new Date(NOW - 2 * HOUR).toISOString() });
    expect(defaultActualStart(onTime, NOW)).toBe(onTime.scheduledStart);
    const daysAgo = session({ scheduledStart: new Date(NOW - 30 * HOUR).toISOString() });
    expect(defaultActualStart(daysAgo, NOW)).toBe(new Date(NOW).toISOString());
    const future = session({ scheduledStart: new Date(NOW + HOUR).toISOString() });
    expect(defaultActualStart(future, NOW)).toBe(new Date(NOW).toISOString());
  });
});

describe('AutoSaver', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('batches changes typed in a burst into one save after the pause', async () => {
    const save = jest.fn().mockResolvedValue(undefined);
    const states: SaveState[] = [];
    const saver = new AutoSaver(save, (s) => states.push(s), 20);
    saver.queue({ notes: 'a' });
    saver.queue({ notes: 'ab' });
    saver.queue({ sectionsReviewed: ['Skills'] });
    expect(save).not.toHaveBeenCalled();
    await wait(40);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ notes: 'ab', sectionsReviewed: ['Skills'] });
    expect(states.slice(-2)).toEqual(['saving', 'saved']);
  });

  it('keeps the changes after a failure and writes them on retry, merged with newer typing', async () => {
    const save = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    let state: SaveState = 'idle';
    let lastError: unknown = null;
    const saver = new AutoSaver(
      save,
      (s, e) => {
        state = s;
        lastError = e;
      },
      1000
    );
    saver.queue({ notes: 'first' });
    await expect(saver.flush()).rejects.toThrow('offline');
    expect(state).toBe('error');
    expect((lastError as Error).message).toBe('offline');
    expect(saver.hasPending).toBe(true);
    saver.queue({ sectionsReviewed: ['Forecast'] });
    await saver.retry();
    expect(save).toHaveBeenLastCalledWith({ notes: 'first', sectionsReviewed: ['Forecast'] });
    expect(state).toBe('saved');
    saver.dispose();
  });

  it('never runs two saves at once: what is typed during a save is written after it', async () => {
    let release: () => void = () => undefined;
    const save = jest
      .fn()
      .mockImplementationOnce(() => new Promise<void>((r) => (release = r)))
      .mockResolvedValue(undefined);
    const saver = new AutoSaver(save, () => undefined, 1000);
    saver.queue({ notes: 'one' });
    const first = saver.flush();
    saver.queue({ notes: 'two' });
    const second = saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    release();
    await first;
    await second;
    expect(save.mock.calls.map((c) => c[0])).toEqual([{ notes: 'one' }, { notes: 'two' }]);
    saver.dispose();
  });

  it('hands the queued changes over to a combined write and takes them back if it fails', () => {
    const saver = new AutoSaver(jest.fn(), () => undefined, 1000);
    saver.queue({ notes: 'typed' });
    const taken = saver.take();
    expect(taken).toEqual({ notes: 'typed' });
    expect(saver.hasPending).toBe(false);
    saver.restore(taken);
    expect(saver.hasPending).toBe(true);
    saver.dispose();
  });
});

describe('field-level security on writes', () => {
  const INFO = objectInfo(
    'Coaching_Session__c',
    [...RUN_FIELDS.map(fieldApiName).filter((f) => f !== 'Notes__c'), 'Manager__c', 'Rep__c', 'Scheduled_Start__c'],
    { readOnly: ['Best_Case_Current_Quarter__c', 'Health_Score__c'], createOnly: ['Manager__c', 'Rep__c'] }
  );
  const access = sessionAccess(INFO);

  it('writes only the fields the user may change, so one hidden field does not sink "mark held"', () => {
    const input = writableInput(
      markHeld(
        'a02S',
        {
          snapshotJson: '{}',
          snapshotVersion: 1,
          fitsField: true,
          healthScore: 60,
          coverageCurrentQuarter: 2,
          mainGap: 'X'
        } as SessionSnapshot,
        '2026-11-24T15:00:00.000Z',
        { notes: 'typed', sectionsReviewed: ['Skills'] }
      ),
      access
    );
    expect(Object.keys(input.fields).sort()).toEqual(
      [
        'Id',
        'Status__c',
        'Actual_Start__c',
        'Snapshot__c',
        'Snapshot_Version__c',
        'Coverage_Current_Quarter__c',
        'Main_Gap__c',
        'Sections_Reviewed__c'
      ].sort()
    );
    // A create keeps what may be created: the manager and rep are createable though never editable.
    const created = writableInput(
      createSession({ cadenceId: null, managerId: '005M', repId: '005R', scheduledStart: '2026-11-26T15:00:00.000Z' }),
      access
    );
    expect(created.fields).toEqual({
      Manager__c: '005M',
      Rep__c: '005R',
      Scheduled_Start__c: '2026-11-26T15:00:00.000Z',
      Status__c: 'Planned'
    });
    expect(changesAnything(writableInput(updateSession('a02S', { notes: 'x' }), access))).toBe(false);
  });

  it('says which inputs to offer, and lists what cannot be saved by its label (or API name when unreadable)', () => {
    expect(canEditNotes(access)).toBe(false);
    expect(canEndSession(access)).toBe(true);
    expect(editableForecastFields(access)).toEqual(['commitCurrent', 'commitNext', 'bestCaseNext']);
    expect(fieldsNotEditable(access)).toEqual(['Notes__c', 'Best Case Current Quarter', 'Health Score']);
  });

  it('while access is unknown, sends everything and offers every input (the platform still decides)', () => {
    const input = updateSession('a02S', { notes: 'x' });
    expect(writableInput(input, null)).toBe(input);
    expect([canEditNotes(null), canEndSession(null), editableForecastFields(null).length]).toEqual([true, true, 4]);
    expect(fieldsNotEditable(null)).toEqual([]);
  });
});

describe('isDuplicatePlannedSession', () => {
  it('recognises the trigger’s message on the planned-day key and the unique index’s DUPLICATE_VALUE only', () => {
    const onKey = {
      body: { output: { errors: [], fieldErrors: { Planned_Day_Key__c: [{ message: 'Already planned.' }] } } }
    };
    const duplicate = { body: { output: { errors: [{ errorCode: 'DUPLICATE_VALUE', message: 'duplicate value' }] } } };
    const otherField = { body: { output: { errors: [], fieldErrors: { Status__c: [{ message: 'Bad status.' }] } } } };
    expect([onKey, duplicate, otherField, new Error('offline'), null].map(isDuplicatePlannedSession)).toEqual([
      true,
      true,
      false,
      false,
      false
    ]);
  });
});
