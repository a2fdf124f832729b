/**
 * The GraphQL documents of the manager's screens and what their results become.
 * - Coaching cockpit: ONE document for the running manager's team (direct reports, their open deals, the closed
 *   deals the figures count, cadences, held and planned 1:1s, snapshots, open action items, quotas). Never one
 *   query per rep. Every connection pages on its own (`ConnectionPagedQuery` in `c/coachingLoader`): a re-run
 *   asks only the connections that have more pages, and switches the complete ones off.
 * - 1:1 agenda: ONE query for a rep and the peers the diagnosis compares them with. Only the opportunities can
 *   outgrow a 2,000-record page: the same document is re-run with `$oppAfter` set to the last end cursor
 *   (`PagedQuery`).
 * Fields that an org may gate or field-level security may hide are `@optional`: they are then absent from
 * the node, the record mapper turns them into null, and the UI shows "No data" instead of failing.
 */
import { gql } from 'lightning/graphql';
import type { ConnectionSpec } from 'c/coachingLoader';
import type { CoachingSettings, FiscalCalendar } from 'c/coachingModel';
import { resolveSettings } from 'c/coachingSettings';
import { createFiscalQuarters, fiscalFrame } from 'c/fiscalCalendar';
import { dayFromIso, isValidTimeZone, isoFromDay, localDay } from 'c/calendarDate';

/** Page size of every connection: the UI API maximum. */
export const PAGE_SIZE = 2000;
/** Opportunities beyond this many are not loaded (the UI says so); must stay constant for the wire adapter. */
export const OPPORTUNITY_UPPER_BOUND = 10000;
/**
 * Stands in for "no manager" in filters, so a rep without a manager link matches no peers. A well-formed
 * user id that no org issues (the 000 suffix range is reserved).
 */
export const NO_MANAGER_ID = '005000000000000AAA';

export const TEAM_COCKPIT_OPERATION = 'teamCockpit';
export const REP_AGENDA_OPERATION = 'repAgenda';

/**
 * The agenda's query windows. The engine's trailing four fiscal quarters start at most 15 months ago (a quarter
 * started at most 3 months ago, plus four before it); 16 months leaves room for 4-4-5 calendars. Forecast accuracy
 * scores the quarters that ended in that window, so 1:1s are read over the same span. (The cockpit derives its
 * windows from the fiscal quarters and settings themselves: `teamCockpitVariables`.)
 */
export const CLOSED_MONTHS = 16;
export const SESSION_MONTHS = 16;
/** Done action items stay on the agenda this long, so the 1:1 can acknowledge them. */
export const DONE_ITEM_DAYS = 30;
export const DEFAULT_HISTORY_WEEKS = 13;

/**
 * The cockpit's connections, each with its own cursor and switch (`…After`, `…Until`). Closed deals, the most
 * numerous records, come from three connections over consecutive close-date ranges: their pages arrive side by side
 * in one request instead of one after another. Ten connections: the UI API's limit for one query.
 */
export const TEAM_COCKPIT_CONNECTIONS: readonly ConnectionSpec[] = [
  { key: 'User', objectApiName: 'User', afterVariable: 'usersAfter', untilVariable: 'usersUntil' },
  { key: 'Opportunity', objectApiName: 'Opportunity', afterVariable: 'openAfter', untilVariable: 'openUntil' },
  ...([1, 2, 3] as const).map((n) => ({
    key: `Closed${n}`,
    objectApiName: 'Opportunity',
    afterVariable: `closed${n}After`,
    untilVariable: `closed${n}Until`
  })),
  {
    key: 'Coaching_Cadence__c',
    objectApiName: 'Coaching_Cadence__c',
    afterVariable: 'cadencesAfter',
    untilVariable: 'cadencesUntil'
  },
  {
    key: 'Coaching_Session__c',
    objectApiName: 'Coaching_Session__c',
    afterVariable: 'sessionsAfter',
    untilVariable: 'sessionsUntil'
  },
  {
    key: 'Snapshots',
    objectApiName: 'Coaching_Session__c',
    afterVariable: 'snapshotsAfter',
    untilVariable: 'snapshotsUntil'
  },
  { key: 'Action_Item__c', objectApiName: 'Action_Item__c', afterVariable: 'itemsAfter', untilVariable: 'itemsUntil' },
  { key: 'Sales_Quota__c', objectApiName: 'Sales_Quota__c', afterVariable: 'quotasAfter', untilVariable: 'quotasUntil' }
];

