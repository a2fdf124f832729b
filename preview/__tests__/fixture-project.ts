/**
 * A throwaway SFDX project whose metadata follows docs/data-model.md (a subset: sessions, feedback, deal
 * reviews, cadences, action items; the three persona permission sets), so the preview's emulation is tested
 * against metadata written for the test, independent of the package's own (still growing) metadata.
 */
import { createFixtureProject, type FixtureProject } from '../../scripts/test/fixture-project.ts';

const OBJ = 'force-app/main/data-model/objects';
const SEC = 'force-app/main/security/permissionsets';

const objectXml = (
  label: string,
  sharing: string,
  nameField = '<nameField><label>Name</label><type>Text</type></nameField>'
) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
  <label>${label}</label>
  <pluralLabel>${label}s</pluralLabel>
  ${nameField}
  <deploymentStatus>Deployed</deploymentStatus>
  <sharingModel>${sharing}</sharingModel>
</CustomObject>
`;

const field = (name: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
  <fullName>${name}</fullName>
  <label>${name.replace(/__c$/, '').replace(/_/g, ' ')}</label>
  ${body}
</CustomField>
`;

const lookup = (to: string, rel: string, required = false) =>
  `<type>Lookup</type><referenceTo>${to}</referenceTo><relationshipName>${rel}</relationshipName><required>${required}</required><deleteConstraint>SetNull</deleteConstraint>`;
const picklist = (values: string[], restricted = true, def?: string) =>
  `<type>Picklist</type><valueSet><restricted>${restricted}</restricted><valueSetDefinition><sorted>false</sorted>${values
    .map((v) => `<value><fullName>${v}</fullName><default>${v === def}</default><label>${v}</label></value>`)
    .join('')}</valueSetDefinition></valueSet>`;
