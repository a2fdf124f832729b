/**
 * The GraphQL documents of the leader's oversight screens and how their pages become engine records.
 *
 * - People: active users with a manager, paged; the hierarchy is walked in memory (`c/oversightScope`).
 * - Activity: ONE document for every manager in scope — their active cadences, 1:1s, action items and the
 *   reps' survey answers since the start of what the screen shows, plus the reps' closed-won amount per fiscal
 *   quarter as server-side aggregates (forecast accuracy needs what actually closed, not the opportunities).
 *   It reads 1:1 records and sums, never raw opportunities, so it stays small at any org size.
 * - Answers: one manager's survey answers with comments, for the drill-down (leaders only).
 * - Loss reviews: deal reviews with their opportunity's amount, owner and team, for the root-cause Pareto.
 *
 * Paging: every record connection of a document has its own `…After` cursor and `…Until` switch. The document is
 * re-run with the next cursor of each connection that has more pages; a connection that is complete gets
 * `…Until` in the past (CreatedDate ≤ 1900), so it returns nothing instead of its first page again.
 * Fields an org may gate or field-level security may hide are `@optional`: absent from the node, they map to
 * null, and the screen says the figure is hidden instead of showing a wrong 0%.
 */
import { gql } from 'lightning/graphql';
import type { ConnectionPager, PagedConnection } from 'c/coachingLoader';
import {
  flattenUiApiNode,
  mapRecords,
  toActionItem,
  toCadence,
  toFeedback,
  toSession,
  toIsoDateTime
} from 'c/coachingRecords';
import type { ApiRecord } from 'c/coachingRecords';
import type {
  ActionItem,
  Cadence,
  CoachingDataset,
  CoachingSettings,
  CurrencySettings,
  Feedback,
  FiscalCalendar,
  Id,
  IsoDate,
  Opportunity,
  Session,
  User
} from 'c/coachingModel';
import type { Person } from 'c/oversightScope';
import type { LossReview } from 'c/lossPatterns';

export const PEOPLE_OPERATION = 'oversightPeople';
export const ACTIVITY_OPERATION = 'oversightActivity';
export const ANSWERS_OPERATION = 'oversightAnswers';
export const LOSS_REVIEWS_OPERATION = 'lossReviews';
export const RATES_OPERATION = 'oversightRates';

/** The UI API's largest page. */
export const PAGE_SIZE = 2000;
/** Answers listed in a manager's drill-down, newest first. */
export const ANSWERS_LIMIT = 200;
/** Quarters of closed-won amounts the activity document reads (one aggregate each; a query allows 10 in all). */
export const WON_QUARTERS = 4;

// ---------------------------------------------------------------------------------------------------------
// Documents

