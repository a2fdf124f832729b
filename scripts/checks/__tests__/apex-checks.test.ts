/**
 * The offline Apex checks, each proven by a planted failure in a throwaway project: the clean Apex passes,
 * and one broken file makes the check fail with a finding that names that file.
 */
import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createFixtureProject, type FixtureProject } from '../../test/fixture-project.ts';
import * as apexParse from '../apex-parse.check.ts';
import * as apexSchema from '../apex-schema.check.ts';
import * as apexConventions from '../apex-conventions.check.ts';
import * as apexContract from '../apex-contract.check.ts';
import * as apexPmd from '../apex-pmd.check.ts';
import * as apexMocks from '../apex-mocks.check.ts';

const CLASSES = 'force-app/main/data-access/classes';
const TS = 'force-app/main/data-access/lwc/widgetApi/widgetApi.ts';
const META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
  '    <apiVersion>66.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n';

let project: FixtureProject;
beforeEach(() => (project = createFixtureProject()));
afterEach(() => project.dispose());

/** Writes `<name>.cls` and its meta file. */
function writeClass(name: string, body: string): void {
  project.write(`${CLASSES}/${name}.cls`, body);
  project.write(`${CLASSES}/${name}.cls-meta.xml`, META);
}

const testClass = (name: string): string =>
  `@IsTest\nprivate class ${name}Test {\n  @IsTest\n  static void works() {\n    System.runAs(new User(Id = UserInfo.getUserId())) {\n      Assert.isNotNull(${name}.class, 'exists');\n    }\n  }\n}\n`;

/** A read service with one DTO (and a nested one) and one cacheable method. */
const SERVICE = `/**
 * Widgets for components.
 */
public with sharing class WidgetService {
  /** One widget. */
  public class Widget {
    @AuraEnabled
    public Id id;
    @AuraEnabled
    public String label;
    @AuraEnabled
    public List<Integer> sizes;
    @AuraEnabled
    public Part part;
  }

  /** A part of a widget. */
  public class Part {
    @AuraEnabled
    public Date madeOn;
  }

  /**
   * The widget.
   * @return a widget
   */
  @AuraEnabled(cacheable=true)
  public static Widget getWidget() {
    return new Widget();
  }
}
`;

const SERVICE_TS = `import type { Id, IsoDate } from 'c/coachingModel';

/** @apex WidgetService.Widget */
export interface WidgetDto {
  id: Id;
  label?: string | null;
  sizes: number[];
  part?: PartDto | null;
}

/** @apex WidgetService.Part */
export interface PartDto {
  madeOn: IsoDate;
}
`;

const files = (findings: { file: string }[]): string[] => findings.map((f) => f.file);

describe('apex-parse', () => {
  test('clean Apex passes', () => {
    writeClass('WidgetService', SERVICE);
    assert.deepEqual(apexParse.run(project.root), []);
  });

  test('a syntax error is reported with file, line and column', () => {
    writeClass('Broken', 'public with sharing class Broken {\n  void x( {\n  }\n}\n');
    const findings = apexParse.run(project.root);
    assert.ok(findings.length >= 1, 'expected a syntax error');
    assert.match(findings[0].file, new RegExp(`^${CLASSES}/Broken\\.cls:2:\\d+$`));
  });

  test('a class without its meta file is reported', () => {
    project.write(`${CLASSES}/Lonely.cls`, 'public with sharing class Lonely {}\n');
    assert.deepEqual(apexParse.run(project.root), [
      { file: `${CLASSES}/Lonely.cls`, message: 'has no Lonely.cls-meta.xml' }
    ]);
  });
});

