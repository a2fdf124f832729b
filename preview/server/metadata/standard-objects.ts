/**
 * The standard objects and fields the package reads (ARCHITECTURE.md decision 5), described the way an org
 * describes them. Fields gated behind Pipeline Inspection (AgeInDays, LastStageChangeInDays) are left out on
 * purpose: a query that needs them must mark them `@optional`, exactly as on an org without that feature.
 * The org-wide defaults are those of a typical Sales Cloud org: Opportunity and Account Private, User public read.
 */
import type { FieldDescribe, FieldType, ObjectDescribe, PicklistEntry } from './describe.ts';

const values = (...list: string[]): PicklistEntry[] => list.map((v) => ({ value: v, label: v, isDefault: false }));

/** Standard sales stages with their default probability and forecast category (Setup > Opportunity Stages). */
export const STANDARD_STAGES: {
  stage: string;
  probability: number;
  forecastCategory: string;
  closed: boolean;
  won: boolean;
}[] = [
  { stage: 'Prospecting', probability: 10, forecastCategory: 'Pipeline', closed: false, won: false },
  { stage: 'Qualification', probability: 10, forecastCategory: 'Pipeline', closed: false, won: false },
  { stage: 'Needs Analysis', probability: 20, forecastCategory: 'Pipeline', closed: false, won: false },
  { stage: 'Value Proposition', probability: 50, forecastCategory: 'Pipeline', closed: false, won: false },
  { stage: 'Id. Decision Makers', probability: 60, forecastCategory: 'Pipeline', closed: false, won: false },
  { stage: 'Perception Analysis', probability: 70, forecastCategory: 'Pipeline', closed: false, won: false },
  { stage: 'Proposal/Price Quote', probability: 75, forecastCategory: 'Pipeline', closed: false, won: false },
  { stage: 'Negotiation/Review', probability: 90, forecastCategory: 'Pipeline', closed: false, won: false },
  { stage: 'Closed Won', probability: 100, forecastCategory: 'Closed', closed: true, won: true },
  { stage: 'Closed Lost', probability: 0, forecastCategory: 'Omitted', closed: true, won: false }
];

function field(apiName: string, type: FieldType, extra: Partial<FieldDescribe> = {}): FieldDescribe {
  const longText = type === 'LongTextArea';
  return {
    apiName,
    label: apiName.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/Id$/, ' ID'),
    type,
    required: false,
    unique: false,
    externalId: false,
    calculated: false,
    createable: true,
    updateable: true,
    filterable: !longText,
    sortable: !longText,
    groupable: !longText && !['Double', 'Currency', 'Percent', 'DateTime'].includes(type),
    custom: false,
    ...extra
  };
}

const readOnly = { createable: false, updateable: false, calculated: true };
const lookup = (apiName: string, to: string, relationshipName: string, extra: Partial<FieldDescribe> = {}) =>
  field(apiName, 'Reference', { referenceTo: [to], relationshipName, groupable: true, ...extra });

function audit(): FieldDescribe[] {
  return [
    field('Id', 'Id', { ...readOnly, groupable: true }),
    field('CreatedDate', 'DateTime', readOnly),
    field('LastModifiedDate', 'DateTime', readOnly),
    field('SystemModstamp', 'DateTime', readOnly),
    lookup('CreatedById', 'User', 'CreatedBy', readOnly),
    lookup('LastModifiedById', 'User', 'LastModifiedBy', readOnly),
    field('CurrencyIsoCode', 'Picklist')
  ];
}

function describe(
  apiName: string,
  label: string,
  keyPrefix: string,
  sharingModel: ObjectDescribe['sharingModel'],
  fields: FieldDescribe[],
  childRelationships: ObjectDescribe['childRelationships'] = []
): ObjectDescribe {
  return {
    apiName,
    label,
    pluralLabel: `${label}s`,
    keyPrefix,
    custom: false,
    sharingModel,
    grantAccessUsingHierarchies: true,
    nameField: { type: 'Text' },
    fields: new Map([...audit(), ...fields].map((f) => [f.apiName, f])),
    childRelationships,
    validationRules: [],
    source: 'standard'
  };
}

