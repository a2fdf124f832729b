/**
 * How each record type of the demo-org document (docs/demo-org.md) reaches a real org: in load order,
 * with its references, and with the natural key that makes seeding idempotent.
 *
 * Idempotence without external-id fields (decision D-org-2): the package adds no field to standard objects,
 * and only Sales_Quota__c has an external id, so every type is matched on a natural key built from its own
 * values after id remapping (e.g. an Opportunity is owner + account + name). The match only looks at records
 * the seed owns (`scope`: records whose owner, manager or parent is a seeded record), so a real org's data
 * with the same names is never touched. Where records share a key, each pairs with the org record equal on
 * most of its `tiebreak` fields (the values the seed wrote), so re-runs never swap two same-named deals.
 */

export type SeedAction =
  /** Insert what has no match, update what has one. */
  | 'upsert'
  /** Insert what has no match, leave matches alone (org-wide setup the seed should not rewrite). */
  | 'insertMissing'
  /** Exists in the org already (package metadata): map document ids to org ids by name. */
  | 'reference'
  /** Org set-up that the API cannot write: compare and report. */
  | 'check'
  /** Written by the platform (OpportunityHistory): not seeded, reported. */
  | 'system';

export interface ReferenceField {
  field: string;
  to: string;
}

export interface TypePlan {
  type: string;
  action: SeedAction;
  references: ReferenceField[];
  /** Natural key fields (values compared after remapping references). */
  key: string[];
  /**
   * When several org records share a key, the one equal on most of these fields is the match (values the
   * seed itself wrote, so a re-run pairs each record with the one it created).
   */
  tiebreak?: string[];
  /** Restricts matching to org records whose `field` points at a record this seed created or matched. */
  scope?: ReferenceField;
  /** Reference fields written in a second pass, once every row of the type exists (self references). */
  deferred?: string[];
  /** Fields never sent on update (ownership changes are the org's business after the first seed). */
  insertOnly?: string[];
  /** Fields never sent at all, even when the org would accept them. */
  omit?: string[];
  /** Why a `check` or `system` type is not written, for the report. */
  note?: string;
}

