/**
 * A developer page of the preview (/preview/dev/graphql): runs a GraphQL query through the real client-side
 * `lightning/graphql` wire adapter as the view-as user and shows the JSON answer, errors included.
 */
import { LightningElement, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';

const DEFAULT_QUERY = `query MyOpenDeals {
  uiapi {
    query {
      Opportunity(where: { IsClosed: { eq: false } }, orderBy: { CloseDate: { order: ASC } }, first: 5) {
        edges { node { Id Name { value } Amount { displayValue } CloseDate { value } } }
        totalCount
      }
    }
  }
}`;

export default class GraphqlProbe extends LightningElement {
  text = DEFAULT_QUERY;
  query: unknown = gql`
    ${DEFAULT_QUERY}
  `;
  answer = '';

  @wire(graphql, { query: '$query' })
  handleResult(result: { data?: unknown; errors?: unknown }): void {
    if (result && (result.data !== undefined || result.errors !== undefined))
      this.answer = JSON.stringify({ data: result.data, errors: result.errors }, null, 2);
  }

  handleText(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
  }

  handleRun(): void {
    this.query = gql`
      ${this.text}
    `;
  }
}