/** What the manager can change from the cockpit (a cadence, a 1:1 run from the agenda): re-read after a write. */
export const TEAM_COCKPIT_WRITABLE = [
  'Coaching_Cadence__c',
  'Coaching_Session__c',
  'Snapshots',
  'Action_Item__c'
] as const;

export const REP_AGENDA_CONNECTIONS: readonly ConnectionSpec[] = [
  { key: 'User', objectApiName: 'User' },
  { key: 'Opportunity', objectApiName: 'Opportunity', paged: true },
  { key: 'AccountOpportunities', objectApiName: 'Opportunity' },
  { key: 'Account', objectApiName: 'Account' },
  { key: 'Coaching_Cadence__c', objectApiName: 'Coaching_Cadence__c' },
  { key: 'Coaching_Session__c', objectApiName: 'Coaching_Session__c' },
  { key: 'Snapshots', objectApiName: 'Coaching_Session__c' },
  { key: 'Action_Item__c', objectApiName: 'Action_Item__c' },
  { key: 'Deal_Review__c', objectApiName: 'Deal_Review__c' },
  { key: 'Sales_Quota__c', objectApiName: 'Sales_Quota__c' }
];

const MS_PER_DAY = 86_400_000;

/** The UTC calendar date `months` months (and `days` days) before `now`: query windows only, never metrics. */
export function dateBefore(now: string, months: number, days = 0): string {
  const d = new Date(now);
  const shifted = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, d.getUTCDate()) - days * MS_PER_DAY);
  return shifted.toISOString().slice(0, 10);
}

export function instantBefore(now: string, days: number): string {
  return new Date(Date.parse(now) - days * MS_PER_DAY).toISOString();
}

function clampWeeks(weeks: number | null | undefined): number {
  return Number.isInteger(weeks) && (weeks as number) >= 1 && (weeks as number) <= 52
    ? (weeks as number)
    : DEFAULT_HISTORY_WEEKS;
}

/** What the cockpit's windows depend on besides now: the org's fiscal year, the admin's settings, the properties. */
export interface TeamCockpitWindowInput {
  /** The viewer's time zone: "today" is a local date, as the engine reads it. */
  timeZone: string;
  fiscal: FiscalCalendar;
  settings: CoachingSettings;
  /** Weeks of snapshots (the admin's "weeks of 1:1 history"). */
  historyWeeks: number | null | undefined;
  /** Ended quarters of the forecast chart (1–8). */
  forecastQuarters: number;
}

/** The cockpit's variables besides its paging variables (`ConnectionPagedQuery.variables()`). */
export interface TeamCockpitVariables {
  managerId: string;
  /** Closed deals from this close date: the earliest quarter a figure counts. */
  closedSince: string;
  /** The close dates where the second and the third closed-deal connection start. */
  closedSplit1: string;
  closedSplit2: string;
  /** ...and closed deals created from this instant: the pipeline-creation window. */
  createdSince: string;
  snapshotsSince: string;
  /** Planned 1:1s from now: the next 1:1 of each rep. */
  plannedSince: string;
  quotaSince: string;
}

/** The number of ended quarters the forecast chart shows: the App Builder property, 1–8, 4 when unreadable. */
export function forecastQuarterCount(value: unknown): number {
  return Math.min(8, Math.max(1, Math.round(Number(value) || 4)));
}

/**
 * The first day the forecast chart scores: `forecastQuarterCount(quarters)` quarters' worth of months before `now`.
 * The cockpit's closed-deal window and its oversight pass both start from it.
 */
export function forecastWindowStart(now: string, quarters: unknown): string {
  return dateBefore(now, forecastQuarterCount(quarters) * 3);
}

/**
 * Variables of the cockpit document for a manager at `now`. The windows are the engine's own (ARCHITECTURE.md
 * decision 2, docs/metrics.md): closed deals from the first day of the trailing four fiscal quarters (win rate,
 * sales cycle, the diagnosis) or of the oldest quarter the forecast chart scores, whichever is earlier; closed
 * deals created in the pipeline-creation window (a day earlier, so no time zone loses one); held 1:1s with a
 * forecast for a period ending in that span; snapshots for the last `historyWeeks` weeks. The closed deals are split
 * into three close-date ranges of equal length, one connection each.
 */
