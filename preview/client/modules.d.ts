// Modules the preview build provides (see preview/build.ts) and the LWC modules the shell uses.
declare module 'preview:components' {
  const components: Record<string, unknown>;
  export default components;
}
declare module 'preview/app' {
  import type { LightningElement } from 'lwc';
  const App: typeof LightningElement;
  export default App;
}
declare module 'lightning/uiRecordApi' {
  export function createRecord(input: { apiName?: string; fields: Record<string, unknown> }): Promise<{ id: string }>;
  export function updateRecord(input: { fields: Record<string, unknown> }): Promise<{ id: string }>;
}
declare module 'lightning/platformShowToastEvent' {
  export { ShowToastEvent } from './platform/toast';
}
declare module 'lightning/graphql' {
  export function gql(strings: TemplateStringsArray, ...values: unknown[]): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a wire adapter id, typed by LWC's @wire
  export const graphql: any;
}
