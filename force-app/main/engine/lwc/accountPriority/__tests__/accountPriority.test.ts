import { dayFromIso } from 'c/calendarDate';
import { accountPriorities, classifyAccount, collectAccountFacts } from 'c/accountPriority';
import { resolveSettings } from 'c/coachingSettings';
import { account, opportunity, won } from '@test/engine/records';

const TODAY = dayFromIso('2026-11-24') as number;
const settings = resolveSettings({});

describe('account priorities', () => {
  it('classifies by the last win: 24 months existing, older dormant (quiet after 12 quiet months), never won new', () => {
    const f = (lastWon: string | null, lastActivity: string | null = null, hasOpen = false) => ({
      lastWonDay: dayFromIso(lastWon),
      lastActivityDay: dayFromIso(lastActivity),
      hasOpen
    });
    expect(classifyAccount(f('2024-11-24'), null, TODAY, settings)).toEqual({ accountClass: 'EXISTING', quiet: false });
    expect(classifyAccount(f('2024-11-23'), null, TODAY, settings)).toEqual({ accountClass: 'DORMANT', quiet: true });
    expect(classifyAccount(f('2023-01-01', '2026-01-01'), null, TODAY, settings)).toEqual({
      accountClass: 'DORMANT',
      quiet: false
    });
    expect(classifyAccount(f('2023-01-01', null, true), null, TODAY, settings).quiet).toBe(false);
    expect(classifyAccount(f('2023-01-01'), dayFromIso('2026-06-01'), TODAY, settings).quiet).toBe(false);
    expect(classifyAccount(undefined, null, TODAY, settings)).toEqual({ accountClass: 'NEW_LOGO', quiet: false });
  });

  it('follows non-default windows: existing within 6 months, quiet after 3 quiet months', () => {
    const short = resolveSettings({ existingWindowMonths: 6, dormantWindowMonths: 3 });
    const f = (lastWon: string, lastActivity: string | null = null) => ({
      lastWonDay: dayFromIso(lastWon),
      lastActivityDay: dayFromIso(lastActivity),
      hasOpen: false
    });
    // 6 months before 2026-11-24 is 2026-05-24: a win on that day is existing, one a day earlier is dormant.
    expect(classifyAccount(f('2026-05-24'), null, TODAY, short).accountClass).toBe('EXISTING');
    expect(classifyAccount(f('2026-05-23'), null, TODAY, short)).toEqual({ accountClass: 'DORMANT', quiet: true });
    // 3 months back is 2026-08-24: activity on 2026-09-01 keeps it from being quiet, 2026-08-01 does not.
    expect(classifyAccount(f('2026-05-23', '2026-09-01'), null, TODAY, short).quiet).toBe(false);
    expect(classifyAccount(f('2026-05-23', '2026-08-01'), null, TODAY, short).quiet).toBe(true);
    // With the default windows (24 and 12 months) the same win is existing.
    expect(classifyAccount(f('2026-05-23'), null, TODAY, settings).accountClass).toBe('EXISTING');
  });

  it('splits open pipeline and activity by class and flags a rep living on low-hanging fruit', () => {
    const accounts = [
      account({ id: 'ex', name: 'Existing', lastActivityDate: '2026-11-20' }),
      account({ id: 'do', name: 'Dormant' }),
      account({ id: 'nl', name: 'New logo', lastActivityDate: '2026-11-01' })
    ];
    const opps = [
      won({ accountId: 'ex', closeDate: '2026-03-01', ownerId: 'other' }),
      won({ accountId: 'do', closeDate: '2022-03-01' }),
      opportunity({ accountId: 'ex', amount: 900 }),
      opportunity({ accountId: 'nl', amount: 100 }),
      opportunity({ accountId: null, amount: 50 })
    ];
    const result = accountPriorities({
      repId: 'rep1',
      today: TODAY,
      settings,
      ownedAccounts: accounts,
      accountsById: new Map(accounts.map((a) => [a.id, a])),
      opportunities: opps.filter((o) => o.ownerId === 'rep1'),
      facts: collectAccountFacts(opps),
      amountOf: (o) => o.amount
    });
    // Open pipeline on accounts: 900 existing + 100 new logo = 1,000 → 90% and 10%; 50 without account.
    expect(result.classes.map((c) => [c.accountClass, c.openPipeline, c.pipelineShare])).toEqual([
      ['EXISTING', 900, 0.9],
      ['DORMANT', 0, 0],
      ['NEW_LOGO', 100, 0.1]
    ]);
    // Active within 30 days: Existing (11-20) and New logo (11-01, 23 days) → 50% each.
    expect(result.classes.map((c) => c.activityShare)).toEqual([0.5, 0, 0.5]);
    expect(result.noAccountPipeline).toBe(50);
    expect(result.onlyLowHangingFruit).toBe(true); // 90% ≥ 80%
    expect(result.quietDormantAccountIds).toEqual(['do']);
  });

  it('has no shares (null, not NaN) for a rep without accounts', () => {
    const r = accountPriorities({
      repId: 'x',
      today: TODAY,
      settings,
      ownedAccounts: [],
      accountsById: new Map(),
      opportunities: [],
      facts: new Map(),
      amountOf: () => null
    });
    expect(r.classes.every((c) => c.pipelineShare === null && c.activityShare === null)).toBe(true);
    expect(r.onlyLowHangingFruit).toBe(false);
  });
});