export function teamCockpitVariables(
  managerId: string,
  now: string,
  input: TeamCockpitWindowInput
): TeamCockpitVariables {
  const nowMs = Date.parse(now);
  const timeZone = isValidTimeZone(input.timeZone) ? input.timeZone : 'UTC';
  const today = localDay(nowMs, timeZone);
  const quarters = createFiscalQuarters(input.fiscal);
  const trailingStart = fiscalFrame(quarters, today).trailingStartDay;
  // The forecast chart scores the quarters ending from this date (the cockpit's oversight window) to today.
  const forecastStart = dayFromIso(forecastWindowStart(now, input.forecastQuarters)) ?? today;
  const closedSince = Math.min(trailingStart, quarters.containing(forecastStart).startDay);
  const creationWeeks = resolveSettings(input.settings).pipelineCreationWeeks;
  // Three close-date ranges of equal length up to today (later close dates fall in the last one).
  const third = Math.max(0, Math.floor((today - closedSince) / 3));
  return {
    managerId,
    closedSince: isoFromDay(closedSince),
    closedSplit1: isoFromDay(closedSince + third),
    closedSplit2: isoFromDay(closedSince + 2 * third),
    createdSince: `${isoFromDay(today - creationWeeks * 7 - 1)}T00:00:00.000Z`,
    snapshotsSince: instantBefore(now, clampWeeks(input.historyWeeks) * 7),
    plannedSince: new Date(nowMs).toISOString(),
    // Quota is needed for the current and the next quarter only: records still running today.
    quotaSince: dateBefore(now, 0, 1)
  };
}

export interface RepAgendaVariables {
  repId: string;
  managerId: string;
  closedSince: string;
  sessionsSince: string;
  snapshotsSince: string;
  itemsDoneSince: string;
  quotaSince: string;
  oppAfter: string | null;
}

/**
 * Variables of the agenda query; a rep without a manager gets no peers (`NO_MANAGER_ID`). Snapshots cover the
 * same `historyWeeks` as the cockpit's, so both views diagnose a rep from the same 1:1 history.
 */
export function repAgendaVariables(
  repId: string,
  managerId: string | null | undefined,
  now: string,
  historyWeeks: number | null | undefined,
  oppAfter: string | null = null
): RepAgendaVariables {
  return {
    repId,
    managerId: managerId || NO_MANAGER_ID,
    closedSince: dateBefore(now, CLOSED_MONTHS),
    sessionsSince: `${dateBefore(now, SESSION_MONTHS)}T00:00:00.000Z`,
    snapshotsSince: instantBefore(now, clampWeeks(historyWeeks) * 7),
    itemsDoneSince: dateBefore(now, 0, DONE_ITEM_DAYS),
    quotaSince: dateBefore(now, 0, 1),
    oppAfter
  };
}

// Fragments shared by both documents, interpolated as constant strings (each document carries its own copy).
/** A user: the rep, a peer, or a direct report. */
const USER_FIELDS = `
  fragment UserFields on User {
    Id
    Name {
      value
    }
    ManagerId {
      value
    }
    IsActive {
      value
    }
    Title @optional {
      value
    }
    UserRoleId @optional {
      value
    }
    TimeZoneSidKey @optional {
      value
    }
    DefaultCurrencyIsoCode @optional {
      value
    }
  }
`;

/**
 * An opportunity's owner, amount, dates and outcome: all the cockpit reads of a closed deal (win rate, sales cycle,
 * closed won, forecast actuals, hidden deals); the name, stage and exit-criteria fields only open deals need.
 */
const OPPORTUNITY_OUTCOME_FIELDS = `
  fragment OpportunityOutcomeFields on Opportunity {
    Id
    OwnerId {
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
    CreatedDate {
      value
    }
    IsClosed {
      value
    }
    IsWon {
      value
    }
  }
`;

/**
 * An opportunity with every field the engine reads (its outcome and what open deals add); gated or FLS-hidden fields
 * are optional.
 */
const OPPORTUNITY_FIELDS = `
  fragment OpportunityFields on Opportunity {
    ...OpportunityOutcomeFields
    Name {
      value
    }
    AccountId {
      value
    }
    StageName {
      value
    }
    ForecastCategoryName @optional {
      value
    }
    LastStageChangeDate @optional {
      value
    }
    LastActivityDate @optional {
      value
    }
    PushCount @optional {
      value
    }
    Probability @optional {
      value
    }
    HasOverdueTask @optional {
      value
    }
    NextStep @optional {
      value
    }
    Description @optional {
      value
    }
  }
`;

/** A weekly 1:1 slot. */
const CADENCE_FIELDS = `
  fragment CadenceFields on Coaching_Cadence__c {
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
    Active__c @optional {
      value
    }
    CreatedDate {
      value
    }
  }
`;