/** The seeding plan in load order (the demo-org LOAD_ORDER; every reference points to an earlier type). */
export const SEED_PLAN: readonly TypePlan[] = [
  {
    type: 'Organization',
    action: 'check',
    references: [],
    key: [],
    note: 'fiscal year start and naming are Setup settings (Setup → Fiscal Year); compared, not written'
  },
  {
    type: 'CurrencyType',
    action: 'upsert',
    references: [],
    key: ['IsoCode'],
    // The corporate currency is chosen in Setup (Company Information); the seed never changes it.
    omit: ['IsCorporate']
  },
  { type: 'DatedConversionRate', action: 'upsert', references: [], key: ['IsoCode', 'StartDate'] },
  {
    type: 'FiscalYearSettings',
    action: 'check',
    references: [],
    key: [],
    note: 'fiscal years are created in Setup → Fiscal Year, not through the API'
  },
  { type: 'Period', action: 'check', references: [], key: [], note: 'periods come with the fiscal years' },
  { type: 'OpportunityStage', action: 'check', references: [], key: [], note: 'stage names are compared with the org' },
  {
    type: 'UserRole',
    action: 'insertMissing',
    references: [{ field: 'ParentRoleId', to: 'UserRole' }],
    key: ['DeveloperName']
  },
  {
    type: 'User',
    action: 'upsert',
    references: [
      { field: 'ManagerId', to: 'User' },
      { field: 'UserRoleId', to: 'UserRole' }
    ],
    key: ['Username'],
    deferred: ['ManagerId'],
    insertOnly: ['ProfileId'],
    // Deactivation happens after everything the user owns is written (records cannot be given to an inactive owner).
    omit: ['IsActive']
  },
  { type: 'PermissionSet', action: 'reference', references: [], key: ['Name'] },
  {
    type: 'PermissionSetAssignment',
    action: 'insertMissing',
    references: [
      { field: 'AssigneeId', to: 'User' },
      { field: 'PermissionSetId', to: 'PermissionSet' }
    ],
    key: ['AssigneeId', 'PermissionSetId'],
    scope: { field: 'AssigneeId', to: 'User' },
    omit: ['PermissionSet']
  },
  {
    type: 'Account',
    action: 'upsert',
    references: [{ field: 'OwnerId', to: 'User' }],
    key: ['OwnerId', 'Name'],
    tiebreak: ['BillingCity', 'Industry'],
    scope: { field: 'OwnerId', to: 'User' },
    insertOnly: ['OwnerId', 'RecordTypeId']
  },
  {
    type: 'Opportunity',
    action: 'upsert',
    references: [
      { field: 'AccountId', to: 'Account' },
      { field: 'OwnerId', to: 'User' }
    ],
    key: ['OwnerId', 'AccountId', 'Name'],
    tiebreak: ['CloseDate', 'Amount', 'StageName', 'CreatedDate'],
    scope: { field: 'OwnerId', to: 'User' },
    insertOnly: ['OwnerId', 'RecordTypeId']
  },
  {
    type: 'OpportunityHistory',
    action: 'system',
    references: [
      { field: 'OpportunityId', to: 'Opportunity' },
      { field: 'CreatedById', to: 'User' }
    ],
    key: [],
    note: 'written by the platform: replayed as updates on new opportunities (see Opportunity), so pushes count; its dates are the day of seeding'
  },
  {
    type: 'Sales_Quota__c',
    action: 'upsert',
    references: [
      { field: 'OwnerId', to: 'User' },
      { field: 'User__c', to: 'User' }
    ],
    key: ['User__c', 'Period_Start__c'],
    scope: { field: 'User__c', to: 'User' },
    insertOnly: ['OwnerId']
  },
  {
    type: 'Coaching_Cadence__c',
    action: 'upsert',
    references: [
      { field: 'OwnerId', to: 'User' },
      { field: 'Manager__c', to: 'User' },
      { field: 'Rep__c', to: 'User' }
    ],
    key: ['Manager__c', 'Rep__c'],
    scope: { field: 'Manager__c', to: 'User' },
    insertOnly: ['OwnerId']
  },
  {
    type: 'Coaching_Session__c',
    action: 'upsert',
    references: [
      { field: 'OwnerId', to: 'User' },
      { field: 'Cadence__c', to: 'Coaching_Cadence__c' },
      { field: 'Manager__c', to: 'User' },
      { field: 'Rep__c', to: 'User' }
    ],
    key: ['Manager__c', 'Rep__c', 'Scheduled_Start__c'],
    scope: { field: 'Manager__c', to: 'User' },
    insertOnly: ['OwnerId']
  },
  {
    type: 'Action_Item__c',
    action: 'upsert',
    references: [
      { field: 'OwnerId', to: 'User' },
      { field: 'Session__c', to: 'Coaching_Session__c' },
      { field: 'Manager__c', to: 'User' },
      { field: 'Rep__c', to: 'User' },
      { field: 'Assignee__c', to: 'User' },
      { field: 'Opportunity__c', to: 'Opportunity' },
      { field: 'Account__c', to: 'Account' }
    ],
    key: ['Assignee__c', 'Session__c', 'Name'],
    tiebreak: ['Due_Date__c', 'Opportunity__c', 'Account__c'],
    scope: { field: 'Assignee__c', to: 'User' },
    insertOnly: ['OwnerId']
  },
  {
    type: 'Deal_Review__c',
    action: 'upsert',
    references: [
      { field: 'Opportunity__c', to: 'Opportunity' },
      { field: 'Reviewed_By__c', to: 'User' }
    ],
    key: ['Opportunity__c', 'Review_Type__c'],
    scope: { field: 'Opportunity__c', to: 'Opportunity' }
  },
  {
    type: 'Coaching_Feedback__c',
    action: 'upsert',
    references: [
      { field: 'OwnerId', to: 'User' },
      { field: 'Session__c', to: 'Coaching_Session__c' },
      { field: 'Rep__c', to: 'User' },
      { field: 'Manager__c', to: 'User' }
    ],
    key: ['Session__c'],
    scope: { field: 'Rep__c', to: 'User' },
    insertOnly: ['OwnerId']
  }
];

/** Fields that exist only in some orgs (multi-currency, roles): dropped with a note when the org lacks them. */
export const OPTIONAL_STANDARD_FIELDS = new Set(['CurrencyIsoCode', 'DefaultCurrencyIsoCode', 'UserRoleId']);

/** Rewrites a demo username so that it is unique to the org (Salesforce usernames are unique across all orgs). */
export function orgUsername(demoUsername: string, orgId: string): string {
  const at = demoUsername.lastIndexOf('@');
  const local = at > 0 ? demoUsername.slice(0, at) : demoUsername;
  const domain = at > 0 ? demoUsername.slice(at + 1) : 'coaching-demo.example.com';
  return `${local}@${orgId.toLowerCase()}.${domain}`.slice(0, 80);
}

/** A comparable text for a key value: datetimes as instants, times as HH:mm, numbers without formatting. */
export function keyValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(text)) {
    const instant = Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
    return Number.isNaN(instant) ? text : new Date(instant).toISOString();
  }
  if (/^\d\d:\d\d(:\d\d(\.\d+)?)?Z?$/.test(text)) return text.slice(0, 5);
  return text;
}

export function recordKey(record: Record<string, unknown>, fields: readonly string[]): string {
  return JSON.stringify(fields.map((f) => keyValue(record[f])));
}
