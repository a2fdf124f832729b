import {
  NO_MANAGER_ID,
  REP_AGENDA_CONNECTIONS,
  TEAM_COCKPIT_CONNECTIONS,
  TEAM_COCKPIT_WRITABLE,
  dateBefore,
  forecastQuarterCount,
  repAgendaVariables,
  teamCockpitVariables,
  type TeamCockpitWindowInput
} from 'c/coachingQueries';
import { DEFAULT_SETTINGS } from 'c/coachingEngine';
import type { FiscalCalendar } from 'c/coachingModel';

const NOW = '2026-11-24T15:30:00.000Z';

describe('c/coachingQueries', () => {
  // FY from February: today (24 Nov 2026 in New York) is in FY2027 Q4 = 1 Nov 2026 – 31 Jan 2027, so the
  // trailing four quarters start on 1 Nov 2025.
  const FEBRUARY: FiscalCalendar = { startMonth: 2, nameByStartYear: false, customQuarters: [] };
  const input = (over: Partial<TeamCockpitWindowInput> = {}): TeamCockpitWindowInput => ({
    timeZone: 'America/New_York',
    fiscal: FEBRUARY,
    settings: DEFAULT_SETTINGS,
    historyWeeks: 13,
    forecastQuarters: 4,
    ...over
  });

  it('sets the cockpit windows from the fiscal quarters and settings the engine counts with', () => {
    expect(teamCockpitVariables('005M', NOW, input())).toEqual({
      managerId: '005M',
      closedSince: '2025-11-01', // the first day of the trailing four fiscal quarters
      // 388 days from 1 Nov 2025 to 24 Nov 2026 in three ranges of 129 days
      closedSplit1: '2026-03-10',
      closedSplit2: '2026-07-17',
      createdSince: '2026-08-24T00:00:00.000Z', // 13 weeks of pipeline creation from 24 Nov, one day earlier
      snapshotsSince: '2026-08-25T15:30:00.000Z', // 13 weeks = 91 days before now
      plannedSince: NOW,
      quotaSince: '2026-11-23' // quota records still running yesterday or later
    });
    // Calendar quarters: Q4 2026 starts on 1 October, so the trailing quarters start on 1 October 2025.
    const calendar = { startMonth: 1, nameByStartYear: false, customQuarters: [] };
    expect(teamCockpitVariables('005M', NOW, input({ fiscal: calendar })).closedSince).toBe('2025-10-01');
  });

  it('reaches back as far as the forecast chart and the pipeline-creation window reach', () => {
    // Eight quarters of forecast: from 24 Nov 2024, whose fiscal quarter started on 1 Nov 2024.
    expect(teamCockpitVariables('005M', NOW, input({ forecastQuarters: 8 })).closedSince).toBe('2024-11-01');
    // 104 weeks of pipeline creation: closed deals created since 25 Nov 2024 still count as created.
    const settings = { ...DEFAULT_SETTINGS, pipelineCreationWeeks: 104 };
    expect(teamCockpitVariables('005M', NOW, input({ settings })).createdSince).toBe('2024-11-25T00:00:00.000Z');
    expect(forecastQuarterCount(12)).toBe(8);
    expect(forecastQuarterCount('x')).toBe(4);
    expect(forecastQuarterCount(0.2)).toBe(1);
  });

  it('falls back to 13 weeks of snapshots when the configured history is not a whole number of weeks from 1 to 52', () => {
    const expected = teamCockpitVariables('005M', NOW, input()).snapshotsSince;
    for (const weeks of [0, -3, 53, 2.5, null, undefined]) {
      expect(teamCockpitVariables('005M', NOW, input({ historyWeeks: weeks })).snapshotsSince).toBe(expected);
    }
    expect(teamCockpitVariables('005M', NOW, input({ historyWeeks: 1 })).snapshotsSince).toBe(
      '2026-11-17T15:30:00.000Z'
    );
  });

  it('gives a rep without a manager no peers, and passes the page cursor through', () => {
    const vars = repAgendaVariables('005R', null, NOW, 4, 'cursor-2');
    expect(vars.managerId).toBe(NO_MANAGER_ID);
    expect(vars.repId).toBe('005R');
    expect(vars.oppAfter).toBe('cursor-2');
    expect(vars.itemsDoneSince).toBe('2026-10-25'); // 30 days before 2026-11-24
    expect(vars.snapshotsSince).toBe('2026-10-27T15:30:00.000Z'); // 4 weeks = 28 days
    expect(repAgendaVariables('005R', '005M', NOW, 4).managerId).toBe('005M');
  });

  it('counts months on the calendar, also across a year end and from the 31st', () => {
    expect(dateBefore('2026-03-31T00:00:00.000Z', 1)).toBe('2026-03-03'); // 31 Feb rolls over to 3 March
    expect(dateBefore('2026-01-15T10:00:00.000Z', 16)).toBe('2024-09-15');
    expect(dateBefore('2026-01-15T10:00:00.000Z', 0, 15)).toBe('2025-12-31');
  });

  it('pages the agenda by its opportunities, and every cockpit connection by a cursor and switch of its own', () => {
    expect(REP_AGENDA_CONNECTIONS.filter((s) => s.paged).map((s) => s.key)).toEqual(['Opportunity']);
    const variables = TEAM_COCKPIT_CONNECTIONS.flatMap((s) => [s.afterVariable, s.untilVariable]);
    expect(variables.every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    expect(new Set(variables).size).toBe(variables.length);
    for (const specs of [TEAM_COCKPIT_CONNECTIONS, REP_AGENDA_CONNECTIONS])
      expect(specs.every((s) => s.objectApiName.length > 0)).toBe(true);
    // The UI API runs at most ten subqueries in one query.
    expect(TEAM_COCKPIT_CONNECTIONS.length).toBeLessThanOrEqual(10);
    const keys = TEAM_COCKPIT_CONNECTIONS.map((s) => s.key);
    expect(TEAM_COCKPIT_WRITABLE.every((k) => keys.includes(k))).toBe(true);
  });
});
