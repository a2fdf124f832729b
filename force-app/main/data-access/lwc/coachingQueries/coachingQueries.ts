/**
 * The GraphQL documents of the manager's screens and what their results become.
 * - Coaching cockpit: ONE query for the running manager's team (direct reports, their opportunities,
 *   cadences, 1:1s, snapshots, open action items, quotas). Never one query per rep.
 * - 1:1 agenda: ONE query for a rep and the peers the diagnosis compares them with.
 * Paging: only the opportunities can outgrow a 2,000-record page. The same document is re-run with
 * `$oppAfter` set to the last end cursor, and the loader keeps every page (`c/coachingLoader`).
 * Fields that an org may gate or field-level security may hide are `@optional`: they are then absent from
 * the node, the record mapper turns them into null, and the UI shows "No data" instead of failing.
 */
import { gql } from 'lightning/graphql';
import type { ConnectionSpec } from 'c/coachingLoader';

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
 * Query windows. The engine's trailing four fiscal quarters start at most 15 months ago (a quarter started
 * at most 3 months ago, plus four before it); 16 months leaves room for 4-4-5 calendars. Forecast accuracy
 * scores the quarters that ended in that window, so 1:1s are read over the same span.
 */
export const CLOSED_MONTHS = 16;
export const SESSION_MONTHS = 16;
/** Done action items stay on the agenda this long, so the 1:1 can acknowledge them. */
export const DONE_ITEM_DAYS = 30;
export const DEFAULT_HISTORY_WEEKS = 13;

export const TEAM_COCKPIT_CONNECTIONS: readonly ConnectionSpec[] = [
  { key: 'User', objectApiName: 'User' },
  { key: 'Opportunity', objectApiName: 'Opportunity', paged: true },
  { key: 'Coaching_Cadence__c', objectApiName: 'Coaching_Cadence__c' },
  { key: 'Coaching_Session__c', objectApiName: 'Coaching_Session__c' },
  { key: 'Snapshots', objectApiName: 'Coaching_Session__c' },
  { key: 'Action_Item__c', objectApiName: 'Action_Item__c' },
  { key: 'Sales_Quota__c', objectApiName: 'Sales_Quota__c' }
];

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

export interface TeamCockpitVariables {
  managerId: string;
  closedSince: string;
  sessionsSince: string;
  snapshotsSince: string;
  quotaSince: string;
  oppAfter: string | null;
}

/** Variables of the cockpit query for a manager at `now`; snapshots cover the last `historyWeeks` weeks. */
export function teamCockpitVariables(
  managerId: string,
  now: string,
  historyWeeks: number | null | undefined,
  oppAfter: string | null = null
): TeamCockpitVariables {
  return {
    managerId,
    closedSince: dateBefore(now, CLOSED_MONTHS),
    sessionsSince: `${dateBefore(now, SESSION_MONTHS)}T00:00:00.000Z`,
    snapshotsSince: instantBefore(now, clampWeeks(historyWeeks) * 7),
    // Quota is needed for the current and the next quarter only: records still running today.
    quotaSince: dateBefore(now, 0, 1),
    oppAfter
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

/** An opportunity with every field the engine reads; gated or FLS-hidden fields are optional. */
const OPPORTUNITY_FIELDS = `
  fragment OpportunityFields on Opportunity {
    Id
    Name {
      value
    }
    AccountId {
      value
    }
    OwnerId {
      value
    }
    Amount @optional {
      value
    }
    CurrencyIsoCode @optional {
      value
    }
    StageName {
      value
    }
    ForecastCategoryName @optional {
      value
    }
    CloseDate {
      value
    }
    CreatedDate {
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
    IsClosed {
      value
    }
    IsWon {
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

/** A 1:1 without its notes and snapshot (read only where they are needed). */
const SESSION_FIELDS = `
  fragment SessionFields on Coaching_Session__c {
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
    Commit_Current_Quarter__c @optional {
      value
    }
    Best_Case_Current_Quarter__c @optional {
      value
    }
    Commit_Next_Quarter__c @optional {
      value
    }
    Best_Case_Next_Quarter__c @optional {
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

/** An action item with the baseline of its linked deal. */
const ACTION_ITEM_FIELDS = `
  fragment ActionItemFields on Action_Item__c {
    Id
    Name {
      value
    }
    Session__c @optional {
      value
    }
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

export const TEAM_COCKPIT_QUERY = gql`
  query teamCockpit(
    $managerId: ID!
    $closedSince: Date!
    $sessionsSince: DateTime!
    $snapshotsSince: DateTime!
    $quotaSince: Date!
    $oppAfter: String
  ) {
    uiapi {
      query {
        User(
          where: { ManagerId: { eq: $managerId }, IsActive: { eq: true } }
          first: 2000
          orderBy: { Name: { order: ASC } }
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
            Owner: { ManagerId: { eq: $managerId } }
            or: [{ IsClosed: { eq: false } }, { CloseDate: { gte: { value: $closedSince } } }]
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
        Coaching_Cadence__c(where: { Manager__c: { eq: $managerId }, Active__c: { eq: true } }, first: 2000) {
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
          where: { Manager__c: { eq: $managerId }, Scheduled_Start__c: { gte: { value: $sessionsSince } } }
          first: 2000
          orderBy: { Scheduled_Start__c: { order: DESC } }
        ) {
          edges {
            node {
              ...SessionFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        Snapshots: Coaching_Session__c(
          where: {
            Manager__c: { eq: $managerId }
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
          where: { Manager__c: { eq: $managerId }, Status__c: { in: ["Open", "In Progress"] } }
          first: 2000
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
        Sales_Quota__c(
          where: { User__r: { ManagerId: { eq: $managerId } }, Period_End__c: { gte: { value: $quotaSince } } }
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
  ${OPPORTUNITY_FIELDS}
  ${CADENCE_FIELDS}
  ${SESSION_FIELDS}
  ${SNAPSHOT_FIELDS}
  ${ACTION_ITEM_FIELDS}
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
  ${OPPORTUNITY_FIELDS}
  ${CADENCE_FIELDS}
  ${SESSION_FIELDS}
  ${SNAPSHOT_FIELDS}
  ${ACTION_ITEM_FIELDS}
  ${QUOTA_FIELDS}
`;