describe('apex-schema', () => {
  const OBJ = 'force-app/main/data-model/objects/Widget__c';
  const body = (reference: string): string =>
    `public with sharing class WidgetReader {\n  // Gadget__c is only mentioned here.\n  String note = 'Gadget__c.Size__c';\n  Object ref = ${reference};\n}\n`;

  beforeEach(() =>
    project.write(
      `${OBJ}/sharingReasons/Widget_Fan__c.sharingReason-meta.xml`,
      '<?xml version="1.0" encoding="UTF-8"?>\n<SharingReason xmlns="http://soap.sforce.com/2006/04/metadata">\n  <label>Widget fan</label>\n</SharingReason>\n'
    )
  );

  test('existing objects, fields and sharing reasons pass; comments and strings are not read', () => {
    writeClass(
      'WidgetReader',
      body('new List<Object>{ Widget__c.Colour__c, Schema.Widget__Share.RowCause.Widget_Fan__c }')
    );
    assert.deepEqual(apexSchema.run(project.root), []);
  });

  test('a misspelt field is reported with its line', () => {
    writeClass('WidgetReader', body('Widget__c.Colur__c'));
    assert.deepEqual(apexSchema.run(project.root), [
      { file: `${CLASSES}/WidgetReader.cls:4`, message: 'unknown custom object or field "Colur__c"' },
      { file: `${CLASSES}/WidgetReader.cls:4`, message: 'Widget__c has no field Colur__c' }
    ]);
  });

  test('System.Label references must name an existing custom label', () => {
    project.write(
      'force-app/main/app/labels/CustomLabels.labels-meta.xml',
      '<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
        '  <labels>\n    <fullName>Widget_Missing</fullName>\n    <language>en_US</language>\n' +
        '    <protected>false</protected>\n    <shortDescription>x</shortDescription>\n    <value>No widget.</value>\n' +
        '  </labels>\n</CustomLabels>\n'
    );
    writeClass(
      'WidgetReader',
      body("new List<Object>{ System.Label.Widget_Missing, label.widget_missing, row.Label.Anything, 'Label.Nope' }")
    );
    assert.deepEqual(apexSchema.run(project.root), [], 'existing labels, any case; fields and strings are not labels');
    writeClass('WidgetReader', body('new List<Object>{ System.Label.Widget_Gone, Label.Widget_Lost }'));
    assert.deepEqual(apexSchema.run(project.root), [
      { file: `${CLASSES}/WidgetReader.cls:4`, message: 'custom label Widget_Gone does not exist' },
      { file: `${CLASSES}/WidgetReader.cls:4`, message: 'custom label Widget_Lost does not exist' }
    ]);
  });

  test('an unknown share object and a missing sharing reason are reported', () => {
    writeClass(
      'WidgetReader',
      body('new List<Object>{ Gizmo__Share.SObjectType, Schema.Widget__Share.RowCause.Widget_Foe__c }')
    );
    assert.deepEqual(
      apexSchema.run(project.root).map((f) => f.message),
      ['Widget__c has no Apex sharing reason Widget_Foe__c', 'unknown share object "Gizmo__Share"']
    );
  });
});

describe('apex-conventions', () => {
  test('a with-sharing class with its test and cacheable reads passes', () => {
    writeClass('WidgetService', SERVICE);
    writeClass('WidgetServiceTest', testClass('WidgetService'));
    assert.deepEqual(apexConventions.run(project.root), []);
  });

  test('a class without a test class is reported', () => {
    writeClass('WidgetService', SERVICE);
    assert.deepEqual(apexConventions.run(project.root), [
      { file: `${CLASSES}/WidgetService.cls`, message: 'WidgetService has no @IsTest class WidgetServiceTest' }
    ]);
  });

  test('a non-cacheable @AuraEnabled method needs a documented reason', () => {
    writeClass('WidgetService', SERVICE.replace('@AuraEnabled(cacheable=true)', '@AuraEnabled'));
    writeClass('WidgetServiceTest', testClass('WidgetService'));
    const findings = apexConventions.run(project.root);
    assert.equal(findings.length, 1);
    assert.match(findings[0].file, /WidgetService\.cls:\d+$/);
    assert.match(findings[0].message, /WidgetService\.getWidget is not cacheable=true/);

    writeClass(
      'WidgetService',
      SERVICE.replace('@AuraEnabled(cacheable=true)', '@AuraEnabled').replace(
        '   * The widget.',
        '   * The widget. Not cacheable: it stamps the widget as seen.'
      )
    );
    assert.deepEqual(apexConventions.run(project.root), []);
  });

  test('system mode is allowed only in inner classes documented in docs/security.md', () => {
    const elevated = SERVICE.replace(
      '  /** A part of a widget. */',
      '  private without sharing class Elevated {\n  }\n\n  /** A part of a widget. */'
    );
    writeClass('WidgetService', elevated);
    writeClass('WidgetServiceTest', testClass('WidgetService'));
    writeClass('LooseService', 'public without sharing class LooseService {\n}\n');
    writeClass('LooseServiceTest', testClass('LooseService'));
    const messages = apexConventions.run(project.root).map((f) => `${f.file} ${f.message}`);
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.match(
      messages[0],
      /LooseService\.cls LooseService must be declared "with sharing" \(found: without sharing\)/
    );
    assert.match(messages[1], /WidgetService\.cls:\d+ without sharing class WidgetService\.Elevated is not documented/);

    project.write(
      'docs/security.md',
      '# Security\n\n`WidgetService.Elevated` reads widgets in system mode because …\n'
    );
    assert.equal(apexConventions.run(project.root).length, 1, 'only the top-level class is left');
  });
});

