import {
  NO_MANAGER_ID,
  REP_AGENDA_CONNECTIONS,
  TEAM_COCKPIT_CONNECTIONS,
  dateBefore,
  repAgendaVariables,
  teamCockpitVariables
} from 'c/coachingQueries';

const NOW = '2026-11-24T15:30:00.000Z';

describe('c/coachingQueries', () => {
  it('sets the cockpit windows from now: 16 months of closed deals and 1:1s, snapshots for the history weeks', () => {
    expect(teamCockpitVariables('005M', NOW, 13)).toEqual({
      managerId: '005M',
      closedSince: '2025-07-24', // 2026-11-24 minus 16 months
      sessionsSince: '2025-07-24T00:00:00.000Z',
      snapshotsSince: '2026-08-25T15:30:00.000Z', // 13 weeks = 91 days before now
      quotaSince: '2026-11-23', // quota records still running yesterday or later
      oppAfter: null
    });
  });

  it('falls back to 13 weeks of snapshots when the configured history is not a whole number of weeks from 1 to 52', () => {
    const expected = teamCockpitVariables('005M', NOW, 13).snapshotsSince;
    for (const weeks of [0, -3, 53, 2.5, null, undefined]) {
      expect(teamCockpitVariables('005M', NOW, weeks as number).snapshotsSince).toBe(expected);
    }
    expect(teamCockpitVariables('005M', NOW, 1).snapshotsSince).toBe('2026-11-17T15:30:00.000Z');
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

  it('pages only the opportunities and maps every connection to an object', () => {
    for (const specs of [TEAM_COCKPIT_CONNECTIONS, REP_AGENDA_CONNECTIONS]) {
      expect(specs.filter((s) => s.paged).map((s) => s.key)).toEqual(['Opportunity']);
      expect(specs.every((s) => s.objectApiName.length > 0)).toBe(true);
    }
  });
});