/** Fresh describes (callers may add child relationships to them). */
export function STANDARD_OBJECTS(): ObjectDescribe[] {
  return [
    describe('User', 'User', '005', 'Read', [
      field('Name', 'String', readOnly),
      field('FirstName', 'String'),
      field('LastName', 'String', { required: true }),
      field('Username', 'String', { required: true, unique: true }),
      field('Email', 'Email', { required: true }),
      field('Alias', 'String', { required: true }),
      field('Title', 'String'),
      field('Department', 'String'),
      lookup('ManagerId', 'User', 'Manager'),
      field('UserRoleId', 'Reference', { referenceTo: ['UserRole'], groupable: true }),
      field('IsActive', 'Boolean'),
      field('TimeZoneSidKey', 'Picklist', { required: true }),
      field('LocaleSidKey', 'Picklist', { required: true }),
      field('LanguageLocaleKey', 'Picklist', { required: true }),
      field('DefaultCurrencyIsoCode', 'Picklist'),
      field('SmallPhotoUrl', 'Url', readOnly)
    ]),
    describe(
      'Account',
      'Account',
      '001',
      'Private',
      [
        field('Name', 'String', { required: true, length: 255 }),
        lookup('OwnerId', 'User', 'Owner'),
        lookup('ParentId', 'Account', 'Parent'),
        field('Type', 'Picklist', {
          picklistValues: values(
            'Prospect',
            'Customer - Direct',
            'Customer - Channel',
            'Channel Partner / Reseller',
            'Other'
          )
        }),
        field('Industry', 'Picklist', {
          picklistValues: values('Technology', 'Manufacturing', 'Finance', 'Healthcare', 'Retail', 'Energy', 'Other')
        }),
        field('AnnualRevenue', 'Currency'),
        field('NumberOfEmployees', 'Int'),
        field('LastActivityDate', 'Date', readOnly)
      ],
      [{ relationshipName: 'Opportunities', childObject: 'Opportunity', field: 'AccountId' }]
    ),
    describe('Opportunity', 'Opportunity', '006', 'Private', [
      field('Name', 'String', { required: true, length: 120 }),
      lookup('AccountId', 'Account', 'Account'),
      lookup('OwnerId', 'User', 'Owner'),
      field('Amount', 'Currency'),
      field('StageName', 'Picklist', {
        required: true,
        restrictedPicklist: true,
        picklistValues: values(...STANDARD_STAGES.map((s) => s.stage))
      }),
      field('ForecastCategoryName', 'Picklist', {
        picklistValues: values('Pipeline', 'Best Case', 'Commit', 'Closed', 'Omitted')
      }),
      field('CloseDate', 'Date', { required: true }),
      field('Probability', 'Percent'),
      field('ExpectedRevenue', 'Currency', readOnly),
      field('Type', 'Picklist', {
        picklistValues: values(
          'New Customer',
          'Existing Customer - Upgrade',
          'Existing Customer - Replacement',
          'Existing Customer - Downgrade'
        )
      }),
      field('LeadSource', 'Picklist', {
        picklistValues: values('Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other')
      }),
      field('NextStep', 'String', { length: 255 }),
      field('Description', 'LongTextArea'),
      field('IsClosed', 'Boolean', readOnly),
      field('IsWon', 'Boolean', readOnly),
      field('PushCount', 'Int', readOnly),
      field('LastStageChangeDate', 'DateTime', readOnly),
      field('LastActivityDate', 'Date', readOnly),
      field('HasOverdueTask', 'Boolean', readOnly),
      field('HasOpenActivity', 'Boolean', readOnly),
      field('FiscalYear', 'Int', readOnly),
      field('FiscalQuarter', 'Int', readOnly)
    ])
  ];
}

/**
 * Standard fields some orgs gate behind Pipeline Inspection. The preview's runtime schema leaves them out
 * (queries must mark them `@optional`); the offline query check knows them and insists on `@optional`.
 */
export const GATED_FIELDS: { object: string; field: string; type: FieldType }[] = [
  { object: 'Opportunity', field: 'AgeInDays', type: 'Int' },
  { object: 'Opportunity', field: 'LastStageChangeInDays', type: 'Int' }
];

export function gatedField(object: string, apiName: string, type: FieldType): FieldDescribe {
  return field(apiName, type, { ...readOnly, label: `${apiName} (gated: ${object})` });
}
