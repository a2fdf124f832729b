// Types for the platform modules that @salesforce/lightning-types does not cover.
// They describe only the surface this package uses; widen them when a component needs more.

declare module 'lightning/graphql' {
  /** A parsed GraphQL document. On the platform `gql` returns an opaque AST. */
  export type GraphQLDocument = unknown;
  export function gql(strings: TemplateStringsArray, ...values: unknown[]): GraphQLDocument;

  export interface GraphQLError {
    message: string;
    locations?: { line: number; column: number }[];
    path?: (string | number)[];
    extensions?: Record<string, unknown>;
  }
  export interface GraphQLResult<T = unknown> {
    data?: T;
    errors?: GraphQLError[];
    refresh?: () => Promise<void>;
  }
  /** The GraphQL wire adapter (use with `@wire(graphql, { query, variables, operationName })`). */
  export const graphql: import('lwc').WireAdapterConstructor<any, GraphQLResult<any>, any>;
  /** Imperative mutation (API v66+). */
  export function executeMutation<T = unknown>(config: {
    query: GraphQLDocument;
    variables?: Record<string, unknown>;
    operationName?: string;
  }): Promise<GraphQLResult<T>>;
  export function refreshGraphQL(result: unknown): Promise<void>;
}

declare module 'lightning/uiRecordApi' {
  export interface FieldValue {
    value: unknown;
    displayValue: string | null;
  }
  export interface RecordRepresentation {
    id: string;
    apiName: string;
    fields: Record<string, FieldValue>;
  }
  export interface RecordInput {
    apiName?: string;
    fields: Record<string, unknown>;
  }
  export const getRecord: import('lwc').WireAdapterConstructor<any, any, any>;
  export const getRecords: import('lwc').WireAdapterConstructor<any, any, any>;
  export function createRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
  export function updateRecord(
    recordInput: RecordInput,
    clientOptions?: { ifUnmodifiedSince?: string }
  ): Promise<RecordRepresentation>;
  export function deleteRecord(recordId: string): Promise<void>;
  export function getFieldValue(record: RecordRepresentation | undefined, field: unknown): unknown;
  export function getFieldDisplayValue(record: RecordRepresentation | undefined, field: unknown): string | null;
  export function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void>;
}

declare module 'lightning/navigation' {
  export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
  }
  type Constructor<T = object> = new (...args: any[]) => T;
  export const NavigationMixin: (<T extends Constructor>(
    base: T
  ) => T &
    Constructor<{
      [NavigationMixin.Navigate](pageReference: PageReference, replace?: boolean): void;
      [NavigationMixin.GenerateUrl](pageReference: PageReference): Promise<string>;
    }>) & {
    readonly Navigate: unique symbol;
    readonly GenerateUrl: unique symbol;
  };
  export const CurrentPageReference: unknown;
}

declare module 'lightning/platformShowToastEvent' {
  export class ShowToastEvent extends CustomEvent<unknown> {
    constructor(config: {
      title: string;
      message?: string;
      variant?: 'info' | 'success' | 'warning' | 'error';
      mode?: 'dismissible' | 'pester' | 'sticky';
    });
  }
}

declare module 'lightning/refresh' {
  export class RefreshEvent extends CustomEvent<unknown> {
    constructor();
  }
}

declare module '@salesforce/apex/*' {
  const apexMethod: (params?: Record<string, unknown>) => Promise<any>;
  export default apexMethod;
}

declare module '@salesforce/schema/*' {
  const fieldOrObject: { objectApiName: string; fieldApiName?: string } | string;
  export default fieldOrObject;
}

declare module '@salesforce/label/*' {
  const label: string;
  export default label;
}

declare module '@salesforce/i18n/*' {
  const value: string;
  export default value;
}

declare module '@salesforce/resourceUrl/*' {
  const url: string;
  export default url;
}

declare module '@salesforce/customPermission/*' {
  const granted: boolean | undefined;
  export default granted;
}

declare module '@salesforce/userPermission/*' {
  const granted: boolean | undefined;
  export default granted;
}

declare module 'lightning/uiObjectInfoApi' {
  export interface ObjectInfoField {
    apiName: string;
    label: string;
    createable: boolean;
    updateable: boolean;
    required: boolean;
    inlineHelpText?: string | null;
    length?: number;
  }
  export interface ObjectInfo {
    apiName: string;
    label: string;
    createable: boolean;
    updateable: boolean;
    defaultRecordTypeId: string;
    fields: Record<string, ObjectInfoField>;
  }
  export interface PicklistValue {
    label: string;
    value: string;
    validFor?: number[];
  }
  export interface PicklistValues {
    defaultValue: PicklistValue | null;
    values: PicklistValue[];
  }
  /** Wire adapters: `@wire(getObjectInfo, { objectApiName })`, `@wire(getPicklistValues, { recordTypeId, fieldApiName })`. */
  export const getObjectInfo: import('lwc').WireAdapterConstructor<any, any, any>;
  export const getPicklistValues: import('lwc').WireAdapterConstructor<any, any, any>;
}
