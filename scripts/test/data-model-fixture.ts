/**
 * A small, consistent data model on top of the fixture project, for the data-model checks' planted failures:
 * Gadget__c (master) and Widget__c (detail) with a required, a master-detail and a formula field, a validation rule,
 * one permission set described by a persona matrix, a report type, a report and a dashboard. Every file is in the
 * Metadata API's element order, so the clean fixture passes every check.
 */
import { objectXml, fieldXml, type FixtureProject } from './fixture-project.ts';

export const DM = 'force-app/main/data-model';
export const WIDGET = `${DM}/objects/Widget__c`;
export const PERMSET = 'force-app/main/security/permissionsets/Widget_User.permissionset-meta.xml';
export const RULE = `${WIDGET}/validationRules/Size_Not_Negative.validationRule-meta.xml`;
export const REPORT = 'force-app/main/app/reports/Widget_Reports/Widgets_By_Colour.report-meta.xml';
export const REPORT_TYPE = 'force-app/main/app/reportTypes/Gadgets_With_Widgets.reportType-meta.xml';
export const DASHBOARD = 'force-app/main/app/dashboards/Widget_Dashboards/Widgets.dashboard-meta.xml';
export const MATRIX = 'docs/persona-matrix.md';

const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';
const doc = (root: string, body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} ${NS}>\n${body}\n</${root}>\n`;

export const field = (name: string, body: string): string =>
  doc('CustomField', `  <fullName>${name}</fullName>\n${body}`);

export const validationRule = (formula: string, message = "Size can't be negative.", display = 'Size__c'): string =>
  doc(
    'ValidationRule',
    `  <fullName>Size_Not_Negative</fullName>\n  <active>true</active>\n  <errorConditionFormula>${formula}</errorConditionFormula>\n  <errorDisplayField>${display}</errorDisplayField>\n  <errorMessage>${message}</errorMessage>`
  );

export interface PermissionSetParts {
  objects?: string[];
  fields?: string[];
}

export const objectPermission = (object: string, flags: string): string => {
  const t = flags.split(' ');
  const b = (x: string): string => String(t.includes(x));
  return `  <objectPermissions>\n    <allowCreate>${b('C')}</allowCreate>\n    <allowDelete>${b('D')}</allowDelete>\n    <allowEdit>${b('E')}</allowEdit>\n    <allowRead>${b('R')}</allowRead>\n    <modifyAllRecords>${b('MA')}</modifyAllRecords>\n    <object>${object}</object>\n    <viewAllRecords>${b('VA')}</viewAllRecords>\n  </objectPermissions>`;
};

export const fieldPermission = (name: string, editable: boolean): string =>
  `  <fieldPermissions>\n    <editable>${editable}</editable>\n    <field>${name}</field>\n    <readable>true</readable>\n  </fieldPermissions>`;

/** Widget_User: the fixture's only persona. Field permissions come before object permissions (schema order). */
export const permissionSet = (parts: PermissionSetParts = {}): string =>
  doc(
    'PermissionSet',
    [
      '  <description>Uses widgets.</description>',
      ...(parts.fields ?? [fieldPermission('Widget__c.Colour__c', true), fieldPermission('Widget__c.Shade__c', false)]),
      '  <label>Widget User</label>',
      ...(parts.objects ?? [objectPermission('Gadget__c', 'R'), objectPermission('Widget__c', 'R C E')])
    ].join('\n')
  );

export const MATRIX_TEXT = `# Persona matrix

### \`Gadget__c\`

| Object / field | Widget_User | Why |
| -------------- | ----------- | --- |
| **Object**     | R           |     |

### \`Widget__c\`

| Object / field | Widget_User | Why                  |
| -------------- | ----------- | -------------------- |
| **Object**     | R C E       |                      |
| \`Colour__c\`    | R/E         |                      |
| \`Size__c\`      | auto        | Required.            |
| \`Gadget__c\`    | auto        | Master-detail.       |
| \`Shade__c\`     | R           | Formula (read-only). |
`;

/** Line number (1-based) of the matrix row whose first cell is `label`. */
export const matrixLine = (text: string, label: string): number =>
  text.split('\n').findIndex((l) => l.startsWith(`| \`${label}\``)) + 1;

export const reportXml = (body: string): string => doc('Report', body);

export const REPORT_BODY = [
  '  <columns>\n    <field>Gadget__c$Name</field>\n  </columns>',
  '  <columns>\n    <aggregateTypes>Sum</aggregateTypes>\n    <field>Gadget__c.Widgets__r$Size__c</field>\n  </columns>',
  '  <format>Summary</format>',
  '  <groupingsDown>\n    <dateGranularity>Day</dateGranularity>\n    <field>Gadget__c.Widgets__r$Colour__c</field>\n    <sortOrder>Asc</sortOrder>\n  </groupingsDown>',
  '  <name>Widgets by Colour</name>',
  '  <reportType>Gadgets_With_Widgets__c</reportType>',
  '  <scope>organization</scope>'
].join('\n');

