/**
 * The package's own permission sets against the rules of the spec (PRODUCT.md, the data-model task), read from the
 * real metadata, plus the persona-matrix check on a copy of the real project with a planted over-grant: a manager
 * reading a feedback field.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../lib/project.ts';
import { listFilesWithSuffix, parseXmlFile } from '../../lib/metadata.ts';
import { permissionSetGrants, readPersonaMatrix } from '../../lib/persona-matrix.ts';
import { readObjectModel } from '../../lib/object-model.ts';
import * as personaMatrix from '../persona-matrix.check.ts';

const PERMSETS = 'force-app/main/security/permissionsets';
const grantsOf = (ps: string) => permissionSetGrants(join(PROJECT_ROOT, PERMSETS, `${ps}.permissionset-meta.xml`), ps);
const objectGrant = (ps: string, object: string): string | undefined => grantsOf(ps).get(`object:${object}`)?.value;
const COACHING_OBJECTS = [
  'Coaching_Cadence__c',
  'Coaching_Session__c',
  'Action_Item__c',
  'Deal_Review__c',
  'Coaching_Feedback__c'
];

describe('permission sets follow the spec', () => {
  test('the four personas exist and the matrix describes exactly them', () => {
    const files = listFilesWithSuffix(PROJECT_ROOT, '.permissionset-meta.xml').map((f) => f.replace(/^.*[\\/]/, ''));
    assert.deepEqual(files.sort(), [
      'Coaching_Admin.permissionset-meta.xml',
      'Coaching_Leader.permissionset-meta.xml',
      'Coaching_Manager.permissionset-meta.xml',
      'Coaching_Rep.permissionset-meta.xml'
    ]);
    assert.deepEqual(readPersonaMatrix(join(PROJECT_ROOT, 'docs/persona-matrix.md')).permissionSets.sort(), [
      'Coaching_Admin',
      'Coaching_Leader',
      'Coaching_Manager',
      'Coaching_Rep'
    ]);
  });

  test('managers hold no permission at all on Coaching_Feedback__c, nor on any of its fields', () => {
    const keys = [...grantsOf('Coaching_Manager').keys()].filter((k) => k.includes('Coaching_Feedback__c'));
    assert.deepEqual(keys, []);
  });

  test('reps read sessions and cadences without editing them, and edit action items', () => {
    assert.equal(objectGrant('Coaching_Rep', 'Coaching_Session__c'), 'R');
    assert.equal(objectGrant('Coaching_Rep', 'Coaching_Cadence__c'), 'R');
    assert.equal(objectGrant('Coaching_Rep', 'Action_Item__c'), 'R E');
  });

  test('leaders view all feedback, sessions, cadences and action items', () => {
    for (const object of ['Coaching_Feedback__c', 'Coaching_Session__c', 'Coaching_Cadence__c', 'Action_Item__c'])
      assert.match(objectGrant('Coaching_Leader', object) ?? '', /\bVA\b/, object);
  });

  test('admins manage quotas and see no coaching content', () => {
    assert.equal(objectGrant('Coaching_Admin', 'Sales_Quota__c'), 'R C E D VA MA');
    for (const object of COACHING_OBJECTS) assert.equal(objectGrant('Coaching_Admin', object), undefined, object);
  });

  test('nobody deletes coaching records', () => {
    for (const ps of ['Coaching_Rep', 'Coaching_Manager', 'Coaching_Leader', 'Coaching_Admin'])
      for (const object of COACHING_OBJECTS)
        assert.doesNotMatch(objectGrant(ps, object) ?? '', /\bD\b/, `${ps} ${object}`);
  });

  test('the feedback aggregate service is granted to managers and leaders only', () => {
    const holders = ['Coaching_Rep', 'Coaching_Manager', 'Coaching_Leader', 'Coaching_Admin'].filter((ps) =>
      grantsOf(ps).has('class:CoachingFeedbackAggregateService')
    );
    assert.deepEqual(holders, ['Coaching_Manager', 'Coaching_Leader']);
  });

  test('feedback is private and the other sharing models match the data-model doc', () => {
    const model = readObjectModel(PROJECT_ROOT);
    const sharing = Object.fromEntries(
      [
        'Coaching_Cadence__c',
        'Coaching_Session__c',
        'Action_Item__c',
        'Deal_Review__c',
        'Coaching_Feedback__c',
        'Sales_Quota__c'
      ].map((o) => [o, model.get(o)?.sharingModel])
    );
    assert.deepEqual(sharing, {
      Coaching_Cadence__c: 'Private',
      Coaching_Session__c: 'Private',
      Action_Item__c: 'Private',
      Deal_Review__c: 'ControlledByParent',
      Coaching_Feedback__c: 'Private',
      Sales_Quota__c: 'Read'
    });
    // A lookup, not master-detail: seeing a session must never grant seeing its feedback.
    assert.equal(model.get('Coaching_Feedback__c')?.fields.get('Session__c')?.type, 'Lookup');
  });

  test('the Apex sharing reason exists on the objects reps reach through Apex sharing', () => {
    const reasons = listFilesWithSuffix(PROJECT_ROOT, '.sharingReason-meta.xml').map((f) =>
      f.replace(/^.*objects[\\/]/, '').replace(/[\\/]sharingReasons[\\/]/, ':')
    );
    assert.deepEqual(reasons.sort(), [
      'Action_Item__c:Coaching_Participant__c.sharingReason-meta.xml',
      'Coaching_Cadence__c:Coaching_Participant__c.sharingReason-meta.xml',
      'Coaching_Session__c:Coaching_Participant__c.sharingReason-meta.xml'
    ]);
  });

  test('the packaged dashboard runs as the viewer', () => {
    const [file] = listFilesWithSuffix(PROJECT_ROOT, '.dashboard-meta.xml');
    assert.equal(parseXmlFile<{ Dashboard: { dashboardType: string } }>(file).Dashboard.dashboardType, 'LoggedInUser');
  });
});

describe('persona-matrix check on the real project', () => {
  test('a manager granted read on a feedback field fails, naming the permission set, the field and the matrix row', () => {
    const root = mkdtempSync(join(tmpdir(), 'coaching-persona-'));
    try {
      for (const path of [
        'sfdx-project.json',
        '.forceignore',
        'docs/persona-matrix.md',
        'force-app/main/data-model',
        'force-app/main/security'
      ])
        cpSync(join(PROJECT_ROOT, path), join(root, path), { recursive: true });
      assert.deepEqual(personaMatrix.run(root), [], 'the copy is clean before the plant');
      const file = join(root, PERMSETS, 'Coaching_Manager.permissionset-meta.xml');
      const planted =
        '<fieldPermissions><editable>false</editable><field>Coaching_Feedback__c.Improvement__c</field><readable>true</readable></fieldPermissions>';
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('<fieldPermissions>', `${planted}\n    <fieldPermissions>`)
      );
      const matrixText = readFileSync(join(root, 'docs/persona-matrix.md'), 'utf8').split('\n');
      const row = matrixText.findIndex((l) => l.startsWith('| `Improvement__c`')) + 1;
      assert.ok(row > 0);
      assert.deepEqual(personaMatrix.run(root), [
        {
          file: `${PERMSETS}/Coaching_Manager.permissionset-meta.xml`,
          message: `Coaching_Manager grants field access "R" on Coaching_Feedback__c.Improvement__c, but the persona matrix says "—" (docs/persona-matrix.md:${row}, row Coaching_Feedback__c.Improvement__c)`
        }
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
