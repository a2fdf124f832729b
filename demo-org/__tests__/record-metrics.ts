/**
 * Independent figures computed from the generated records alone (never from generator internals): what a sales
 * analyst would compute with SOQL and a spreadsheet. Tests compare reps with these.
 */
import type { DemoOrg, OpportunityHistoryRecord, OpportunityRecord, PeriodRecord } from '../format.ts';

export interface RepFigures {
  repId: string;
  /** Won ÷ (won + lost), by count, over deals that closed in the trailing four fiscal quarters. */
  winRate: number;
  /** Won amount (USD) ÷ quota, trailing four quarters. */
  attainment: number;
  /** Deals created per quarter, trailing four quarters. */
  createdPerQuarter: number;
  /** Open pipeline (USD) closing in the current quarter ÷ (quota − won this quarter); Infinity once quota is met. */
  coverage: number;
  /** Mean PushCount over deals created in the trailing four quarters and the current one. */
  averagePushCount: number;
  /** Open deals with a close date before the anchor. */
  pastDueOpen: number;
  /** Share of the deals created in the trailing four quarters and the current one whose close date moved into a
   * later fiscal quarter at least once. */
  movedQuarterShare: number;
  /** Pushes made after the close date had already passed. */
  latePushes: number;
  /** Deals whose first history row is already at Proposal/Price Quote or later (or closed). */
  firstSeenLate: number;
  /** Deals created after the rep's first held 1:1 that the next held 1:1 saw at a late stage or closed, or never saw. */
  surprisesInOneOnOnes: number;
  /** Share of the deals created in the trailing four quarters and the current one on accounts that are existing
   * customers (a win in the last 24 months). */
  existingAccountShare: number;
}

const LATE_STAGES = new Set(['Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost']);

export const quarterPeriods = (org: DemoOrg): PeriodRecord[] =>
  org.records.Period.filter((p) => p.Type === 'Quarter').sort((a, b) => a.StartDate.localeCompare(b.StartDate));

export function quarterContaining(org: DemoOrg, date: string): PeriodRecord {
  const q = quarterPeriods(org).find((p) => p.StartDate <= date && date <= p.EndDate);
  if (!q) throw new Error(`no fiscal quarter contains ${date}`);
  return q;
}

/** Amount in USD with the CurrencyType rate (units per USD). */
export function usdConverter(org: DemoOrg): (amount: number, iso: string) => number {
  const rates = new Map(org.records.CurrencyType.map((c) => [c.IsoCode, c.ConversionRate]));
  return (amount, iso) => amount / rates.get(iso)!;
}

export function historyByOpportunity(org: DemoOrg): Map<string, OpportunityHistoryRecord[]> {
  const byOpp = new Map<string, OpportunityHistoryRecord[]>();
  for (const row of org.records.OpportunityHistory) {
    let rows = byOpp.get(row.OpportunityId);
    if (!rows) byOpp.set(row.OpportunityId, (rows = []));
    rows.push(row);
  }
  for (const rows of byOpp.values()) rows.sort((a, b) => a.CreatedDate.localeCompare(b.CreatedDate));
  return byOpp;
}

