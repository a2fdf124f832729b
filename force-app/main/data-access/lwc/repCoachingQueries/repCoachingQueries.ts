/**
 * The coaching panel on a User record page. Two documents, both issued once per page view:
 *
 * 1. REP_PANEL_USER_QUERY — the profile's user and manager: who may see the panel (the rep's manager or a
 *    leader) is decided before any coaching data is asked for, so another rep never even requests it.
 * 2. REP_PANEL_COACHING_QUERY — the rep's 1:1s and action items, and what the engine needs to diagnose the rep
 *    against the team: the team's users, their open and recently closed deals (paged with `after`), and their
 *    quotas from the current quarter on. `managerId` is the rep's manager; a rep without one is compared with
 *    nobody (pass any id that matches no user, and the rep's own deals still come through `OwnerId`).
 */
import { gql } from 'lightning/graphql';

export const REP_PANEL_USER_QUERY = gql`
  query RepPanelUser($userId: ID) {
    uiapi {
      query {
        User(where: { Id: { eq: $userId } }, first: 1) {
          edges {
            node {
              Id
              Name {
                value
              }
              ManagerId @optional {
                value
              }
              IsActive @optional {
                value
              }
              Title @optional {
                value
              }
              TimeZoneSidKey @optional {
                value
              }
            }
          }
        }
      }
    }
  }
`;

export const REP_PANEL_COACHING_QUERY = gql`
  query RepPanelCoaching($repId: ID, $managerId: ID, $after: String) {
    uiapi {
      query {
        Coaching_Session__c(
          where: { Rep__c: { eq: $repId } }
          orderBy: { Scheduled_Start__c: { order: DESC } }
          first: 40
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
              Cadence__c @optional {
                value
              }
              Manager__r {
                Name {
                  value
                }
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
              Health_Score__c @optional {
                value
              }
              Coverage_Current_Quarter__c @optional {
                value
              }
              Main_Gap__c @optional {
                value
              }
              Snapshot__c @optional {
                value
              }
              Snapshot_Version__c @optional {
                value
              }
              Agenda_Opened_At__c @optional {
                value
              }
              CurrencyIsoCode @optional {
                value
              }
            }
          }
        }
        Action_Item__c(
          where: { or: [{ Rep__c: { eq: $repId } }, { Assignee__c: { eq: $repId } }] }
          orderBy: { Due_Date__c: { order: DESC } }
          first: 100
        ) {
          edges {
            node {
              Id
              Name {
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
              Session__c @optional {
                value
              }
              Manager__c @optional {
                value
              }
              Rep__c @optional {
                value
              }
              Opportunity__c @optional {
                value
              }
              Opportunity__r @optional {
                Name {
                  value
                }
              }
              Account__c @optional {
                value
              }
              CreatedDate {
                value
              }
            }
          }
        }
        User(where: { or: [{ Id: { eq: $repId } }, { ManagerId: { eq: $managerId } }] }, first: 200) {
          edges {
            node {
              Id
              Name {
                value
              }
              ManagerId @optional {
                value
              }
              IsActive @optional {
                value
              }
              Title @optional {
                value
              }
            }
          }
        }
        Sales_Quota__c(
          where: {
            and: [
              { or: [{ User__c: { eq: $repId } }, { User__r: { ManagerId: { eq: $managerId } } }] }
              { Period_End__c: { gte: { literal: TODAY } } }
            ]
          }
          first: 400
        ) {
          edges {
            node {
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
          }
        }
        Opportunity(
          where: {
            and: [
              { or: [{ OwnerId: { eq: $repId } }, { Owner: { ManagerId: { eq: $managerId } } }] }
              { or: [{ IsClosed: { eq: false } }, { CloseDate: { gte: { range: { last_n_fiscal_quarters: 4 } } } }] }
            ]
          }
          orderBy: { CloseDate: { order: ASC } }
          first: 2000
          after: $after
        ) {
          edges {
            node {
              Id
              Name {
                value
              }
              OwnerId {
                value
              }
              AccountId @optional {
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
