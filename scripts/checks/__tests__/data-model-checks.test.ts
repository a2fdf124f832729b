/**
 * The data-model checks, each proven by planted failures on a small consistent data model (see
 * scripts/test/data-model-fixture.ts): the clean fixture passes, and each planted defect is reported against the file
 * (and matrix row) that holds it.
 */
import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createFixtureProject, type FixtureProject } from '../../test/fixture-project.ts';
import {
  addDataModel,
  field,
  fieldPermission,
  objectPermission,
  permissionSet,
  validationRule,
  reportXml,
  reportTypeXml,
  dashboardXml,
  matrixLine,
  CHART,
  MATRIX,
  MATRIX_TEXT,
  PERMSET,
  REPORT,
  REPORT_BODY,
  REPORT_TYPE,
  DASHBOARD,
  RULE,
  WIDGET
} from '../../test/data-model-fixture.ts';
import { CHECKS } from '../registry.ts';
import * as schemaCheck from '../metadata-schema.check.ts';
import * as permissionSets from '../permission-sets.check.ts';
import * as personaMatrix from '../persona-matrix.check.ts';
import * as formulas from '../formulas.check.ts';
import * as reports from '../reports.check.ts';
import * as platformRefs from '../platform-refs.check.ts';
import { formulaReferences } from '../formulas.check.ts';

let project: FixtureProject;
beforeEach(() => {
  project = createFixtureProject();
  addDataModel(project);
});
afterEach(() => project.dispose());

type F = { file: string; message: string };
const show = (findings: F[]): string => JSON.stringify(findings, null, 1);
const only = (findings: F[], pattern: RegExp): F[] => findings.filter((f) => pattern.test(f.message));

describe('data-model fixture baseline', () => {
  test('the clean data model passes every registered check', async () => {
    for (const check of CHECKS) assert.deepEqual(await check.run(project.root), [], `${check.id}`);
  });
});

describe('metadata schema check', () => {
  test('an unknown element is reported with its path', () => {
    project.write(
      `${WIDGET}/fields/Colour__c.field-meta.xml`,
      field('Colour__c', '  <label>Colour</label>\n  <lenght>80</lenght>\n  <type>Text</type>')
    );
    const findings = schemaCheck.run(project.root);
    assert.equal(findings.length, 1, show(findings));
    assert.match(findings[0].file, /Colour__c\.field-meta\.xml$/);
    assert.match(findings[0].message, /CustomField > lenght: unknown element/);
  });

  test('an element out of schema order is reported', () => {
    project.write(
      `${WIDGET}/fields/Colour__c.field-meta.xml`,
      field('Colour__c', '  <type>Text</type>\n  <label>Colour</label>\n  <length>80</length>')
    );
    const messages = schemaCheck.run(project.root).map((f) => f.message);
    assert.ok(
      messages.some((m) => /CustomField > label: out of order; CustomField expects it before <type>/.test(m)),
      messages.join('\n')
    );
  });

  test('an invalid enumeration value and a missing required element are reported', () => {
    project.write(RULE, validationRule('Size__c &lt; 0').replace(/\s*<errorMessage>.*<\/errorMessage>/, ''));
    project.write(DASHBOARD, dashboardXml(CHART.replace('<componentType>Column<', '<componentType>Colum<')));
    const messages = schemaCheck.run(project.root).map((f) => f.message);
    assert.ok(messages.includes('ValidationRule: missing required <errorMessage>'), messages.join('\n'));
    assert.ok(
      messages.some((m) => /dashboardComponent > componentType: "Colum" is not a valid DashboardComponentType/.test(m)),
      messages.join('\n')
    );
  });
});

