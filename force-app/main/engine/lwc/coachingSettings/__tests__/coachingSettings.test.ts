import type { CoachingSettings, StageSetting } from 'c/coachingModel';
import { DEFAULT_SETTINGS, indexStages, resolveSettings } from 'c/coachingSettings';
import { WarningLog } from 'c/engineWarnings';
import { buildTeamView } from 'c/coachingEngine';
import { CLOCK } from '@test/engine/records';
import { seedTeam } from '@test/engine/seedTeam';

const stage = (stageName: string, sortOrder: number, maxDaysInStage: number | null = null): StageSetting => ({
  stageName,
  sortOrder,
  maxDaysInStage,
  exitCriteria: []
});

describe('settings: bad input gives defaults and typed warnings, never an exception', () => {
  it('drops a null stage entry (it used to crash indexStages) and keeps the rest in order', () => {
    const log = new WarningLog();
    const stages = [stage('Qualify', 20), null, stage('Discover', 10)] as unknown as StageSetting[];
    const s = resolveSettings({ stages }, log);
    expect(s.stages.map((x) => x.stageName)).toEqual(['Qualify', 'Discover']);
    expect(log.counts.INVALID_VALUE).toBe(1);
    expect(log.warnings[0].message).toBe('Setting stages[1] is not a stage setting; ignored.');
    expect([...indexStages(stages).entries()].map(([name, info]) => [name, info.rank])).toEqual([
      ['Discover', 0],
      ['Qualify', 1]
    ]);
  });

  it('reports duplicates, unreadable maxima, sort orders and criteria, and keeps what it can', () => {
    const log = new WarningLog();
    const s = resolveSettings(
      {
        stages: [
          { ...stage('A', 1, -5), exitCriteria: [null, { criterion: 'Ok', fieldApiName: 7 }] },
          stage('B', Number.NaN, 10),
          stage('A', 3, 9)
        ] as unknown as StageSetting[]
      },
      log
    );
    expect(s.stages).toEqual([
      { stageName: 'A', sortOrder: 1, maxDaysInStage: null, exitCriteria: [{ criterion: 'Ok', fieldApiName: null }] },
      { stageName: 'B', sortOrder: 1e9 + 1, maxDaysInStage: 10, exitCriteria: [] }
    ]);
    // −5 days, a criterion without text, a NaN sort order, and "A" twice.
    expect(log.counts.INVALID_VALUE).toBe(4);
  });

  it('falls back to the defaults for a non-list or an all-invalid list, and for settings that are not a record', () => {
    const log = new WarningLog();
    const s = resolveSettings(
      {
        stages: 'Prospecting' as unknown as StageSetting[],
        agendaSections: [{ key: 'Nope' }] as unknown as CoachingSettings['agendaSections'],
        disabledGapCodes: ['CYCLE_LENGTH', 4] as unknown as string[]
      },
      log
    );
    expect(s.stages).toEqual(DEFAULT_SETTINGS.stages);
    expect(s.agendaSections).toEqual(DEFAULT_SETTINGS.agendaSections);
    expect(s.disabledGapCodes).toEqual(['CYCLE_LENGTH']);
    // stages not a list; section "Nope" unknown, and then no valid section; 4 is not a gap code.
    expect(log.counts.INVALID_VALUE).toBe(4);
    const other = new WarningLog();
    expect(resolveSettings('text' as unknown as CoachingSettings, other).stages).toEqual(DEFAULT_SETTINGS.stages);
    expect(other.counts.INVALID_VALUE).toBe(1);
  });

  it('describes a value whose toString throws instead of failing on it', () => {
    const log = new WarningLog();
    const s = resolveSettings({ kAnonymityMinimum: { toString: '' } as unknown as number }, log);
    expect(s.kAnonymityMinimum).toBe(3);
    expect(log.warnings[0].message).toBe('Setting kAnonymityMinimum = (object) is outside 3–1000; using 3.');
  });

  it('builds the team view with a null stage in the settings', () => {
    const ds = seedTeam();
    ds.settings = { ...ds.settings, stages: [null, ...ds.settings.stages] as unknown as StageSetting[] };
    const view = buildTeamView(ds, CLOCK, { managerId: 'mgr' });
    expect(view.reps).toHaveLength(9);
    expect(view.warningCounts.INVALID_VALUE).toBe(1);
  });
});
