import { WarningLog } from 'c/engineWarnings';
import { cadenceAdherence, nextOccurrences } from 'c/cadenceSchedule';
import { cadence, session } from '@test/engine/records';

const starts = (slots: { start: string }[]): string[] => slots.map((s) => s.start);

describe('cadence: next occurrences across daylight saving', () => {
  it('keeps Friday 09:00 in New York: 14:00Z in winter, 13:00Z in summer', () => {
    const c = cadence({ dayOfWeek: 'Friday', localStartTime: '09:00', timeZone: 'America/New_York' });
    // US DST starts Sunday 2027-03-14.
    expect(starts(nextOccurrences(c, '2027-03-01T00:00:00.000Z', 3))).toEqual([
      '2027-03-05T14:00:00.000Z',
      '2027-03-12T14:00:00.000Z',
      '2027-03-19T13:00:00.000Z'
    ]);
    // DST ends Sunday 2026-11-01.
    const fall = nextOccurrences(c, '2026-10-25T00:00:00.000Z', 2);
    expect(starts(fall)).toEqual(['2026-10-30T13:00:00.000Z', '2026-11-06T14:00:00.000Z']);
    expect(fall[0].end).toBe('2026-10-30T14:00:00.000Z');
    expect(fall[0].localDate).toBe('2026-10-30');
  });

  it('keeps Monday 08:30 in Sydney, whose DST runs the other way (starts in October)', () => {
    const c = cadence({ dayOfWeek: 'Monday', localStartTime: '08:30', timeZone: 'Australia/Sydney' });
    // AEST (+10) until Sunday 2026-10-04, then AEDT (+11). Monday 08:30 local = Sunday 22:30Z, then 21:30Z.
    expect(starts(nextOccurrences(c, '2026-09-27T00:00:00.000Z', 2))).toEqual([
      '2026-09-27T22:30:00.000Z',
      '2026-10-04T21:30:00.000Z'
    ]);
  });

  it('moves a slot that falls in the spring-forward gap to the first valid instant', () => {
    const c = cadence({ dayOfWeek: 'Sunday', localStartTime: '02:30', timeZone: 'America/New_York' });
    expect(starts(nextOccurrences(c, '2027-03-13T00:00:00.000Z', 2))).toEqual([
      '2027-03-14T07:00:00.000Z',
      '2027-03-21T06:30:00.000Z'
    ]);
  });

  it('takes the first of an ambiguous fall-back time', () => {
    const c = cadence({ dayOfWeek: 'Sunday', localStartTime: '01:30', timeZone: 'America/New_York' });
    expect(starts(nextOccurrences(c, '2026-10-31T00:00:00.000Z', 1))).toEqual(['2026-11-01T05:30:00.000Z']);
  });

  it('gives nothing for an inactive cadence or an invalid zone, with a warning for the zone', () => {
    const log = new WarningLog();
    expect(nextOccurrences(cadence({ active: false }), '2026-11-01T00:00:00.000Z', 3)).toEqual([]);
    expect(nextOccurrences(cadence({ timeZone: 'Nowhere/Land' }), '2026-11-01T00:00:00.000Z', 3, log)).toEqual([]);
    expect(nextOccurrences(cadence({ localStartTime: 'nine' }), '2026-11-01T00:00:00.000Z', 3, log)).toEqual([]);
    expect(log.counts).toEqual({ INVALID_TIME_ZONE: 1, INVALID_VALUE: 1 });
  });
});

describe('cadence adherence', () => {
  const c = cadence({ id: 'cad', dayOfWeek: 'Friday', localStartTime: '09:00', timeZone: 'America/New_York' });
  const held = (at: string) => session({ cadenceId: 'cad', status: 'Held', scheduledStart: at, actualStart: at });

  it('counts a slot held when a 1:1 started within ± 48 h, each 1:1 for one slot', () => {
    // Fridays in the window: Oct 2, 9, 16, 23, 30 and Nov 6, 13, 20 (09:00 local).
    const sessions = [
      held('2026-10-02T13:00:00.000Z'), // on time
      held('2026-10-08T13:00:00.000Z'), // a day early: held
      held('2026-10-19T13:00:00.000Z'), // Monday after: 72 h late → missed
      session({ cadenceId: 'cad', status: 'Skipped', scheduledStart: '2026-10-23T13:00:00.000Z' }),
      held('2026-10-30T13:00:00.000Z'),
      held('2026-10-30T15:00:00.000Z'), // a second 1:1 the same day counts once
      held('2026-11-13T14:30:00.000Z'),
      held('2026-11-20T14:00:00.000Z')
    ];
    const a = cadenceAdherence(
      c,
      sessions,
      '2026-10-01T00:00:00.000Z',
      '2026-11-22T00:00:00.000Z',
      '2026-11-21T12:00:00.000Z',
      48
    );
    expect(a.slots.map((s) => s.status)).toEqual([
      'HELD',
      'HELD',
      'MISSED',
      'MISSED',
      'HELD',
      'MISSED',
      'HELD',
      'HELD'
    ]);
    // 5 held of 8 due = 62.5%.
    expect([a.held, a.missed, a.pending, a.rate]).toEqual([5, 3, 0, 0.625]);
  });

  it('treats a due slot still inside its tolerance as pending, and counts from the cadence’s creation', () => {
    const created = cadence({ ...c, createdDate: '2026-11-10T00:00:00.000Z' });
    const a = cadenceAdherence(
      created,
      [held('2026-11-13T14:00:00.000Z')],
      '2026-10-01T00:00:00.000Z',
      '2026-12-01T00:00:00.000Z',
      '2026-11-21T12:00:00.000Z',
      48
    );
    // Slots: Nov 13 (held) and Nov 20 (due yesterday, tolerance not over) → 1 of 1 = 100%.
    expect([a.held, a.missed, a.pending, a.rate]).toEqual([1, 0, 1, 1]);
  });

  it('has no rate (null) before any slot is due, and none for an unreadable cadence', () => {
    expect(
      cadenceAdherence(c, [], '2026-11-21T00:00:00.000Z', '2026-11-28T00:00:00.000Z', '2026-11-21T12:00:00.000Z', 48)
        .rate
    ).toBeNull();
    expect(
      cadenceAdherence(
        cadence({ timeZone: 'x' }),
        [],
        '2026-10-01T00:00:00.000Z',
        '2026-11-01T00:00:00.000Z',
        '2026-11-21T12:00:00.000Z',
        48
      ).slots
    ).toEqual([]);
  });
});