const addMonths = (date: string, months: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** 'existing' (won in the last 24 months), 'dormant' (won before, nothing in 12 months) or 'newLogo' (never won). */
export function accountClasses(org: DemoOrg): Map<string, 'existing' | 'dormant' | 'newLogo'> {
  const anchor = org.meta.anchorDate;
  const existingFrom = addMonths(anchor, -24);
  const dormantFrom = addMonths(anchor, -12);
  const classes = new Map<string, 'existing' | 'dormant' | 'newLogo'>();
  const byAccount = new Map<string, OpportunityRecord[]>();
  for (const o of org.records.Opportunity) {
    let list = byAccount.get(o.AccountId);
    if (!list) byAccount.set(o.AccountId, (list = []));
    list.push(o);
  }
  for (const account of org.records.Account) {
    const opps = byAccount.get(account.Id) ?? [];
    const wins = opps.filter((o) => o.IsWon);
    if (wins.length === 0) classes.set(account.Id, 'newLogo');
    else if (wins.some((o) => o.CloseDate >= existingFrom)) classes.set(account.Id, 'existing');
    else {
      const recent =
        opps.some((o) => !o.IsClosed) ||
        (account.LastActivityDate !== null && account.LastActivityDate >= dormantFrom) ||
        wins.some((o) => o.CloseDate >= dormantFrom);
      classes.set(account.Id, recent ? 'existing' : 'dormant');
    }
  }
  return classes;
}

export function repFigures(org: DemoOrg): Map<string, RepFigures> {
  const anchor = org.meta.anchorDate;
  const quarters = quarterPeriods(org);
  const current = quarterContaining(org, anchor);
  const currentIndex = quarters.indexOf(current);
  const trailing = quarters.slice(currentIndex - 4, currentIndex);
  const trailingStart = trailing[0].StartDate;
  const trailingEnd = trailing[3].EndDate;
  const usd = usdConverter(org);
  const history = historyByOpportunity(org);
  const classes = accountClasses(org);
  const quarterOf = (date: string): string => quarterContaining(org, date).Id;
  const heldByRep = new Map<string, string[]>();
  for (const s of org.records.Coaching_Session__c) {
    if (s.Status__c !== 'Held' || !s.Actual_Start__c) continue;
    let list = heldByRep.get(s.Rep__c);
    if (!list) heldByRep.set(s.Rep__c, (list = []));
    list.push(s.Actual_Start__c);
  }

  const figures = new Map<string, RepFigures>();
  for (const repId of org.meta.scenario.repIds) {
    const opps = org.records.Opportunity.filter((o) => o.OwnerId === repId);
    const closedTrailing = opps.filter((o) => o.IsClosed && o.CloseDate >= trailingStart && o.CloseDate <= trailingEnd);
    const won = closedTrailing.filter((o) => o.IsWon);
    const quota = (from: string, to: string): number =>
      org.records.Sales_Quota__c.filter(
        (q) => q.User__c === repId && q.Period_Start__c >= from && q.Period_End__c <= to
      ).reduce((sum, q) => sum + usd(q.Amount__c, q.CurrencyIsoCode), 0);
    const wonThisQuarter = opps
      .filter((o) => o.IsWon && o.CloseDate >= current.StartDate && o.CloseDate <= current.EndDate)
      .reduce((sum, o) => sum + usd(o.Amount, o.CurrencyIsoCode), 0);
    const open = opps.filter((o) => !o.IsClosed);
    const gap = quota(current.StartDate, current.EndDate) - wonThisQuarter;
    const openThisQuarter = open
      .filter((o) => o.CloseDate >= current.StartDate && o.CloseDate <= current.EndDate)
      .reduce((sum, o) => sum + usd(o.Amount, o.CurrencyIsoCode), 0);
    const recentCreated = opps.filter((o) => o.CreatedDate.slice(0, 10) >= trailingStart);

    let moved = 0;
    let latePushes = 0;
    let firstSeenLate = 0;
    let surprises = 0;
    const held = (heldByRep.get(repId) ?? []).sort();
    for (const o of opps) {
      const rows = history.get(o.Id) ?? [];
      if (rows.length > 0 && LATE_STAGES.has(rows[0].StageName)) firstSeenLate++;
      let movedQuarter = false;
      for (const row of rows) {
        if (!row.PrevCloseDate || row.PrevCloseDate >= row.CloseDate) continue;
        if (quarterOf(row.PrevCloseDate) !== quarterOf(row.CloseDate)) movedQuarter = true;
        if (row.CreatedDate.slice(0, 10) > row.PrevCloseDate && !row.StageName.startsWith('Closed')) latePushes++;
      }
      if (movedQuarter && recentCreated.includes(o)) moved++;
      if (held.length > 0 && o.CreatedDate > held[0]) {
        // The state the next held 1:1 saw: the last history row at or before it.
        const seenAt = held.find((at) => at >= o.CreatedDate);
        const seen = seenAt === undefined ? undefined : rows.filter((r) => r.CreatedDate <= seenAt).pop();
        if (seenAt === undefined ? o.IsClosed : !seen || LATE_STAGES.has(seen.StageName)) surprises++;
      }
    }

    figures.set(repId, {
      repId,
      winRate: won.length / closedTrailing.length,
      attainment: won.reduce((sum, o) => sum + usd(o.Amount, o.CurrencyIsoCode), 0) / quota(trailingStart, trailingEnd),
      createdPerQuarter:
        opps.filter((o) => {
          const d = o.CreatedDate.slice(0, 10);
          return d >= trailingStart && d <= trailingEnd;
        }).length / 4,
      coverage: gap > 0 ? openThisQuarter / gap : Infinity,
      averagePushCount: recentCreated.reduce((sum, o) => sum + o.PushCount, 0) / recentCreated.length,
      pastDueOpen: open.filter((o) => o.CloseDate < anchor).length,
      movedQuarterShare: moved / recentCreated.length,
      latePushes,
      firstSeenLate,
      surprisesInOneOnOnes: surprises,
      existingAccountShare:
        recentCreated.filter((o) => classes.get(o.AccountId) === 'existing').length / recentCreated.length
    });
  }
  return figures;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