describe('apex-contract', () => {
  test('matching Apex DTOs and TypeScript types pass', async () => {
    writeClass('WidgetService', SERVICE);
    project.write(TS, SERVICE_TS);
    assert.deepEqual(await apexContract.run(project.root), []);
  });

  test('a missing, an extra and a mistyped field are reported against the TypeScript file', async () => {
    writeClass('WidgetService', SERVICE);
    project.write(
      TS,
      SERVICE_TS.replace('  label?: string | null;\n', '')
        .replace('sizes: number[]', 'sizes: string[]')
        .replace('  madeOn: IsoDate;\n', '  madeOn: IsoDate;\n  colour: string;\n')
    );
    const findings = await apexContract.run(project.root);
    assert.ok(
      files(findings).every((f) => f.startsWith(TS)),
      JSON.stringify(findings)
    );
    const messages = findings.map((f) => f.message).sort();
    assert.deepEqual(messages, [
      'PartDto.colour is not an @AuraEnabled field of Apex WidgetService.Part',
      'WidgetDto lacks "label" (Apex WidgetService.Widget.label: String)',
      'WidgetDto.sizes is array:string but Apex WidgetService.Widget.sizes (List<Integer>) sends array:number'
    ]);
  });

  test('a DTO without a TypeScript twin, and a tag without an Apex DTO, are reported', async () => {
    writeClass('WidgetService', SERVICE);
    project.write(TS, SERVICE_TS.replace('@apex WidgetService.Part', '@apex WidgetService.Piece'));
    const messages = (await apexContract.run(project.root)).map((f) => `${f.file} ${f.message}`);
    assert.ok(
      messages.some((m) =>
        /WidgetService\.cls:\d+ WidgetService\.Part has @AuraEnabled fields but no TypeScript/.test(m)
      ),
      messages.join('\n')
    );
    assert.ok(
      messages.some((m) => m.includes('PartDto is tagged @apex WidgetService.Piece, which is not an Apex class')),
      messages.join('\n')
    );
  });

  test('coded setting defaults must equal docs/data-model.md', async () => {
    writeClass(
      'CoachingSettingsDefaults',
      'public with sharing class CoachingSettingsDefaults {\n  public static final Map<Schema.SObjectField, Decimal> THRESHOLDS = new Map<Schema.SObjectField, Decimal>{\n    Coaching_Setting__mdt.Push_Count_Risk__c => 3,\n    Coaching_Setting__mdt.Extra_Knob__c => 1\n  };\n}\n'
    );
    project.write(
      'docs/data-model.md',
      '| `Coaching_Setting__mdt` | `Push_Count_Risk__c` (4), `K_Anonymity_Minimum__c` (3) | `Default` |\n'
    );
    assert.deepEqual(
      (await apexContract.run(project.root)).map((f) => f.message),
      [
        'default of Push_Count_Risk__c is 3 but docs/data-model.md says 4',
        'default of K_Anonymity_Minimum__c is missing but docs/data-model.md says 3',
        'default of Extra_Knob__c is not documented in docs/data-model.md'
      ]
    );
  });
});

describe('apex-contract against the engine defaults', () => {
  const DEFAULTS_CLASS = `public with sharing class CoachingSettingsDefaults {
  private static final List<List<String>> STAGES = new List<List<String>>{
    new List<String>{ 'Prospecting', '10' },
    new List<String>{ 'Qualification', '20' }
  };
  private static final List<List<String>> QUESTIONS = new List<List<String>>{
    new List<String>{ 'Overall', 'How valuable was this 1:1 (0–10)?', '60' }
  };
}
`;
  const engine = (secondStage: string): string =>
    `export const DEFAULT_SETTINGS = {
  pushCountRisk: 3,
  stages: [
    { stageName: 'Prospecting', sortOrder: 10, maxDaysInStage: null, exitCriteria: [] },
    { stageName: '${secondStage}', sortOrder: 20, maxDaysInStage: null, exitCriteria: [] }
  ],
  surveyQuestions: [{ dimension: 'Overall', text: 'How valuable was this 1:1 (0–10)?', sortOrder: 60, active: true }],
  agendaSections: []
};
`;

  test('equal defaults pass', async () => {
    writeClass('CoachingSettingsDefaults', DEFAULTS_CLASS);
    project.write('force-app/main/engine/lwc/coachingSettings/coachingSettings.ts', engine('Qualification'));
    assert.deepEqual(await apexContract.run(project.root), []);
  });

  test('a stage that differs from the engine is reported against the Apex defaults', async () => {
    writeClass('CoachingSettingsDefaults', DEFAULTS_CLASS);
    project.write('force-app/main/engine/lwc/coachingSettings/coachingSettings.ts', engine('Discovery'));
    assert.deepEqual(await apexContract.run(project.root), [
      {
        file: `${CLASSES}/CoachingSettingsDefaults.cls`,
        message: 'STAGES row 2 is ["Qualification","20"] but the engine\'s DEFAULT_SETTINGS has ["Discovery","20"]'
      }
    ]);
  });
});