describe('metadata schema check: newer elements', () => {
  test('an element newer than API 47 on the known list is accepted in its place, an unknown one is not', () => {
    const app = (extra: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<CustomApplication xmlns="http://soap.sforce.com/2006/04/metadata">\n  <isNavPersonalizationDisabled>false</isNavPersonalizationDisabled>\n${extra}\n  <label>Widgets</label>\n</CustomApplication>\n`;
    const file = 'force-app/main/app/applications/Widgets.app-meta.xml';
    project.write(file, app('  <isNavTabPersistenceDisabled>false</isNavTabPersistenceDisabled>'));
    assert.deepEqual(schemaCheck.run(project.root), []);
    project.write(file, app('  <isNavTabPersistenceEnabled>false</isNavTabPersistenceEnabled>'));
    assert.deepEqual(
      schemaCheck.run(project.root).map((f) => f.message),
      ['CustomApplication > isNavTabPersistenceEnabled: unknown element (not in CustomApplication for API 47.0)']
    );
  });
});

describe('permission set check', () => {
  test('a required field in a permission set is rejected (Salesforce refuses it)', () => {
    project.write(
      PERMSET,
      permissionSet({
        fields: [
          fieldPermission('Widget__c.Colour__c', true),
          fieldPermission('Widget__c.Shade__c', false),
          fieldPermission('Widget__c.Size__c', true)
        ]
      })
    );
    const findings = permissionSets.run(project.root);
    assert.equal(findings.length, 1, show(findings));
    assert.equal(findings[0].file, PERMSET);
    assert.match(findings[0].message, /Widget__c\.Size__c, which is required: Salesforce rejects it/);
  });

  test('a master-detail field in a permission set is rejected', () => {
    project.write(
      PERMSET,
      permissionSet({
        fields: [
          fieldPermission('Widget__c.Colour__c', true),
          fieldPermission('Widget__c.Gadget__c', false),
          fieldPermission('Widget__c.Shade__c', false)
        ]
      })
    );
    const messages = permissionSets.run(project.root).map((f) => f.message);
    assert.deepEqual(only(permissionSets.run(project.root), /master-detail/).length, 1, messages.join('\n'));
  });

  test('a grantable field no permission set grants is reported against the field', () => {
    project.write(PERMSET, permissionSet({ fields: [fieldPermission('Widget__c.Colour__c', true)] }));
    assert.deepEqual(permissionSets.run(project.root), [
      {
        file: `${WIDGET}/fields/Shade__c.field-meta.xml`,
        message: 'Widget__c.Shade__c is not granted by any permission set (grant read in at least one persona)'
      }
    ]);
  });

  test('broken object permission dependencies, an editable formula and a standard object are reported', () => {
    project.write(
      PERMSET,
      permissionSet({
        fields: [fieldPermission('Widget__c.Colour__c', true), fieldPermission('Widget__c.Shade__c', true)],
        objects: [
          objectPermission('Gadget__c', 'R'),
          objectPermission('Opportunity', 'R'),
          objectPermission('Widget__c', 'R C E MA')
        ]
      })
    );
    const messages = permissionSets.run(project.root).map((f) => f.message);
    assert.deepEqual(messages.sort(), [
      'Widget__c.Shade__c is a formula field and cannot be editable',
      'Widget__c: Modify All needs Read, Edit, Delete and View All',
      'object permission for Opportunity, which is not an object of this package (a package cannot grant standard objects)'
    ]);
  });
});

describe('persona matrix check', () => {
  test('a planted over-grant names the permission set, the field and the matrix row', () => {
    project.write(
      PERMSET,
      permissionSet({
        fields: [fieldPermission('Widget__c.Colour__c', true), fieldPermission('Widget__c.Shade__c', true)]
      })
    );
    const line = matrixLine(MATRIX_TEXT, 'Shade__c');
    assert.ok(line > 0);
    const findings = personaMatrix.run(project.root);
    assert.deepEqual(findings, [
      {
        file: PERMSET,
        message: `Widget_User grants field access "R/E" on Widget__c.Shade__c, but the persona matrix says "R" (${MATRIX}:${line}, row Widget__c.Shade__c)`
      }
    ]);
  });

  test('a grant the matrix does not make at all is an over-grant too', () => {
    project.write(
      PERMSET,
      permissionSet({
        objects: [objectPermission('Gadget__c', 'R E'), objectPermission('Widget__c', 'R C E')]
      })
    );
    const [finding, ...rest] = personaMatrix.run(project.root);
    assert.deepEqual(rest, []);
    assert.match(
      finding.message,
      /^Widget_User grants object permissions "R E" on Gadget__c, but the persona matrix says "R"/
    );
    assert.match(finding.message, new RegExp(`${MATRIX}:\\d+, row Gadget__c`));
  });

  test('a grant the matrix makes but the permission set lacks is reported', () => {
    project.write(PERMSET, permissionSet({ fields: [fieldPermission('Widget__c.Colour__c', true)] }));
    const findings = personaMatrix.run(project.root);
    assert.equal(findings.length, 1, show(findings));
    assert.match(
      findings[0].message,
      /^Widget_User lacks field access "R" on Widget__c\.Shade__c that the persona matrix grants/
    );
  });

  test('the matrix must cover every field and use auto only for required and master-detail fields', () => {
    project.write(
      MATRIX,
      MATRIX_TEXT.replace(/\| `Shade__c`.*\n/, '').replace('| `Colour__c`    | R/E  ', '| `Colour__c`    | auto ')
    );
    project.write(
      PERMSET,
      permissionSet({
        fields: [fieldPermission('Widget__c.Colour__c', true), fieldPermission('Widget__c.Shade__c', false)]
      })
    );
    const messages = personaMatrix.run(project.root).map((f) => f.message);
    assert.ok(messages.includes('Widget__c table has no row for Shade__c'), messages.join('\n'));
    assert.ok(
      messages.some((m) =>
        m.startsWith('Widget__c.Colour__c is neither required nor master-detail: Widget_User says auto')
      ),
      messages.join('\n')
    );
  });

  test('a permission set without a matrix column is reported', () => {
    project.write('force-app/main/security/permissionsets/Gadget_User.permissionset-meta.xml', permissionSet());
    const findings = personaMatrix.run(project.root);
    assert.ok(
      findings.some((f) => f.message === `Gadget_User has no column in ${MATRIX}`),
      show(findings)
    );
  });
});

describe('formula check', () => {
  test('a validation rule that names a missing field is reported', () => {
    project.write(RULE, validationRule('Sise__c &lt; 0'));
    assert.deepEqual(formulas.run(project.root), [
      { file: RULE, message: 'validation rule Size_Not_Negative references Sise__c: Widget__c has no field Sise__c' }
    ]);
  });

  test('a function the local preview cannot evaluate is reported', () => {
    project.write(RULE, validationRule('AND(ISCHANGED(Size__c), Size__c &lt; 0)'));
    const messages = formulas.run(project.root).map((f) => f.message);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], /uses ISCHANGED\(\), which the local preview cannot evaluate/);
  });

  test('an error message that does not name its field, and a display field that does not exist, are reported', () => {
    project.write(RULE, validationRule('Size__c &lt; 0', 'Must not be negative.'));
    assert.match(formulas.run(project.root)[0].message, /does not name the field it is shown on \("Size"\)/);
    project.write(RULE, validationRule('Size__c &lt; 0', 'Size is wrong.', 'Sise__c'));
    assert.match(formulas.run(project.root)[0].message, /shows its error on Sise__c, which Widget__c does not have/);
  });

  test('formula fields are checked, through relationships too', () => {
    project.write(
      `${WIDGET}/fields/Shade__c.field-meta.xml`,
      field(
        'Shade__c',
        '  <formula>Colour__c &amp; Gadget__r.Nope__c &amp; $User.Alias</formula>\n  <label>Shade</label>\n  <type>Text</type>'
      )
    );
    assert.deepEqual(
      formulas.run(project.root).map((f) => f.message),
      ['formula field Shade__c references Gadget__r.Nope__c: Gadget__c has no field Nope__c']
    );
  });

  test('string literals and comments are not mistaken for fields', () => {
    const refs = formulaReferences(`/* Old__c */ ISPICKVAL(Status__c, 'Done__c') && "x.y" = $User.Id`);
    assert.deepEqual(refs, [
      { token: 'ISPICKVAL', isFunction: true },
      { token: 'Status__c', isFunction: false },
      { token: '$User.Id', isFunction: false }
    ]);
  });
});

describe('report and dashboard check', () => {
  test('a report column that is not in its report type is reported', () => {
    project.write(REPORT, reportXml(REPORT_BODY.replace('Gadget__c$Name', 'Gadget__c$Title__c')));
    assert.deepEqual(reports.run(project.root), [
      {
        file: REPORT,
        message: `Gadget__c$Title__c is not a column of report type Gadgets_With_Widgets__c (${REPORT_TYPE})`
      }
    ]);
  });

  test('a field used as grouping and column, and a report type join that does not exist, are reported', () => {
    project.write(REPORT, reportXml(REPORT_BODY.replace('Gadget__c$Name', 'Gadget__c.Widgets__r$Colour__c')));
    project.write(REPORT_TYPE, reportTypeXml('Widgetz__r'));
    const messages = reports.run(project.root).map((f) => f.message);
    assert.ok(
      messages.includes('Gadget__c.Widgets__r$Colour__c is both a grouping and a column; keep it as a grouping only'),
      messages.join('\n')
    );
    assert.ok(
      messages.includes('join Widgetz__r is not a child relationship of Gadget__c in this package'),
      messages.join('\n')
    );
  });

  test('dashboards: missing report, chart without sortBy, grouping not in the report, fixed running user', () => {
    project.write(
      DASHBOARD,
      dashboardXml(
        CHART.replace(/\s*<sortBy>.*<\/sortBy>/, '').replace('Gadget__c.Widgets__r$Colour__c', 'Gadget__c$Name'),
        'SpecifiedUser'
      )
    );
    const messages = reports.run(project.root).map((f) => f.message);
    assert.deepEqual(messages.sort(), [
      'component 1 (Widgets by colour): chart components need sortBy',
      'component 1 (Widgets by colour): groups by Gadget__c$Name, which is not a grouping of Widget_Reports/Widgets_By_Colour',
      'dashboardType is SpecifiedUser: packaged dashboards must run as the logged-in user'
    ]);
    project.write(DASHBOARD, dashboardXml(CHART.replace('Widgets_By_Colour', 'Widgets_By_Size')));
    assert.deepEqual(
      reports.run(project.root).map((f) => f.message),
      ['component 1 (Widgets by colour): report Widget_Reports/Widgets_By_Size does not exist']
    );
  });
});

describe('custom label and custom permission reference check', () => {
  const LWC_TS = 'force-app/main/ui/lwc/widgetCard/widgetCard.ts';
  const LABELS =
    '<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">\n  <labels>\n    <fullName>Widget_Empty</fullName>\n    <language>en_US</language>\n    <protected>false</protected>\n    <shortDescription>Empty state</shortDescription>\n    <value>No widgets.</value>\n  </labels>\n</CustomLabels>\n';
  const PERMISSION =
    '<?xml version="1.0" encoding="UTF-8"?>\n<CustomPermission xmlns="http://soap.sforce.com/2006/04/metadata">\n  <label>Manage Widgets</label>\n</CustomPermission>\n';

  test('labels and permissions that exist pass; misspelt ones are reported with file and line', () => {
    project.write('force-app/main/app/labels/CustomLabels.labels-meta.xml', LABELS);
    project.write('force-app/main/security/customPermissions/Widget_Manage.customPermission-meta.xml', PERMISSION);
    const source = (label: string, permission: string): string =>
      `import EMPTY from '@salesforce/label/c.${label}';\nimport CAN_MANAGE from '@salesforce/customPermission/${permission}';\nexport { EMPTY, CAN_MANAGE };\n`;
    project.write(LWC_TS, source('Widget_Empty', 'Widget_Manage'));
    assert.deepEqual(platformRefs.run(project.root), []);
    project.write(LWC_TS, source('Widget_Emtpy', 'Widget_Manager'));
    assert.deepEqual(platformRefs.run(project.root), [
      { file: `${LWC_TS}:1`, message: 'custom label c.Widget_Emtpy does not exist' },
      { file: `${LWC_TS}:2`, message: 'custom permission Widget_Manager does not exist' }
    ]);
  });
});