/** A 1:1's pair, schedule, status and the forecast recorded: all the cockpit reads of held and planned 1:1s. */
const SESSION_FORECAST_FIELDS = `
  fragment SessionForecastFields on Coaching_Session__c {
    Id
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
`;

/** A 1:1 without its notes and snapshot (read only where they are needed): the cockpit's fields and the agenda's. */
const SESSION_FIELDS = `
  fragment SessionFields on Coaching_Session__c {
    ...SessionForecastFields
    Cadence__c @optional {
      value
    }
    Sections_Reviewed__c @optional {
      value
    }
    Commit_Next_Quarter__c @optional {
      value
    }
    Best_Case_Next_Quarter__c @optional {
      value
    }
    Agenda_Opened_At__c @optional {
      value
    }
    Health_Score__c @optional {
      value
    }
    Coverage_Current_Quarter__c @optional {
      value
    }
    Main_Gap__c @optional {
      value
    }
    Status_Reason__c @optional {
      value
    }
  }
`;

/** The stored pipeline snapshot of a held 1:1 (large: read for the history weeks only). */
const SNAPSHOT_FIELDS = `
  fragment SnapshotFields on Coaching_Session__c {
    Id
    Snapshot__c @optional {
      value
    }
    Snapshot_Version__c @optional {
      value
    }
  }
`;

/** An action item's pair, assignee, due date and status: all the cockpit reads (open and past due per rep). */
const ACTION_ITEM_DUE_FIELDS = `
  fragment ActionItemDueFields on Action_Item__c {
    Id
    Manager__c @optional {
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
  }
`;

/** An action item with the baseline of its linked deal: the cockpit's fields and the agenda's. */
const ACTION_ITEM_FIELDS = `
  fragment ActionItemFields on Action_Item__c {
    ...ActionItemDueFields
    Name {
      value
    }
    Session__c @optional {
      value
    }
    Completed_Date__c @optional {
      value
    }
    Opportunity__c @optional {
      value
    }
    Account__c @optional {
      value
    }
    Description__c @optional {
      value
    }
    CreatedDate {
      value
    }
    Baseline_Stage__c @optional {
      value
    }
    Baseline_Close_Date__c @optional {
      value
    }
    Baseline_Amount__c @optional {
      value
    }
    Baseline_Activity_Date__c @optional {
      value
    }
  }
`;

/** A quota record. */
const QUOTA_FIELDS = `
  fragment QuotaFields on Sales_Quota__c {
    Id
    User__c {
      value
    }
    Period_Start__c {
      value
    }
    Period_End__c {
      value
    }
    Amount__c {
      value
    }
    CurrencyIsoCode @optional {
      value
    }
  }
`;

/** A page of closed deals (the three closed-deal connections read the same fields). */
const CLOSED_OPPORTUNITIES = `
  fragment ClosedOpportunities on OpportunityConnection {
    edges {
      node {
        ...OpportunityOutcomeFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`;

/**
 * The manager's cockpit. Each connection reads 2,000 records a page in Id order, with its own `…After` cursor and
 * `…Until` switch (`CreatedDate ≤ until`: far future while it is read, 1900 once complete). The most selective test
 * comes first in each filter (the switch, or a deal's status and close date), which spares a filter that evaluates
 * its tests in order, as the local preview's does, most of its work.
 */
