/**
 * The deal coaching panel on an Opportunity record page. Two documents, each issued once per page view:
 *
 * 1. DEAL_COACHING_QUERY — the deal (the fields deal health reads, its owner and the owner's manager), its
 *    root-cause reviews and the action items linked to it.
 * 2. DEAL_CONTEXT_QUERY — once the owner is known: the stage ages of the owner's team's open deals (the
 *    benchmark "1.5 × the team median" when no stage threshold is configured), the team's users, and the owner's
 *    last held 1:1s, whose snapshots tell the deal's week-over-week story. Sharing applies: a rep who cannot see
 *    peers' deals gets a benchmark from the deals they can see (see docs/decisions.md, D-rep-2).
 */
import { gql } from 'lightning/graphql';

export const DEAL_COACHING_QUERY = gql`
  query DealCoaching($recordId: ID) {
    uiapi {
      query {
        Opportunity(where: { Id: { eq: $recordId } }, first: 1) {
          edges {
            node {
              Id
              Name {
                value
              }
              OwnerId {
                value
              }
              Owner @optional {
                Name {
                  value
                }
                ManagerId @optional {
                  value
                }
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
        }
        Deal_Review__c(where: { Opportunity__c: { eq: $recordId } }, first: 10) {
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
        }
        Action_Item__c(
          where: { Opportunity__c: { eq: $recordId } }
          orderBy: { Due_Date__c: { order: ASC, nulls: LAST } }
          first: 50
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
              Assignee__r @optional {
                Name {
                  value
                }
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
              Description__c @optional {
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
              Account__c @optional {
                value
              }
              CreatedDate {
                value
              }
            }
          }
        }
      }
    }
  }
`;

export const DEAL_CONTEXT_QUERY = gql`
  query DealContext($ownerId: ID, $managerId: ID) {
    uiapi {
      query {
        Opportunity(
          where: {
            and: [
              { IsClosed: { eq: false } }
              { or: [{ OwnerId: { eq: $ownerId } }, { Owner: { ManagerId: { eq: $managerId } } }] }
            ]
          }
          first: 2000
        ) {
          edges {
            node {
              Id
              OwnerId {
                value
              }
              StageName {
                value
              }
              CreatedDate {
                value
              }
              LastStageChangeDate @optional {
                value
              }
              IsClosed {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
        User(where: { or: [{ Id: { eq: $ownerId } }, { ManagerId: { eq: $managerId } }] }, first: 200) {
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
            }
          }
        }
        Coaching_Session__c(
          where: { and: [{ Rep__c: { eq: $ownerId } }, { Status__c: { eq: "Held" } }] }
          orderBy: { Actual_Start__c: { order: DESC } }
          first: 8
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
              Scheduled_Start__c {
                value
              }
              Actual_Start__c @optional {
                value
              }
              Status__c @optional {
                value
              }
              Snapshot__c @optional {
                value
              }
              Snapshot_Version__c @optional {
                value
              }
            }
          }
        }
      }
    }
  }
`;
