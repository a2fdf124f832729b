/**
 * Account priorities: where a rep's open pipeline and recent activity sit.
 * - existing ("low-hanging fruit"): won within the existing window (24 months by default)
 * - dormant: won before that; "quiet" when there was no win, open deal or activity within the dormant
 *   window (12 months) — past customers gone quiet, the reactivation list
 * - new logo: never won
 * A past customer the rep is working again (an open deal on an account last won 30 months ago) stays
 * dormant-but-not-quiet, so its pipeline shows as reactivation pipeline (docs/decisions.md D-engine-3).
 */
import type { Account, Id, Opportunity } from 'c/coachingModel';
import { addMonths, dayFromIso } from 'c/calendarDate';
import type { ResolvedSettings } from 'c/coachingSettings';
import { ratio } from 'c/numberStats';

export type AccountClass = 'EXISTING' | 'DORMANT' | 'NEW_LOGO';
export const ACCOUNT_CLASSES: readonly AccountClass[] = ['EXISTING', 'DORMANT', 'NEW_LOGO'];

/** What every opportunity on an account says about it, whoever owns the deal. */
export interface AccountFacts {
  lastWonDay: number | null;
  lastActivityDay: number | null;
  hasOpen: boolean;
}

/** One pass over the opportunities: per account, the latest win, the latest activity and any open deal. */
export function collectAccountFacts(opportunities: Iterable<Opportunity>): Map<Id, AccountFacts> {
  const facts = new Map<Id, AccountFacts>();
  for (const opp of opportunities) {
    if (!opp.accountId) continue;
    let f = facts.get(opp.accountId);
    if (!f) {
      f = { lastWonDay: null, lastActivityDay: null, hasOpen: false };
      facts.set(opp.accountId, f);
    }
    if (opp.isWon) {
      const won = dayFromIso(opp.closeDate);
      if (won !== null && (f.lastWonDay === null || won > f.lastWonDay)) f.lastWonDay = won;
    }
    if (!opp.isClosed) f.hasOpen = true;
    const activity = dayFromIso(opp.lastActivityDate);
    if (activity !== null && (f.lastActivityDay === null || activity > f.lastActivityDay)) f.lastActivityDay = activity;
  }
  return facts;
}

export interface AccountStatus {
  accountId: Id;
  name: string;
  accountClass: AccountClass;
  lastWonDay: number | null;
  /** Dormant and nothing happened within the dormant window. */
  quiet: boolean;
  /** Touched within the activity window. */
  active: boolean;
  openPipeline: number;
  openCount: number;
}

export interface ClassShare {
  accountClass: AccountClass;
  accounts: number;
  openCount: number;
  openPipeline: number;
  /** Share of the rep's open pipeline on accounts (0–1). */
  pipelineShare: number | null;
  activeAccounts: number;
  /** Share of the rep's recently active accounts (0–1). */
  activityShare: number | null;
}

export interface AccountPriorities {
  repId: Id;
  classes: ClassShare[];
  accounts: AccountStatus[];
  /** Open pipeline on deals without an account: in no class. */
  noAccountPipeline: number;
  /** The rep's pipeline sits (almost) only on existing customers. */
  onlyLowHangingFruit: boolean;
  quietDormantAccountIds: Id[];
}

export interface AccountPriorityInput {
  repId: Id;
  today: number;
  settings: ResolvedSettings;
  /** Accounts the rep owns. */
  ownedAccounts: readonly Account[];
  /** Every account by id (to name the accounts of the rep's deals). */
  accountsById: Map<Id, Account>;
  /** The rep's opportunities. */
  opportunities: readonly Opportunity[];
  facts: Map<Id, AccountFacts>;
  amountOf: (opp: Opportunity) => number | null;
}

export function classifyAccount(
  facts: AccountFacts | undefined,
  accountActivityDay: number | null,
  today: number,
  settings: ResolvedSettings
): { accountClass: AccountClass; quiet: boolean } {
  const lastWon = facts?.lastWonDay ?? null;
  if (lastWon === null) return { accountClass: 'NEW_LOGO', quiet: false };
  if (lastWon >= addMonths(today, -settings.existingWindowMonths)) return { accountClass: 'EXISTING', quiet: false };
  const since = addMonths(today, -settings.dormantWindowMonths);
  const lastActivity = Math.max(facts?.lastActivityDay ?? -Infinity, accountActivityDay ?? -Infinity);
  return { accountClass: 'DORMANT', quiet: !facts?.hasOpen && lastWon < since && lastActivity < since };
}

export function accountPriorities(input: AccountPriorityInput): AccountPriorities {
  const { today, settings } = input;
  const activeSince = today - settings.activityWindowDays;
  const statuses = new Map<Id, AccountStatus>();
  const statusOf = (accountId: Id): AccountStatus => {
    let s = statuses.get(accountId);
    if (!s) {
      const account = input.accountsById.get(accountId);
      const accountActivity = dayFromIso(account?.lastActivityDate);
      const { accountClass, quiet } = classifyAccount(input.facts.get(accountId), accountActivity, today, settings);
      s = {
        accountId,
        name: account?.name ?? accountId,
        accountClass,
        lastWonDay: input.facts.get(accountId)?.lastWonDay ?? null,
        quiet,
        active: accountActivity !== null && accountActivity >= activeSince,
        openPipeline: 0,
        openCount: 0
      };
      statuses.set(accountId, s);
    }
    return s;
  };
  for (const a of input.ownedAccounts) statusOf(a.id);
  let noAccountPipeline = 0;
  for (const opp of input.opportunities) {
    if (opp.isClosed) continue;
    const amount = input.amountOf(opp) ?? 0;
    if (!opp.accountId) {
      noAccountPipeline += amount;
      continue;
    }
    const s = statusOf(opp.accountId);
    s.openCount++;
    s.openPipeline += amount;
    const activity = dayFromIso(opp.lastActivityDate);
    if (activity !== null && activity >= activeSince) s.active = true;
  }
  const accounts = [...statuses.values()];
  const totalPipeline = accounts.reduce((sum, a) => sum + a.openPipeline, 0);
  const totalActive = accounts.filter((a) => a.active).length;
  const classes = ACCOUNT_CLASSES.map((accountClass): ClassShare => {
    const inClass = accounts.filter((a) => a.accountClass === accountClass);
    const openPipeline = inClass.reduce((sum, a) => sum + a.openPipeline, 0);
    const activeAccounts = inClass.filter((a) => a.active).length;
    return {
      accountClass,
      accounts: inClass.length,
      openCount: inClass.reduce((sum, a) => sum + a.openCount, 0),
      openPipeline,
      pipelineShare: ratio(openPipeline, totalPipeline),
      activeAccounts,
      activityShare: ratio(activeAccounts, totalActive)
    };
  });
  const existingShare = classes[0].pipelineShare;
  return {
    repId: input.repId,
    classes,
    accounts,
    noAccountPipeline,
    onlyLowHangingFruit: existingShare !== null && existingShare >= settings.lowHangingFruitShare,
    quietDormantAccountIds: accounts.filter((a) => a.quiet).map((a) => a.accountId)
  };
}