const rule = (name: string, formula: string, message: string, displayField?: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<ValidationRule xmlns="http://soap.sforce.com/2006/04/metadata">
  <fullName>${name}</fullName>
  <active>true</active>
  <errorConditionFormula>${formula.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</errorConditionFormula>
  ${displayField ? `<errorDisplayField>${displayField}</errorDisplayField>` : ''}
  <errorMessage>${message}</errorMessage>
</ValidationRule>
`;

type Perm = { r?: boolean; c?: boolean; e?: boolean; d?: boolean; viewAll?: boolean };
const permissionSet = (
  label: string,
  objects: Record<string, Perm>,
  fields: Record<string, 'read' | 'edit'>,
  customPermissions: string[] = []
) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
  <label>${label}</label>
${customPermissions.map((p) => `  <customPermissions><enabled>true</enabled><name>${p}</name></customPermissions>`).join('\n')}
${Object.entries(fields)
  .map(
    ([f, a]) =>
      `  <fieldPermissions><editable>${a === 'edit'}</editable><field>${f}</field><readable>true</readable></fieldPermissions>`
  )
  .join('\n')}
${Object.entries(objects)
  .map(
    ([o, p]) =>
      `  <objectPermissions><allowCreate>${!!p.c}</allowCreate><allowDelete>${!!p.d}</allowDelete><allowEdit>${!!p.e}</allowEdit><allowRead>${!!p.r}</allowRead><modifyAllRecords>false</modifyAllRecords><object>${o}</object><viewAllRecords>${!!p.viewAll}</viewAllRecords></objectPermissions>`
  )
  .join('\n')}
</PermissionSet>
`;

const SESSION_FIELDS = [
  'Status__c',
  'Actual_Start__c',
  'Notes__c',
  'Commit_Current_Quarter__c',
  'Best_Case_Current_Quarter__c',
  'Health_Score__c',
  'Sections_Reviewed__c',
  'Cadence__c'
];

export function createCoachingFixture(): FixtureProject {
  const p = createFixtureProject();
  p.write(
    'docs/data-model.md',
    `| Object | Org-wide default | Hierarchy | Who else |\n| --- | --- | --- | --- |\n| Coaching_Session__c | Private | yes | rep reads |\n| Coaching_Feedback__c | Private | **no** | leaders |\n| Coaching_Cadence__c | Private | yes | rep reads |\n| Action_Item__c | Private | yes | participants edit |\n`
  );
  p.write(
    'force-app/main/data-model/globalValueSets/Loss_Root_Cause.globalValueSet-meta.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<GlobalValueSet xmlns="http://soap.sforce.com/2006/04/metadata">\n  <customValue><fullName>Price</fullName><default>false</default><label>Price</label></customValue>\n  <customValue><fullName>Competitor</fullName><default>false</default><label>Lost to a competitor</label></customValue>\n  <customValue><fullName>Other</fullName><default>false</default><label>Other</label></customValue>\n  <masterLabel>Loss Root Cause</masterLabel>\n  <sorted>false</sorted>\n</GlobalValueSet>\n`
  );
  // Coaching_Cadence__c
  let o = `${OBJ}/Coaching_Cadence__c`;
  p.write(
    `${o}/Coaching_Cadence__c.object-meta.xml`,
    objectXml(
      'Coaching Cadence',
      'Private',
      '<nameField><label>Cadence</label><type>AutoNumber</type><displayFormat>CAD-{0000}</displayFormat></nameField>'
    )
  );
  p.write(`${o}/fields/Manager__c.field-meta.xml`, field('Manager__c', lookup('User', 'Managed_Cadences', true)));
  p.write(`${o}/fields/Rep__c.field-meta.xml`, field('Rep__c', lookup('User', 'Coaching_Cadences', true)));
  p.write(
    `${o}/fields/Active__c.field-meta.xml`,
    field('Active__c', '<type>Checkbox</type><defaultValue>true</defaultValue>')
  );
  p.write(
    `${o}/fields/Duration_Minutes__c.field-meta.xml`,
    field(
      'Duration_Minutes__c',
      '<type>Number</type><precision>3</precision><scale>0</scale><required>true</required><defaultValue>60</defaultValue>'
    )
  );
  p.write(
    `${o}/fields/Time_Zone__c.field-meta.xml`,
    field('Time_Zone__c', '<type>Text</type><length>64</length><defaultValue>$User.TimeZoneSidKey</defaultValue>')
  );
  p.write(
    `${o}/fields/Active_Pair_Key__c.field-meta.xml`,
    field(
      'Active_Pair_Key__c',
      '<type>Text</type><length>40</length><unique>true</unique><caseSensitive>false</caseSensitive>'
    )
  );
  p.write(
    `${o}/validationRules/Duration_In_Range.validationRule-meta.xml`,
    rule(
      'Duration_In_Range',
      'OR(Duration_Minutes__c < 15, Duration_Minutes__c > 120)',
      'Duration must be between 15 and 120 minutes.',
      'Duration_Minutes__c'
    )
  );
  // Coaching_Session__c
  o = `${OBJ}/Coaching_Session__c`;
  p.write(
    `${o}/Coaching_Session__c.object-meta.xml`,
    objectXml(
      '1:1 Session',
      'Private',
      '<nameField><label>Session</label><type>AutoNumber</type><displayFormat>1:1-{00000}</displayFormat></nameField>'
    )
  );
  p.write(`${o}/fields/Cadence__c.field-meta.xml`, field('Cadence__c', lookup('Coaching_Cadence__c', 'Sessions')));
  p.write(`${o}/fields/Manager__c.field-meta.xml`, field('Manager__c', lookup('User', 'Managed_Sessions', true)));
  p.write(`${o}/fields/Rep__c.field-meta.xml`, field('Rep__c', lookup('User', 'Coaching_Sessions', true)));
  p.write(
    `${o}/fields/Scheduled_Start__c.field-meta.xml`,
    field('Scheduled_Start__c', '<type>DateTime</type><required>true</required>')
  );
  p.write(`${o}/fields/Actual_Start__c.field-meta.xml`, field('Actual_Start__c', '<type>DateTime</type>'));
  p.write(
    `${o}/fields/Planned_Day_Key__c.field-meta.xml`,
    field(
      'Planned_Day_Key__c',
      '<type>Text</type><length>60</length><unique>true</unique><caseSensitive>false</caseSensitive>'
    )
  );
  p.write(
    `${o}/fields/Status__c.field-meta.xml`,
    field('Status__c', picklist(['Planned', 'Held', 'Rescheduled', 'Skipped'], true, 'Planned'))
  );
  p.write(
    `${o}/fields/Notes__c.field-meta.xml`,
    field('Notes__c', '<type>LongTextArea</type><length>32768</length><visibleLines>5</visibleLines>')
  );
  p.write(
    `${o}/fields/Sections_Reviewed__c.field-meta.xml`,
    field(
      'Sections_Reviewed__c',
      picklist(['Action_Items', 'Forecast', 'Skills']).replace(
        '<type>Picklist</type>',
        '<type>MultiselectPicklist</type><visibleLines>4</visibleLines>'
      )
    )
  );
  p.write(
    `${o}/fields/Commit_Current_Quarter__c.field-meta.xml`,
    field('Commit_Current_Quarter__c', '<type>Currency</type><precision>16</precision><scale>2</scale>')
  );
  p.write(
    `${o}/fields/Best_Case_Current_Quarter__c.field-meta.xml`,
    field('Best_Case_Current_Quarter__c', '<type>Currency</type><precision>16</precision><scale>2</scale>')
  );
  p.write(
    `${o}/fields/Health_Score__c.field-meta.xml`,
    field('Health_Score__c', '<type>Number</type><precision>3</precision><scale>0</scale>')
  );
  p.write(
    `${o}/validationRules/Held_Needs_Actual_Start.validationRule-meta.xml`,
    rule(
      'Held_Needs_Actual_Start',
      'AND(ISPICKVAL(Status__c, "Held"), ISBLANK(Actual_Start__c))',
      'A held 1:1 needs its actual start time.',
      'Actual_Start__c'
    )
  );
  p.write(
    `${o}/validationRules/Best_Case_Not_Below_Commit.validationRule-meta.xml`,
    rule(
      'Best_Case_Not_Below_Commit',
      'Best_Case_Current_Quarter__c < Commit_Current_Quarter__c',
      'Best case cannot be lower than commit.'
    )
  );
  // Coaching_Feedback__c
  o = `${OBJ}/Coaching_Feedback__c`;
  p.write(
    `${o}/Coaching_Feedback__c.object-meta.xml`,
    objectXml(
      '1:1 Feedback',
      'Private',
      '<nameField><label>Feedback</label><type>AutoNumber</type><displayFormat>FB-{00000}</displayFormat></nameField>'
    )
  );
  p.write(
    `${o}/fields/Session__c.field-meta.xml`,
    field('Session__c', lookup('Coaching_Session__c', 'Feedback', true))
  );
  p.write(`${o}/fields/Rep__c.field-meta.xml`, field('Rep__c', lookup('User', 'Given_Feedback', true)));
  p.write(`${o}/fields/Manager__c.field-meta.xml`, field('Manager__c', lookup('User', 'Received_Feedback', true)));
  p.write(
    `${o}/fields/Preparation_Rating__c.field-meta.xml`,
    field(
      'Preparation_Rating__c',
      '<type>Number</type><precision>1</precision><scale>0</scale><required>true</required>'
    )
  );
  p.write(
    `${o}/fields/Overall_Value__c.field-meta.xml`,
    field('Overall_Value__c', '<type>Number</type><precision>2</precision><scale>0</scale><required>true</required>')
  );
  p.write(
    `${o}/fields/Improvement__c.field-meta.xml`,
    field('Improvement__c', '<type>LongTextArea</type><length>1000</length><visibleLines>3</visibleLines>')
  );
  p.write(
    `${o}/fields/Session_Key__c.field-meta.xml`,
    field(
      'Session_Key__c',
      '<type>Text</type><length>18</length><unique>true</unique><caseSensitive>false</caseSensitive>'
    )
  );
  p.write(
    `${o}/validationRules/Preparation_Rating_Range.validationRule-meta.xml`,
    rule(
      'Preparation_Rating_Range',
      'OR(Preparation_Rating__c < 1, Preparation_Rating__c > 5)',
      'Preparation: rate it from 1 to 5.',
      'Preparation_Rating__c'
    )
  );
  // Deal_Review__c
  o = `${OBJ}/Deal_Review__c`;
  p.write(
    `${o}/Deal_Review__c.object-meta.xml`,
    objectXml(
      'Deal Review',
      'ControlledByParent',
      '<nameField><label>Review</label><type>AutoNumber</type><displayFormat>DR-{00000}</displayFormat></nameField>'
    )
  );
  p.write(
    `${o}/fields/Opportunity__c.field-meta.xml`,
    field(
      'Opportunity__c',
      '<type>MasterDetail</type><referenceTo>Opportunity</referenceTo><relationshipName>Deal_Reviews</relationshipName><relationshipOrder>0</relationshipOrder>'
    )
  );
  p.write(
    `${o}/fields/Review_Type__c.field-meta.xml`,
    field(
      'Review_Type__c',
      picklist(['Lost', 'Disengaged']).replace('</valueSet>', '</valueSet><required>true</required>')
    )
  );
  p.write(
    `${o}/fields/Root_Cause__c.field-meta.xml`,
    field(
      'Root_Cause__c',
      '<type>Picklist</type><required>true</required><valueSet><restricted>true</restricted><valueSetName>Loss_Root_Cause</valueSetName></valueSet>'
    )
  );
  p.write(
    `${o}/fields/Notes__c.field-meta.xml`,
    field('Notes__c', '<type>LongTextArea</type><length>4000</length><visibleLines>3</visibleLines>')
  );
  p.write(
    `${o}/fields/Review_Key__c.field-meta.xml`,
    field(
      'Review_Key__c',
      '<type>Text</type><length>40</length><unique>true</unique><caseSensitive>false</caseSensitive>'
    )
  );
  p.write(
    `${o}/validationRules/Notes_Required_For_Other.validationRule-meta.xml`,
    rule(
      'Notes_Required_For_Other',
      'AND(ISPICKVAL(Root_Cause__c, "Other"), ISBLANK(Notes__c))',
      'Notes are required when the root cause is Other.',
      'Notes__c'
    )
  );
  // Action_Item__c
  o = `${OBJ}/Action_Item__c`;
  p.write(`${o}/Action_Item__c.object-meta.xml`, objectXml('Coaching Action Item', 'Private'));
  p.write(`${o}/fields/Manager__c.field-meta.xml`, field('Manager__c', lookup('User', 'Managed_Action_Items')));
  p.write(`${o}/fields/Rep__c.field-meta.xml`, field('Rep__c', lookup('User', 'Rep_Action_Items')));
  p.write(
    `${o}/fields/Assignee__c.field-meta.xml`,
    field('Assignee__c', lookup('User', 'Assigned_Action_Items', true))
  );
  p.write(`${o}/fields/Due_Date__c.field-meta.xml`, field('Due_Date__c', '<type>Date</type><required>true</required>'));
  p.write(
    `${o}/fields/Status__c.field-meta.xml`,
    field('Status__c', picklist(['Open', 'In Progress', 'Done', 'Cancelled'], false, 'Open'))
  );
  p.write(`${o}/fields/Completed_Date__c.field-meta.xml`, field('Completed_Date__c', '<type>Date</type>'));
  p.write(
    `${o}/validationRules/Done_Needs_Completed_Date.validationRule-meta.xml`,
    rule(
      'Done_Needs_Completed_Date',
      'AND(ISPICKVAL(Status__c, "Done"), ISBLANK(Completed_Date__c))',
      'A done action item needs its completed date.',
      'Completed_Date__c'
    )
  );
  p.write(
    `${o}/validationRules/Completed_Not_In_Future.validationRule-meta.xml`,
    rule(
      'Completed_Not_In_Future',
      'Completed_Date__c > TODAY()',
      'The completed date cannot be in the future.',
      'Completed_Date__c'
    )
  );

  const allSession = Object.fromEntries(SESSION_FIELDS.map((f) => [`Coaching_Session__c.${f}`, 'edit' as const]));
  p.write(
    `${SEC}/Coaching_Manager.permissionset-meta.xml`,
    permissionSet(
      'Coaching Manager',
      {
        Coaching_Session__c: { r: true, c: true, e: true },
        Coaching_Cadence__c: { r: true, c: true, e: true },
        Action_Item__c: { r: true, c: true, e: true, d: true },
        Deal_Review__c: { r: true, c: true, e: true }
      },
      {
        ...allSession,
        'Coaching_Cadence__c.Active__c': 'edit',
        'Coaching_Cadence__c.Time_Zone__c': 'edit',
        'Coaching_Cadence__c.Active_Pair_Key__c': 'read',
        'Action_Item__c.Manager__c': 'edit',
        'Action_Item__c.Rep__c': 'edit',
        'Action_Item__c.Status__c': 'edit',
        'Action_Item__c.Completed_Date__c': 'edit',
        'Deal_Review__c.Notes__c': 'edit',
        'Deal_Review__c.Review_Key__c': 'read'
      },
      ['Coaching_Manage']
    )
  );
  p.write(
    `${SEC}/Coaching_Rep.permissionset-meta.xml`,
    permissionSet(
      'Coaching Rep',
      {
        Coaching_Session__c: { r: true },
        Coaching_Cadence__c: { r: true },
        // Edit lets the test reach the trigger's closed-month guard (the package's rep set grants create only).
        Coaching_Feedback__c: { r: true, c: true, e: true },
        Action_Item__c: { r: true, e: true },
        Deal_Review__c: { r: true, c: true, e: true }
      },
      {
        ...Object.fromEntries(
          SESSION_FIELDS.filter((f) => f !== 'Health_Score__c').map((f) => [
            `Coaching_Session__c.${f}`,
            'read' as const
          ])
        ),
        'Coaching_Feedback__c.Improvement__c': 'edit',
        'Coaching_Feedback__c.Session_Key__c': 'read',
        'Action_Item__c.Status__c': 'edit',
        'Action_Item__c.Completed_Date__c': 'edit',
        'Action_Item__c.Manager__c': 'read',
        'Action_Item__c.Rep__c': 'read',
        'Deal_Review__c.Notes__c': 'edit',
        'Deal_Review__c.Review_Key__c': 'read'
      }
    )
  );
  p.write(
    `${SEC}/Coaching_Leader.permissionset-meta.xml`,
    permissionSet(
      'Coaching Leader',
      {
        Coaching_Session__c: { r: true, viewAll: true },
        Coaching_Feedback__c: { r: true, viewAll: true },
        Action_Item__c: { r: true, viewAll: true },
        Deal_Review__c: { r: true }
      },
      {
        ...Object.fromEntries(SESSION_FIELDS.map((f) => [`Coaching_Session__c.${f}`, 'read' as const])),
        'Coaching_Feedback__c.Improvement__c': 'read',
        'Coaching_Feedback__c.Session_Key__c': 'read'
      },
      ['Coaching_Oversight']
    )
  );
  return p;
}