export const TEAM_COCKPIT_QUERY = gql`
  query teamCockpit(
    $managerId: ID!
    $closedSince: Date!
    $closedSplit1: Date!
    $closedSplit2: Date!
    $createdSince: DateTime!
    $snapshotsSince: DateTime!
    $plannedSince: DateTime!
    $quotaSince: Date!
    $usersAfter: String
    $usersUntil: DateTime!
    $openAfter: String
    $openUntil: DateTime!
    $closed1After: String
    $closed1Until: DateTime!
    $closed2After: String
    $closed2Until: DateTime!
    $closed3After: String
    $closed3Until: DateTime!
    $cadencesAfter: String
    $cadencesUntil: DateTime!
    $sessionsAfter: String
    $sessionsUntil: DateTime!
    $snapshotsAfter: String
    $snapshotsUntil: DateTime!
    $itemsAfter: String
    $itemsUntil: DateTime!
    $quotasAfter: String
    $quotasUntil: DateTime!
  ) {
    uiapi {
      query {
        User(
          where: {
            and: [
              { CreatedDate: { lte: { value: $usersUntil } } }
              { ManagerId: { eq: $managerId } }
              { IsActive: { eq: true } }
            ]
          }
          first: 2000
          after: $usersAfter
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          edges {
            node {
              ...UserFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Opportunity(
          where: {
            and: [
              { IsClosed: { eq: false } }
              { CreatedDate: { lte: { value: $openUntil } } }
              { Owner: { ManagerId: { eq: $managerId } } }
            ]
          }
          first: 2000
          after: $openAfter
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          edges {
            node {
              ...OpportunityFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Closed1: Opportunity(
          where: {
            and: [
              {
                or: [
                  {
                    and: [
                      { CloseDate: { gte: { value: $closedSince } } }
                      { CloseDate: { lt: { value: $closedSplit1 } } }
                    ]
                  }
                  {
                    and: [
                      { CloseDate: { lt: { value: $closedSince } } }
                      { CreatedDate: { gte: { value: $createdSince } } }
                    ]
                  }
                ]
              }
              { IsClosed: { eq: true } }
              { CreatedDate: { lte: { value: $closed1Until } } }
              { Owner: { ManagerId: { eq: $managerId } } }
            ]
          }
          first: 2000
          after: $closed1After
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          ...ClosedOpportunities
        }
        Closed2: Opportunity(
          where: {
            and: [
              { CloseDate: { gte: { value: $closedSplit1 } } }
              { CloseDate: { lt: { value: $closedSplit2 } } }
              { IsClosed: { eq: true } }
              { CreatedDate: { lte: { value: $closed2Until } } }
              { Owner: { ManagerId: { eq: $managerId } } }
            ]
          }
          first: 2000
          after: $closed2After
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          ...ClosedOpportunities
        }
        Closed3: Opportunity(
          where: {
            and: [
              { CloseDate: { gte: { value: $closedSplit2 } } }
              { IsClosed: { eq: true } }
              { CreatedDate: { lte: { value: $closed3Until } } }
              { Owner: { ManagerId: { eq: $managerId } } }
            ]
          }
          first: 2000
          after: $closed3After
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          ...ClosedOpportunities
        }
        Coaching_Cadence__c(
          where: {
            and: [
              { CreatedDate: { lte: { value: $cadencesUntil } } }
              { Manager__c: { eq: $managerId } }
              { Active__c: { eq: true } }
            ]
          }
          first: 2000
          after: $cadencesAfter
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          edges {
            node {
              ...CadenceFields
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
              { CreatedDate: { lte: { value: $sessionsUntil } } }
              { Manager__c: { eq: $managerId } }
              {
                or: [
                  {
                    and: [
                      { Status__c: { eq: "Held" } }
                      { Actual_Start__c: { lt: { value: $snapshotsSince } } }
                      { Forecast_Period_End__c: { gte: { value: $closedSince } } }
                    ]
                  }
                  { and: [{ Status__c: { eq: "Planned" } }, { Scheduled_Start__c: { gte: { value: $plannedSince } } }] }
                ]
              }
            ]
          }
          first: 2000
          after: $sessionsAfter
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          edges {
            node {
              ...SessionForecastFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Snapshots: Coaching_Session__c(
          where: {
            and: [
              { CreatedDate: { lte: { value: $snapshotsUntil } } }
              { Manager__c: { eq: $managerId } }
              { Status__c: { eq: "Held" } }
              { Actual_Start__c: { gte: { value: $snapshotsSince } } }
            ]
          }
          first: 2000
          after: $snapshotsAfter
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          edges {
            node {
              ...SessionForecastFields
              ...SnapshotFields
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
              { CreatedDate: { lte: { value: $itemsUntil } } }
              { Manager__c: { eq: $managerId } }
              { Status__c: { in: ["Open", "In Progress"] } }
            ]
          }
          first: 2000
          after: $itemsAfter
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          edges {
            node {
              ...ActionItemDueFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Sales_Quota__c(
          where: {
            and: [
              { CreatedDate: { lte: { value: $quotasUntil } } }
              { User__r: { ManagerId: { eq: $managerId } } }
              { Period_End__c: { gte: { value: $quotaSince } } }
            ]
          }
          first: 2000
          after: $quotasAfter
          upperBound: 20000
          orderBy: { Id: { order: ASC } }
        ) {
          edges {
            node {
              ...QuotaFields
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
  ${USER_FIELDS}
  ${OPPORTUNITY_FIELDS}
  ${CLOSED_OPPORTUNITIES}
  ${OPPORTUNITY_OUTCOME_FIELDS}
  ${CADENCE_FIELDS}
  ${SESSION_FORECAST_FIELDS}
  ${SNAPSHOT_FIELDS}
  ${ACTION_ITEM_DUE_FIELDS}
  ${QUOTA_FIELDS}
`;

