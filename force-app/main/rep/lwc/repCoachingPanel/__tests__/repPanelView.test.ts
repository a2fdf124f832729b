import { buildRepPanelView } from '../repPanelView';
import { CLOCK, dataset, session, user, won, actionItem } from '@test/engine/records';
import { GAP_TEXT } from 'c/repDiagnosis';

const display = { locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' };

describe('buildRepPanelView', () => {
  const ds = dataset({
    users: [user({ id: 'mgr', name: 'Dana' }), user({ id: 'rep1', name: 'Riley', managerId: 'mgr' })],
    sessions: [
      session({
        id: 'held',
        status: 'Held',
        scheduledStart: '2026-11-20T14:00:00.000Z',
        actualStart: '2026-11-20T14:05:00.000Z',
        healthScore: 64,
        mainGap: 'SLIPPAGE',
        commitCurrentQuarter: 400_000,
        forecastPeriodStart: '2026-08-01',
        forecastPeriodEnd: '2026-10-31'
      }),
      session({ id: 'skipped', status: 'Skipped', scheduledStart: '2026-11-13T14:00:00.000Z' }),
      session({ id: 'future', status: 'Planned', scheduledStart: '2026-11-27T14:00:00.000Z' })
    ],
    actionItems: [
      actionItem({ id: 'done', status: 'Done', completedDate: '2026-11-19', dueDate: '2026-11-20' }),
      actionItem({ id: 'open', status: 'Open', dueDate: '2026-11-30' })
    ],
    opportunities: [won({ ownerId: 'rep1', closeDate: '2026-10-15', amount: 320_000 })]
  });
  const view = buildRepPanelView({
    repId: 'rep1',
    managerId: 'mgr',
    dataset: ds,
    clock: CLOCK,
    display,
    trendWeeks: 13
  });

  it('lists past 1:1s newest first, with figures only for held ones', () => {
    expect(view.sessions).toEqual([
      {
        id: 'held',
        date: 'Nov 20, 2026',
        status: 'c.Coaching_Session_Status_Held',
        health: '64',
        mainGap: GAP_TEXT.SLIPPAGE.title,
        commit: '$400K'
      },
      {
        id: 'skipped',
        date: 'Nov 13, 2026',
        status: 'c.Coaching_Session_Status_Skipped',
        health: '',
        mainGap: '',
        commit: ''
      }
    ]);
  });

  it('scores the last commit of an ended quarter against what was won in it', () => {
    // FY2027 Q3 (Aug–Oct 2026): commit 400,000 (the 20 Nov 1:1 recorded it for that quarter, after its end, so it
    // does not count) — no commit recorded on or before 31 Oct: no quarter is scored.
    expect(view.forecastRows).toEqual([]);
    expect(view.forecastSummary).toBeNull();
  });

  it('scores a commit recorded before the quarter ended: accuracy and bias by hand', () => {
    const inQuarter = session({
      id: 'october',
      status: 'Held',
      scheduledStart: '2026-10-28T14:00:00.000Z',
      actualStart: '2026-10-28T14:00:00.000Z',
      commitCurrentQuarter: 400_000,
      forecastPeriodStart: '2026-08-01',
      forecastPeriodEnd: '2026-10-31'
    });
    const scored = buildRepPanelView({
      repId: 'rep1',
      managerId: 'mgr',
      dataset: { ...ds, sessions: [...ds.sessions, inQuarter] },
      clock: CLOCK,
      display,
      trendWeeks: 13
    });
    // Won in Aug–Oct 2026: 320,000 (15 Oct). Accuracy 1 − |320,000 − 400,000| ÷ 320,000 = 1 − 0.25 = 75%;
    // bias (400,000 − 320,000) ÷ 320,000 = +25%.
    expect(scored.forecastRows).toEqual([
      { key: expect.any(String), quarter: 'FY2027 Q3', commit: '$400K', actual: '$320K', accuracy: '75%', bias: '+25%' }
    ]);
    expect(scored.forecastSummary).toEqual({
      accuracy: '75%',
      biasText: 'c.Coaching_Rep_Forecast_Bias_Over',
      variant: 'warning'
    });
  });

  it('lists open items before closed ones and charts held 1:1s then now', () => {
    expect(view.actionItems.map((a) => a.id)).toEqual(['open', 'done']);
    expect(view.trend.map((p) => p.key)).toEqual(['held', 'now']);
    expect(view.trend[0].value).toBe(64);
  });
});
