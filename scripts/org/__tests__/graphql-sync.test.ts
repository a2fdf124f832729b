/**
 * The `coach` CLI reads the same fields as the components' GraphQL queries: a field a component reads (for
 * the engine) that the CLI does not select would make the terminal and the screen disagree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  gqlDocuments,
  fieldsReadByQuery,
  fieldsMissingFromCli,
  componentQueryFields
} from '../coach/graphql-fields.ts';
import { COACH_FIELDS } from '../coach/fields.ts';

const PLANTED = `
  import { gql } from 'lightning/graphql';
  const TEAM = gql\`
    query Team($ids: [ID]) {
      uiapi {
        query {
          Opportunity(where: { OwnerId: { in: $ids } }, first: 2000) {
            edges { node { Id Name { value } Amount { value displayValue } Owner { Name { value } } Secret_Score__c { value } } }
          }
          Coaching_Session__c(first: 10) {
            edges { node { Id Name { value } Status__c { value } Cadence__r { Name { value } } } }
          }
        }
      }
    }
  \`;
`;

test('fields are read from UI API documents; a parent relationship counts as its lookup field', () => {
  const [doc] = gqlDocuments(PLANTED);
  const read = fieldsReadByQuery(doc);
  assert.deepEqual([...read.get('Opportunity')!].sort(), ['Amount', 'Name', 'OwnerId', 'Secret_Score__c']);
  assert.deepEqual([...read.get('Coaching_Session__c')!].sort(), ['Cadence__c', 'Name', 'Status__c']);
});

test('a field a component reads but the CLI does not is named; display-only fields are allowed', () => {
  const read = fieldsReadByQuery(gqlDocuments(PLANTED)[0]);
  // Secret_Score__c is planted: no list has it. Coaching_Session__c.Name is display-only (UI_ONLY_FIELDS).
  assert.deepEqual(fieldsMissingFromCli(read, COACH_FIELDS), ['Opportunity.Secret_Score__c']);
});

test('every component query reads only fields the CLI also reads (or that are display-only)', () => {
  const found = componentQueryFields();
  const missing = found.flatMap(({ file, fields }) =>
    fieldsMissingFromCli(fields, COACH_FIELDS).map((f) => `${f} (${file})`)
  );
  assert.deepEqual(missing, []);
});