export const PEOPLE_QUERY = gql`
  query oversightPeople($after: String) {
    uiapi {
      query {
        User(
          where: { IsActive: { eq: true }, ManagerId: { ne: null } }
          first: 2000
          after: $after
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          edges {
            node {
              Id
              Name {
                value
              }
              ManagerId {
                value
              }
              Title @optional {
                value
              }
              Manager {
                Name {
                  value
                }
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

export const ACTIVITY_QUERY = gql`
  query oversightActivity(
    $managerIds: [ID]
    $since: DateTime
    $sinceDate: Date
    $cadencesAfter: String
    $cadencesUntil: DateTime
    $sessionsAfter: String
    $sessionsUntil: DateTime
    $itemsAfter: String
    $itemsUntil: DateTime
    $answersAfter: String
    $answersUntil: DateTime
    $won1Start: Date
    $won1End: Date
    $won2Start: Date
    $won2End: Date
    $won3Start: Date
    $won3End: Date
    $won4Start: Date
    $won4End: Date
    $wonUntil: DateTime
  ) {
    uiapi {
      query {
        Coaching_Cadence__c(
          where: {
            and: [
              { Manager__c: { in: $managerIds } }
              { Active__c: { eq: true } }
              { CreatedDate: { lte: { value: $cadencesUntil } } }
            ]
          }
          first: 2000
          after: $cadencesAfter
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          edges {
            node {
              Id
              Manager__c {
                value
              }
              Rep__c {
                value
              }
              Day_Of_Week__c {
                value
              }
              Local_Start_Time__c {
                value
              }
              Duration_Minutes__c {
                value
              }
              Time_Zone__c {
                value
              }
              Active__c {
                value
              }
              CreatedDate {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Coaching_Session__c(
          where: {
            and: [
              { Manager__c: { in: $managerIds } }
              { Scheduled_Start__c: { gte: { value: $since } } }
              { CreatedDate: { lte: { value: $sessionsUntil } } }
            ]
          }
          first: 2000
          after: $sessionsAfter
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          edges {
            node {
              Id
              Cadence__c @optional {
                value
              }
              Manager__c {
                value
              }
              Rep__c {
                value
              }
              Scheduled_Start__c {
                value
              }
              Actual_Start__c @optional {
                value
              }
              Status__c @optional {
                value
              }
              Sections_Reviewed__c @optional {
                value
              }
              Agenda_Opened_At__c @optional {
                value
              }
              Commit_Current_Quarter__c @optional {
                value
              }
              Best_Case_Current_Quarter__c @optional {
                value
              }
              Forecast_Period_Start__c @optional {
                value
              }
              Forecast_Period_End__c @optional {
                value
              }
              CurrencyIsoCode @optional {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Action_Item__c(
          where: {
            and: [
              { Manager__c: { in: $managerIds } }
              { or: [{ Due_Date__c: { gte: { value: $sinceDate } } }, { Status__c: { in: ["Open", "In Progress"] } }] }
              { CreatedDate: { lte: { value: $itemsUntil } } }
            ]
          }
          first: 2000
          after: $itemsAfter
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          edges {
            node {
              Id
              Manager__c {
                value
              }
              Rep__c @optional {
                value
              }
              Assignee__c {
                value
              }
              Due_Date__c {
                value
              }
              Status__c @optional {
                value
              }
              Completed_Date__c @optional {
                value
              }
              CreatedDate {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Coaching_Feedback__c(
          where: {
            and: [
              { Manager__c: { in: $managerIds } }
              { CreatedDate: { gte: { value: $since } } }
              { CreatedDate: { lte: { value: $answersUntil } } }
            ]
          }
          first: 2000
          after: $answersAfter
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          edges {
            node {
              Id
              Session__c {
                value
              }
              Manager__c {
                value
              }
              Rep__c {
                value
              }
              Preparation_Rating__c {
                value
              }
              Pipeline_Insight_Rating__c {
                value
              }
              Skill_Development_Rating__c {
                value
              }
              Action_Clarity_Rating__c {
                value
              }
              Rep_Agenda_Rating__c {
                value
              }
              Overall_Value__c {
                value
              }
              CreatedDate {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
      aggregate {
        Won1: Opportunity(
          where: {
            and: [
              { IsWon: { eq: true } }
              { Owner: { ManagerId: { in: $managerIds } } }
              { CloseDate: { gte: { value: $won1Start } } }
              { CloseDate: { lte: { value: $won1End } } }
              { CreatedDate: { lte: { value: $wonUntil } } }
            ]
          }
          groupBy: { OwnerId: { group: true } }
          first: 2000
        ) {
          ...WonAmounts
        }
        Won2: Opportunity(
          where: {
            and: [
              { IsWon: { eq: true } }
              { Owner: { ManagerId: { in: $managerIds } } }
              { CloseDate: { gte: { value: $won2Start } } }
              { CloseDate: { lte: { value: $won2End } } }
              { CreatedDate: { lte: { value: $wonUntil } } }
            ]
          }
          groupBy: { OwnerId: { group: true } }
          first: 2000
        ) {
          ...WonAmounts
        }
        Won3: Opportunity(
          where: {
            and: [
              { IsWon: { eq: true } }
              { Owner: { ManagerId: { in: $managerIds } } }
              { CloseDate: { gte: { value: $won3Start } } }
              { CloseDate: { lte: { value: $won3End } } }
              { CreatedDate: { lte: { value: $wonUntil } } }
            ]
          }
          groupBy: { OwnerId: { group: true } }
          first: 2000
        ) {
          ...WonAmounts
        }
        Won4: Opportunity(
          where: {
            and: [
              { IsWon: { eq: true } }
              { Owner: { ManagerId: { in: $managerIds } } }
              { CloseDate: { gte: { value: $won4Start } } }
              { CloseDate: { lte: { value: $won4End } } }
              { CreatedDate: { lte: { value: $wonUntil } } }
            ]
          }
          groupBy: { OwnerId: { group: true } }
          first: 2000
        ) {
          ...WonAmounts
        }
      }
    }
  }

  fragment WonAmounts on OpportunityAggregateConnection {
    edges {
      node {
        aggregate {
          OwnerId {
            value
          }
          Amount @optional {
            sum {
              value
            }
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`;

export const ANSWERS_QUERY = gql`
  query oversightAnswers($managerId: ID, $heldFrom: DateTime, $heldBefore: DateTime) {
    uiapi {
      query {
        Coaching_Feedback__c(
          where: {
            and: [
              { Manager__c: { eq: $managerId } }
              { Session__r: { Actual_Start__c: { gte: { value: $heldFrom } } } }
              { Session__r: { Actual_Start__c: { lt: { value: $heldBefore } } } }
            ]
          }
          first: 200
          orderBy: { CreatedDate: { order: DESC } }
        ) {
          edges {
            node {
              Id
              Rep__c {
                value
              }
              Rep__r {
                Name {
                  value
                }
              }
              Session__r {
                Actual_Start__c {
                  value
                }
              }
              Preparation_Rating__c {
                value
              }
              Pipeline_Insight_Rating__c {
                value
              }
              Skill_Development_Rating__c {
                value
              }
              Action_Clarity_Rating__c {
                value
              }
              Rep_Agenda_Rating__c {
                value
              }
              Overall_Value__c {
                value
              }
              Improvement__c @optional {
                value
              }
              CreatedDate {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

/**
 * The corporate-currency value of a few recorded commits, one per currency: SUM over a group of one record is
 * that record converted by the platform, which gives each currency's rate (see `derivedCurrencySettings`).
 */
export const RATES_QUERY = gql`
  query oversightRates($sessionIds: [ID]) {
    uiapi {
      aggregate {
        Coaching_Session__c(where: { Id: { in: $sessionIds } }, groupBy: { Id: { group: true } }, first: 200) {
          edges {
            node {
              aggregate {
                Id {
                  value
                }
                Commit_Current_Quarter__c {
                  sum {
                    value
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

export const LOSS_REVIEWS_QUERY = gql`
  query lossReviews($sinceDate: Date, $after: String) {
    uiapi {
      query {
        Deal_Review__c(
          where: {
            or: [
              { Reviewed_On__c: { gte: { value: $sinceDate } } }
              { Opportunity__r: { CloseDate: { gte: { value: $sinceDate } } } }
            ]
          }
          first: 2000
          after: $after
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          edges {
            node {
              Id
              Review_Type__c {
                value
                displayValue
              }
              Root_Cause__c {
                value
                displayValue
              }
              Notes__c @optional {
                value
              }
              Reviewed_On__c @optional {
                value
              }
              CreatedDate {
                value
              }
              Opportunity__r {
                Id
                Name {
                  value
                }
                Amount @optional {
                  value
                }
                CurrencyIsoCode @optional {
                  value
                }
                CloseDate {
                  value
                }
                IsClosed {
                  value
                }
                OwnerId {
                  value
                }
                Owner {
                  Name {
                    value
                  }
                  ManagerId {
                    value
                  }
                  Manager {
                    Name {
                      value
                    }
                  }
                }
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

// ---------------------------------------------------------------------------------------------------------
// Paging (`ConnectionPager` in `c/coachingLoader`)

export const PEOPLE_CONNECTIONS: readonly PagedConnection[] = [{ key: 'User', path: 'query', afterVariable: 'after' }];

export const ACTIVITY_CONNECTIONS: readonly PagedConnection[] = [
  { key: 'Coaching_Cadence__c', path: 'query', afterVariable: 'cadencesAfter', untilVariable: 'cadencesUntil' },
  { key: 'Coaching_Session__c', path: 'query', afterVariable: 'sessionsAfter', untilVariable: 'sessionsUntil' },
  { key: 'Action_Item__c', path: 'query', afterVariable: 'itemsAfter', untilVariable: 'itemsUntil' },
  { key: 'Coaching_Feedback__c', path: 'query', afterVariable: 'answersAfter', untilVariable: 'answersUntil' },
  { key: 'Won1', path: 'aggregate', untilVariable: 'wonUntil' },
  { key: 'Won2', path: 'aggregate', untilVariable: 'wonUntil' },
  { key: 'Won3', path: 'aggregate', untilVariable: 'wonUntil' },
  { key: 'Won4', path: 'aggregate', untilVariable: 'wonUntil' }
];

export const LOSS_REVIEW_CONNECTIONS: readonly PagedConnection[] = [
  { key: 'Deal_Review__c', path: 'query', afterVariable: 'after' }
];

// ---------------------------------------------------------------------------------------------------------
// Variables

export interface QuarterBounds {
  start: IsoDate;
  end: IsoDate;
}

/** A date range no record can be in: for a closed-won slot the screen does not need. */
const NO_QUARTER: QuarterBounds = { start: '4000-01-01', end: '1900-01-01' };

/**
 * The activity document's base variables: the managers, the first day to read (a date in the viewer's zone,
 * read from its UTC midnight a day early so no 1:1 near midnight is lost) and up to four quarters of closed won.
 */
export function activityVariables(
  managerIds: readonly Id[],
  loadStart: IsoDate,
  wonQuarters: readonly QuarterBounds[]
): Record<string, unknown> {
  const since = new Date(Date.parse(`${loadStart}T00:00:00.000Z`) - 86_400_000).toISOString();
  const vars: Record<string, unknown> = { managerIds: [...managerIds], since, sinceDate: loadStart };
  for (let i = 0; i < WON_QUARTERS; i++) {
    const q = wonQuarters[i] ?? NO_QUARTER;
    vars[`won${i + 1}Start`] = q.start;
    vars[`won${i + 1}End`] = q.end;
  }
  return vars;
}

// ---------------------------------------------------------------------------------------------------------
// Nodes → records

const flatten = (nodes: readonly unknown[]): ApiRecord[] => nodes.map(flattenUiApiNode);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function peopleFromNodes(nodes: readonly unknown[]): Person[] {
  return flatten(nodes)
    .map((r): Person | null => {
      const id = str(r.Id);
      if (!id) return null;
      const manager = r.Manager as ApiRecord | null | undefined;
      return {
        id,
        name: str(r.Name) ?? id,
        managerId: str(r.ManagerId),
        managerName: str(manager?.Name),
        title: str(r.Title)
      };
    })
    .filter((p): p is Person => p !== null);
}

/** Fields that field-level security hid from every node of a non-empty connection. */
export function hiddenFields(nodes: readonly unknown[], fields: readonly string[]): Set<string> {
  const list = nodes.filter((n): n is Record<string, unknown> => typeof n === 'object' && n !== null);
  if (list.length === 0) return new Set();
  return new Set(fields.filter((f) => list.every((n) => !(f in n))));
}

/** Optional activity fields the oversight figures depend on, as `Object.Field`. */
export const ACTIVITY_OPTIONAL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Coaching_Session__c: [
    'Status__c',
    'Actual_Start__c',
    'Agenda_Opened_At__c',
    'Sections_Reviewed__c',
    'Commit_Current_Quarter__c',
    'Forecast_Period_Start__c',
    'Forecast_Period_End__c'
  ],
  Action_Item__c: ['Status__c']
};

/** The optional activity fields hidden from this user (as `Object.Field`), including the won amounts' Amount. */
export function hiddenActivityFields(pager: ConnectionPager): Set<string> {
  const hidden = new Set<string>();
  for (const [object, fields] of Object.entries(ACTIVITY_OPTIONAL_FIELDS))
    for (const f of hiddenFields(pager.nodes(object), fields)) hidden.add(`${object}.${f}`);
  const won = [1, 2, 3, 4].flatMap((i) => pager.nodes(`Won${i}`)).map((n) => (n as { aggregate?: unknown })?.aggregate);
  if (hiddenFields(won, ['Amount']).has('Amount')) hidden.add('Opportunity.Amount');
  return hidden;
}

interface AggregateField {
  value?: unknown;
  sum?: { value?: unknown } | null;
}
interface AggregateNode {
  aggregate?: Record<string, AggregateField | undefined>;
}

/** Closed-won amounts of one quarter as one won record per rep, dated the quarter's first day. */
function wonRecords(nodes: readonly unknown[], quarter: QuarterBounds, currency: string): Opportunity[] {
  const out: Opportunity[] = [];
  for (const node of nodes) {
    const fields = (node as AggregateNode | null)?.aggregate;
    const ownerId = str(fields?.OwnerId?.value);
    const total = fields?.Amount?.sum?.value;
    if (!ownerId) continue;
    out.push({
      id: `won:${ownerId}:${quarter.start}`,
      name: '',
      accountId: null,
      ownerId,
      amount: typeof total === 'number' && Number.isFinite(total) ? total : null,
      currencyIsoCode: currency,
      stageName: 'Closed Won',
      forecastCategory: 'Closed',
      closeDate: quarter.start,
      createdDate: `${quarter.start}T00:00:00.000Z`,
      lastStageChangeDate: null,
      lastActivityDate: null,
      pushCount: null,
      isClosed: true,
      isWon: true,
      probability: 100,
      hasOverdueTask: false,
      nextStep: null
    });
  }
  return out;
}

function cadenceOf(r: ApiRecord): Cadence | null {
  const cadence = toCadence(r);
  // The engine counts adherence from the pair's start; the shared mapper leaves CreatedDate out.
  return cadence ? { ...cadence, createdDate: toIsoDateTime(r.CreatedDate) } : null;
}

export interface ActivityRecords {
  cadences: Cadence[];
  sessions: Session[];
  actionItems: ActionItem[];
  feedback: Feedback[];
  won: Opportunity[];
}

/** The activity document's pages as engine records. Won amounts are in the corporate currency (SUM does that). */
export function activityRecords(
  pager: ConnectionPager,
  wonQuarters: readonly QuarterBounds[],
  corporateCurrency: string
): ActivityRecords {
  return {
    cadences: mapRecords(flatten(pager.nodes('Coaching_Cadence__c')), cadenceOf),
    sessions: mapRecords(flatten(pager.nodes('Coaching_Session__c')), toSession),
    actionItems: mapRecords(flatten(pager.nodes('Action_Item__c')), toActionItem),
    feedback: mapRecords(flatten(pager.nodes('Coaching_Feedback__c')), toFeedback),
    won: wonQuarters
      .slice(0, WON_QUARTERS)
      .flatMap((q, i) => wonRecords(pager.nodes(`Won${i + 1}`), q, corporateCurrency))
  };
}

/**
 * The engine's dataset for oversight: the managers in scope and their direct reports (the engine finds a manager's
 * team through them), the activity, settings, fiscal year and currency.
 */
export function oversightDataset(
  people: readonly Person[],
  activity: ActivityRecords,
  settings: CoachingSettings,
  fiscal: FiscalCalendar,
  currency: CurrencySettings,
  managerIds: readonly Id[] | null = null
): CoachingDataset {
  const managers = managerIds ? new Set(managerIds) : null;
  const relevant = managers
    ? people.filter((p) => managers.has(p.id) || (p.managerId !== null && managers.has(p.managerId)))
    : people;
  const users: User[] = relevant.map((p) => ({
    id: p.id,
    name: p.name,
    managerId: p.managerId,
    isActive: true,
    title: p.title,
    userRoleId: null,
    timeZoneSidKey: null,
    defaultCurrencyIsoCode: null
  }));
  return {
    users,
    accounts: [],
    opportunities: activity.won,
    cadences: activity.cadences,
    sessions: activity.sessions,
    actionItems: activity.actionItems,
    reviews: [],
    feedback: activity.feedback,
    quotas: [],
    fiscal,
    currency,
    settings
  };
}

// ---------------------------------------------------------------------------------------------------------
// Answers (drill-down)

export interface Answer {
  id: Id;
  repId: Id | null;
  repName: string | null;
  heldAt: string | null;
  ratings: (number | null)[];
  overallValue: number | null;
  improvement: string | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function answersFromNodes(nodes: readonly unknown[]): Answer[] {
  return flatten(nodes)
    .map((r): Answer | null => {
      const id = str(r.Id);
      if (!id) return null;
      const rep = r.Rep__r as ApiRecord | null | undefined;
      const held = r.Session__r as ApiRecord | null | undefined;
      return {
        id,
        repId: str(r.Rep__c),
        repName: str(rep?.Name),
        heldAt: toIsoDateTime(held?.Actual_Start__c) ?? toIsoDateTime(r.CreatedDate),
        ratings: [
          num(r.Preparation_Rating__c),
          num(r.Pipeline_Insight_Rating__c),
          num(r.Skill_Development_Rating__c),
          num(r.Action_Clarity_Rating__c),
          num(r.Rep_Agenda_Rating__c)
        ],
        overallValue: num(r.Overall_Value__c),
        improvement: str(r.Improvement__c)
      };
    })
    .filter((a): a is Answer => a !== null);
}

// ---------------------------------------------------------------------------------------------------------
// Loss reviews

export interface LossReviewRecord {
  id: Id;
  reviewType: 'Lost' | 'Disengaged';
  reviewTypeLabel: string;
  rootCause: string | null;
  rootCauseLabel: string | null;
  notes: string | null;
  reviewedOn: IsoDate | null;
  createdDate: string | null;
  opportunityId: Id | null;
  opportunityName: string;
  amount: number | null;
  /** False when field-level security hides the amount. */
  amountVisible: boolean;
  currencyIsoCode: string | null;
  closeDate: IsoDate | null;
  ownerId: Id | null;
  ownerName: string | null;
  managerId: Id | null;
  managerName: string | null;
}

/** Deal review nodes with their opportunity, owner and team; the picklist labels are the org's own. */
export function lossReviewsFromNodes(nodes: readonly unknown[]): LossReviewRecord[] {
  return nodes
    .map((node): LossReviewRecord | null => {
      const n = node as Record<string, { value?: unknown; displayValue?: unknown } | undefined> & { Id?: unknown };
      const r = flattenUiApiNode(node);
      const id = str(r.Id);
      if (!id) return null;
      const opp = (r.Opportunity__r ?? null) as ApiRecord | null;
      const owner = (opp?.Owner ?? null) as ApiRecord | null;
      const manager = (owner?.Manager ?? null) as ApiRecord | null;
      const type = r.Review_Type__c === 'Disengaged' ? 'Disengaged' : 'Lost';
      const rawOpp = (n.Opportunity__r ?? null) as Record<string, unknown> | null;
      return {
        id,
        reviewType: type,
        reviewTypeLabel: str(n.Review_Type__c?.displayValue) ?? type,
        rootCause: str(r.Root_Cause__c),
        rootCauseLabel: str(n.Root_Cause__c?.displayValue) ?? str(r.Root_Cause__c),
        notes: str(r.Notes__c),
        reviewedOn: str(r.Reviewed_On__c),
        createdDate: toIsoDateTime(r.CreatedDate),
        opportunityId: str(opp?.Id),
        opportunityName: str(opp?.Name) ?? '',
        amount: num(opp?.Amount),
        amountVisible: Boolean(rawOpp && 'Amount' in rawOpp),
        currencyIsoCode: str(opp?.CurrencyIsoCode),
        closeDate: str(opp?.CloseDate),
        ownerId: str(opp?.OwnerId),
        ownerName: str(owner?.Name),
        managerId: str(owner?.ManagerId),
        managerName: str(manager?.Name)
      };
    })
    .filter((x): x is LossReviewRecord => x !== null);
}

/**
 * A review as the Pareto counts it: dated when the loss happened (the close date of a lost deal, the review
 * date of a disengaged one) and with the amount converted by `convert` (null when hidden or not convertible).
 */
export function toLossReview(
  r: LossReviewRecord,
  convert: (amount: number, currency: string | null, closeDate: IsoDate | null) => number | null
): LossReview {
  const eventDate =
    r.reviewType === 'Lost' ? (r.closeDate ?? r.reviewedOn) : (r.reviewedOn ?? r.createdDate?.slice(0, 10) ?? null);
  return {
    id: r.id,
    opportunityId: r.opportunityId ?? '',
    opportunityName: r.opportunityName,
    reviewType: r.reviewType,
    rootCause: r.rootCause,
    rootCauseLabel: r.rootCauseLabel,
    notes: r.notes,
    eventDate,
    amount: r.amount === null ? null : convert(r.amount, r.currencyIsoCode, r.closeDate),
    originalAmount: r.amount,
    originalCurrency: r.currencyIsoCode,
    ownerId: r.ownerId,
    ownerName: r.ownerName,
    managerId: r.managerId,
    managerName: r.managerName
  };
}

// ---------------------------------------------------------------------------------------------------------
// Currencies: the UI API serves no exchange rates, but it converts sums. Summing one record gives that record in
// the corporate currency, so one commit per currency gives each currency's (static) rate.

/** One recorded commit per currency other than the viewer's: the records whose conversion reveals the rates. */
export function rateSamples(sessions: readonly Session[]): Session[] {
  const best = new Map<string, Session>();
  for (const s of sessions) {
    const code = s.currencyIsoCode;
    const value = s.commitCurrentQuarter;
    if (!code || typeof value !== 'number' || !(value > 0)) continue;
    const current = best.get(code);
    // The largest commit of a currency: the least rounding in the platform's conversion.
    if (!current || (current.commitCurrentQuarter as number) < value) best.set(code, s);
  }
  return [...best.values()].sort((a, b) => (a.currencyIsoCode as string).localeCompare(b.currencyIsoCode as string));
}

/** Stands in for the corporate currency's code when no sample is in it (its amounts convert; its name is unknown). */
export const UNNAMED_CORPORATE = 'XXX';

export interface DerivedCurrencies {
  settings: CurrencySettings;
  /** The corporate currency's code (the code of a sample whose conversion is 1:1), or UNNAMED_CORPORATE. */
  corporate: string;
}

/**
 * Static rates (units of a currency per corporate unit) from samples and their converted values. One currency:
 * a single-currency org (or team), nothing to convert.
 */
export function derivedCurrencySettings(
  samples: readonly Session[],
  convertedNodes: readonly unknown[],
  viewerCurrency: string
): DerivedCurrencies {
  const converted = new Map<string, number>();
  for (const node of convertedNodes) {
    const fields = (node as AggregateNode | null)?.aggregate;
    const id = str(fields?.Id?.value);
    const total = fields?.Commit_Current_Quarter__c?.sum?.value;
    if (id && typeof total === 'number' && Number.isFinite(total) && total > 0) converted.set(id, total);
  }
  const rates: { isoCode: string; conversionRate: number }[] = [];
  for (const s of samples) {
    const corporateValue = converted.get(s.id);
    if (corporateValue === undefined) continue;
    rates.push({
      isoCode: s.currencyIsoCode as string,
      conversionRate: (s.commitCurrentQuarter as number) / corporateValue
    });
  }
  const oneToOne = rates.filter((r) => Math.abs(r.conversionRate - 1) < 1e-6).map((r) => r.isoCode);
  const corporate = oneToOne.includes(viewerCurrency) ? viewerCurrency : (oneToOne[0] ?? UNNAMED_CORPORATE);
  const codes = new Set(samples.map((s) => s.currencyIsoCode));
  if (codes.size <= 1 && (codes.size === 0 || codes.has(viewerCurrency)))
    return {
      settings: { corporateCurrency: viewerCurrency, rates: [], multiCurrency: false },
      corporate: viewerCurrency
    };
  return {
    settings: {
      corporateCurrency: corporate,
      rates: rates.map((r) => ({ ...r, startDate: null, nextStartDate: null })),
      multiCurrency: true
    },
    corporate
  };
}
