/**
 * The rep's Home ("My coaching"): one query for everything the view shows about the running user. Reps read
 * their own 1:1s, cadence, action items and feedback through the Coaching_Participant sharing reason, and
 * their own deals through the org's opportunity sharing. Fields an admin may hide from reps are @optional, so
 * a hidden field is absent from the node (the mappers read it as null) instead of failing the query.
 *
 * Variables: userId (the running user), recentDays (1:1s scheduled since then are enough to find the next
 * and the last held one), lostDays (deals lost since then may still need a root cause).
 */
import { gql } from 'lightning/graphql';

export const MY_COACHING_QUERY = gql`
  query MyCoaching($userId: ID, $recentDays: Int, $lostDays: Int) {
    uiapi {
      query {
        Coaching_Cadence__c(where: { and: [{ Rep__c: { eq: $userId } }, { Active__c: { eq: true } }] }, first: 5) {
          edges {
            node {
              Id
              Manager__c {
                value
              }
              Rep__c {
                value
              }
              Manager__r {
                Name {
                  value
                }
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
            }
          }
        }
        Coaching_Session__c(
          where: {
            and: [{ Rep__c: { eq: $userId } }, { Scheduled_Start__c: { gte: { range: { last_n_days: $recentDays } } } }]
          }
          orderBy: { Scheduled_Start__c: { order: DESC } }
          first: 50
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
              Main_Gap__c @optional {
                value
              }
              Snapshot__c @optional {
                value
              }
              CurrencyIsoCode @optional {
                value
              }
            }
          }
        }
        Coaching_Feedback__c(where: { Rep__c: { eq: $userId } }, orderBy: { CreatedDate: { order: DESC } }, first: 50) {
          edges {
            node {
              Id
              Session__c {
                value
              }
            }
          }
        }
        Action_Item__c(
          where: {
            and: [
              { or: [{ Assignee__c: { eq: $userId } }, { Rep__c: { eq: $userId } }] }
              { Status__c: { in: ["Open", "In Progress"] } }
            ]
          }
          orderBy: { Due_Date__c: { order: ASC, nulls: LAST } }
          first: 200
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
              Opportunity__r @optional {
                Name {
                  value
                }
              }
              Account__c @optional {
                value
              }
              Account__r @optional {
                Name {
                  value
                }
              }
              CreatedDate {
                value
              }
            }
          }
        }
        Deal_Review__c(where: { Opportunity__r: { OwnerId: { eq: $userId } } }, first: 2000) {
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
            }
          }
          pageInfo {
            hasNextPage
          }
        }
        Opportunity(
          where: {
            and: [
              { OwnerId: { eq: $userId } }
              {
                or: [
                  { IsClosed: { eq: false } }
                  { and: [{ IsWon: { eq: false } }, { CloseDate: { gte: { range: { last_n_days: $lostDays } } } }] }
                ]
              }
            ]
          }
          orderBy: { CloseDate: { order: ASC } }
          first: 2000
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
          }
        }
      }
    }
  }
`;