/**
 * A rep's 1:1 agenda: the rep and their peers (the manager's active direct reports: the diagnosis compares
 * the rep with them), the team's opportunities, every opportunity on the rep's accounts (whoever owns it:
 * a past win by someone else still makes an account "existing" or "dormant"), the rep's accounts, cadence,
 * recent 1:1s (with notes) and their snapshots for the history weeks, action items, deal reviews and quotas.
 */
export const REP_AGENDA_QUERY = gql`
  query repAgenda(
    $repId: ID!
    $managerId: ID!
    $closedSince: Date!
    $sessionsSince: DateTime!
    $snapshotsSince: DateTime!
    $itemsDoneSince: Date!
    $quotaSince: Date!
    $oppAfter: String
  ) {
    uiapi {
      query {
        User(
          where: { or: [{ Id: { eq: $repId } }, { ManagerId: { eq: $managerId }, IsActive: { eq: true } }] }
          first: 2000
        ) {
          edges {
            node {
              ...UserFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Opportunity(
          where: {
            or: [{ OwnerId: { eq: $repId } }, { Owner: { ManagerId: { eq: $managerId } } }]
            and: [{ or: [{ IsClosed: { eq: false } }, { CloseDate: { gte: { value: $closedSince } } }] }]
          }
          first: 2000
          after: $oppAfter
          upperBound: 10000
        ) {
          edges {
            node {
              ...OpportunityFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        AccountOpportunities: Opportunity(where: { Account: { OwnerId: { eq: $repId } } }, first: 2000) {
          edges {
            node {
              ...OpportunityFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Account(where: { OwnerId: { eq: $repId } }, first: 2000) {
          edges {
            node {
              Id
              Name {
                value
              }
              OwnerId {
                value
              }
              LastActivityDate @optional {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Coaching_Cadence__c(where: { Rep__c: { eq: $repId }, Active__c: { eq: true } }, first: 10) {
          edges {
            node {
              ...CadenceFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Coaching_Session__c(
          where: { Rep__c: { eq: $repId }, Scheduled_Start__c: { gte: { value: $sessionsSince } } }
          first: 2000
          orderBy: { Scheduled_Start__c: { order: DESC } }
        ) {
          edges {
            node {
              ...SessionFields
              Notes__c @optional {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Snapshots: Coaching_Session__c(
          where: {
            Rep__c: { eq: $repId }
            Status__c: { eq: "Held" }
            Actual_Start__c: { gte: { value: $snapshotsSince } }
          }
          first: 2000
        ) {
          edges {
            node {
              ...SnapshotFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Action_Item__c(
          where: {
            or: [{ Rep__c: { eq: $repId } }, { Assignee__c: { eq: $repId } }]
            and: [
              {
                or: [
                  { Status__c: { in: ["Open", "In Progress"] } }
                  { Completed_Date__c: { gte: { value: $itemsDoneSince } } }
                ]
              }
            ]
          }
          first: 2000
          orderBy: { Due_Date__c: { order: ASC } }
        ) {
          edges {
            node {
              ...ActionItemFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Deal_Review__c(where: { Opportunity__r: { OwnerId: { eq: $repId } } }, first: 2000) {
          edges {
            node {
              Id
              Opportunity__c {
                value
              }
              Review_Type__c {
                value
              }
              Root_Cause__c {
                value
              }
              Notes__c @optional {
                value
              }
              Reviewed_By__c @optional {
                value
              }
              Reviewed_On__c @optional {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Sales_Quota__c(
          where: {
            or: [{ User__c: { eq: $repId } }, { User__r: { ManagerId: { eq: $managerId } } }]
            Period_End__c: { gte: { value: $quotaSince } }
          }
          first: 2000
        ) {
          edges {
            node {
              ...QuotaFields
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
  ${USER_FIELDS}
  ${OPPORTUNITY_OUTCOME_FIELDS}
  ${OPPORTUNITY_FIELDS}
  ${CADENCE_FIELDS}
  ${SESSION_FORECAST_FIELDS}
  ${SESSION_FIELDS}
  ${SNAPSHOT_FIELDS}
  ${ACTION_ITEM_DUE_FIELDS}
  ${ACTION_ITEM_FIELDS}
  ${QUOTA_FIELDS}
`;