describe('apex-pmd', () => {
  const CLEAN = `/**
 * Counts accounts.
 */
public with sharing class Clean {
  /**
   * How many accounts with a name the user can see.
   * @return the count
   */
  public static Integer countNamed() {
    return [SELECT COUNT() FROM Account WHERE Name != NULL WITH USER_MODE];
  }
}
`;
  const LEAKY =
    'public class Leaky {\n  public static List<Account> everything() {\n    return [SELECT Id FROM Account];\n  }\n}\n';

  test('violations are findings that name the file; clean Apex has none', async () => {
    writeClass('Clean', CLEAN);
    writeClass('Leaky', LEAKY);
    const findings = await apexPmd.run(project.root);
    assert.ok(findings.length > 0, 'the planted class must be reported');
    assert.ok(
      files(findings).every((f) => /Leaky\.cls:\d+$/.test(f)),
      `only Leaky.cls is reported: ${JSON.stringify(findings)}`
    );
    const rules = new Set(findings.map((f) => f.message.split(':')[0]));
    assert.ok(rules.has('ApexSharingViolations'), [...rules].join(', '));
    assert.ok(rules.has('ApexCRUDViolation'), [...rules].join(', '));
  });

  test('a missing Java runtime is a finding, not a silent pass', async () => {
    writeClass('Clean', CLEAN);
    const findings = await apexPmd.run(project.root, { javaCommand: '/nonexistent/bin/java' });
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /PMD needs Java 11 or later/);
  });

  test('a project without Apex needs no Java at all', async () => {
    assert.deepEqual(await apexPmd.run(project.root, { javaCommand: '/nonexistent/bin/java' }), []);
  });
});

describe('apex-mocks', () => {
  const IMPORTER = 'force-app/main/ui/lwc/widgetCard/widgetCard.ts';
  const call = (answer: unknown): apexMocks.DemoCall => ({
    runAs: { id: '005000000000001AAA', name: 'Manager', persona: 'manager' },
    params: {},
    answer
  });
  const stored = (calls: Record<string, apexMocks.DemoCall>): apexMocks.AnswersFile => ({
    '//': '',
    demoOrg: apexMocks.DEMO,
    calls
  });

  test('a project without Apex imports or answers needs nothing', async () => {
    assert.deepEqual(await apexMocks.run(project.root), []);
  });

  test('an Apex import without a shared implementation or stored answers is reported', async () => {
    project.write(IMPORTER, "import getWidget from '@salesforce/apex/WidgetService.getWidget';\nvoid getWidget;\n");
    assert.deepEqual(await apexMocks.run(project.root), [
      {
        file: IMPORTER,
        message: `@salesforce/apex/WidgetService.getWidget has no shared Jest implementation ${apexMocks.MOCK_DIR}/WidgetService.getWidget.ts`
      },
      {
        file: apexMocks.ANSWERS_FILE,
        message: 'missing: run node --import tsx scripts/checks/apex-mocks.check.ts --write'
      }
    ]);
  });

  test('a stale or missing answer is reported; an equal one passes', () => {
    const imports = new Map([['WidgetService.getWidget', IMPORTER]]);
    const mocks = new Set(['WidgetService.getWidget']);
    const fresh = { 'WidgetService.getWidget': call({ id: 'a01', label: 'Blue' }) };
    assert.deepEqual(apexMocks.compare(imports, mocks, stored(fresh), fresh), []);
    assert.deepEqual(
      apexMocks.compare(
        imports,
        mocks,
        stored({ 'WidgetService.getWidget': call({ id: 'a01', label: 'Red' }) }),
        fresh
      ),
      [
        {
          file: apexMocks.ANSWERS_FILE,
          message:
            'WidgetService.getWidget differs from what the preview answers on the demo org now: regenerate with --write'
        }
      ]
    );
    assert.deepEqual(apexMocks.compare(imports, mocks, stored({}), fresh), [
      { file: apexMocks.ANSWERS_FILE, message: 'no answer for WidgetService.getWidget' }
    ]);
  });
});