export const dashboardComponent = (inner: string): string =>
  `    <dashboardGridComponents>\n      <colSpan>6</colSpan>\n      <columnIndex>0</columnIndex>\n      <dashboardComponent>\n${inner}\n      </dashboardComponent>\n      <rowIndex>0</rowIndex>\n      <rowSpan>8</rowSpan>\n    </dashboardGridComponents>`;

export const CHART = [
  '        <autoselectColumnsFromReport>false</autoselectColumnsFromReport>',
  '        <chartAxisRange>Auto</chartAxisRange>',
  '        <chartSummary>\n          <axisBinding>y</axisBinding>\n          <column>RowCount</column>\n        </chartSummary>',
  '        <componentType>Column</componentType>',
  '        <groupingColumn>Gadget__c.Widgets__r$Colour__c</groupingColumn>',
  '        <header>Widgets by colour</header>',
  '        <report>Widget_Reports/Widgets_By_Colour</report>',
  '        <sortBy>RowValueDescending</sortBy>'
].join('\n');

export const dashboardXml = (component = CHART, type = 'LoggedInUser'): string =>
  doc(
    'Dashboard',
    [
      '  <backgroundEndColor>#FFFFFF</backgroundEndColor>',
      '  <backgroundFadeDirection>Diagonal</backgroundFadeDirection>',
      '  <backgroundStartColor>#FFFFFF</backgroundStartColor>',
      `  <dashboardGridLayout>\n${dashboardComponent(component)}\n    <numberOfColumns>12</numberOfColumns>\n    <rowHeight>36</rowHeight>\n  </dashboardGridLayout>`,
      `  <dashboardType>${type}</dashboardType>`,
      '  <isGridLayout>true</isGridLayout>',
      '  <textColor>#000000</textColor>',
      '  <title>Widgets</title>',
      '  <titleColor>#000000</titleColor>',
      '  <titleSize>12</titleSize>'
    ].join('\n')
  );

export const reportTypeXml = (relationship = 'Widgets__r'): string =>
  doc(
    'ReportType',
    [
      '  <baseObject>Gadget__c</baseObject>',
      '  <category>other</category>',
      '  <deployed>true</deployed>',
      `  <join>\n    <outerJoin>true</outerJoin>\n    <relationship>${relationship}</relationship>\n  </join>`,
      '  <label>Gadgets with Widgets</label>',
      '  <sections>\n' +
        [
          ['Name', 'Gadget__c'],
          ['Colour__c', 'Gadget__c.Widgets__r'],
          ['Size__c', 'Gadget__c.Widgets__r']
        ]
          .map(
            ([f, t]) =>
              `    <columns>\n      <checkedByDefault>true</checkedByDefault>\n      <field>${f}</field>\n      <table>${t}</table>\n    </columns>`
          )
          .join('\n') +
        '\n    <masterLabel>Gadgets</masterLabel>\n  </sections>'
    ].join('\n')
  );

/** Adds the data model to a fixture project created by createFixtureProject(). */
export function addDataModel(project: FixtureProject): void {
  const w = project.write;
  w(`${DM}/objects/Gadget__c/Gadget__c.object-meta.xml`, objectXml('Gadget'));
  w(`${WIDGET}/Widget__c.object-meta.xml`, objectXml('Widget', 'ControlledByParent'));
  w(`${WIDGET}/fields/Colour__c.field-meta.xml`, fieldXml('Colour__c'));
  w(
    `${WIDGET}/fields/Size__c.field-meta.xml`,
    field(
      'Size__c',
      '  <label>Size</label>\n  <precision>3</precision>\n  <required>true</required>\n  <scale>0</scale>\n  <type>Number</type>'
    )
  );
  w(
    `${WIDGET}/fields/Gadget__c.field-meta.xml`,
    field(
      'Gadget__c',
      '  <label>Gadget</label>\n  <referenceTo>Gadget__c</referenceTo>\n  <relationshipName>Widgets</relationshipName>\n  <type>MasterDetail</type>'
    )
  );
  w(
    `${WIDGET}/fields/Shade__c.field-meta.xml`,
    field(
      'Shade__c',
      "  <formula>Colour__c &amp; ' ' &amp; Gadget__r.Name</formula>\n  <label>Shade</label>\n  <type>Text</type>"
    )
  );
  w(RULE, validationRule('Size__c &lt; 0'));
  w(PERMSET, permissionSet());
  w(MATRIX, MATRIX_TEXT);
  w(REPORT_TYPE, reportTypeXml());
  w(
    'force-app/main/app/reports/Widget_Reports.reportFolder-meta.xml',
    doc('ReportFolder', '  <accessType>PublicInternal</accessType>\n  <name>Widget Reports</name>')
  );
  w(REPORT, reportXml(REPORT_BODY));
  w(
    'force-app/main/app/dashboards/Widget_Dashboards.dashboardFolder-meta.xml',
    doc('DashboardFolder', '  <accessType>PublicInternal</accessType>\n  <name>Widget Dashboards</name>')
  );
  w(DASHBOARD, dashboardXml());
}
