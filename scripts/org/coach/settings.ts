/**
 * The admin's settings (custom metadata rows, as SOQL returns them) on top of the engine's defaults. A
 * missing record or blank field keeps the default, so a half-configured org still gets sensible agendas.
 */
import type { AgendaSectionKey, CoachingSettings, ExitCriterion, StageSetting, SurveyQuestion } from 'c/coachingModel';
import type { RecordSet } from './extract.ts';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

const THRESHOLDS: [keyof CoachingSettings, string][] = [
  ['defaultRequiredCoverage', 'Default_Required_Coverage__c'],
  ['staleDaysMultiplier', 'Stale_Days_Multiplier__c'],
  ['existingWindowMonths', 'Existing_Window_Months__c'],
  ['dormantWindowMonths', 'Dormant_Window_Months__c'],
  ['disengagedDays', 'Disengaged_Days__c'],
  ['lostReviewWindowDays', 'Lost_Review_Window_Days__c'],
  ['inactivityDays', 'Inactivity_Days__c'],
  ['pushCountRisk', 'Push_Count_Risk__c'],
  ['kAnonymityMinimum', 'K_Anonymity_Minimum__c'],
  ['adherenceToleranceHours', 'Adherence_Tolerance_Hours__c'],
  ['minClosedDealsForWinRate', 'Min_Closed_Deals__c'],
  // Engine settings from D-engine-4; read when the org's custom metadata type has the field.
  ['lateStageProbability', 'Late_Stage_Probability__c'],
  ['pipelineCreationWeeks', 'Pipeline_Creation_Weeks__c'],
  ['activityWindowDays', 'Activity_Window_Days__c'],
  ['lowHangingFruitShare', 'Low_Hanging_Fruit_Share__c'],
  ['belowTeamRatio', 'Below_Team_Ratio__c'],
  ['aboveTeamRatio', 'Above_Team_Ratio__c'],
  ['slippageShare', 'Slippage_Share__c'],
  ['commitMissShare', 'Commit_Miss_Share__c'],
  ['hiddenDealShare', 'Hidden_Deal_Share__c']
];

export function settingsFromMetadata(rows: RecordSet, defaults: CoachingSettings): CoachingSettings {
  const settings: CoachingSettings = { ...defaults };
  const record =
    (rows.Coaching_Setting__mdt ?? []).find((r) => r.DeveloperName === 'Default') ?? rows.Coaching_Setting__mdt?.[0];
  if (record) {
    for (const [key, field] of THRESHOLDS) {
      const value = num(record[field]);
      if (value !== null) (settings as unknown as Record<string, unknown>)[key] = value;
    }
    const disabled = str(record.Disabled_Gap_Codes__c);
    if (disabled !== null) {
      settings.disabledGapCodes = disabled
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
    }
  }
  const criteria = new Map<string, (ExitCriterion & { order: number })[]>();
  for (const c of rows.Stage_Exit_Criterion__mdt ?? []) {
    const stage = str(c.Stage_Name__c);
    const text = str(c.Criterion__c);
    if (!stage || !text) continue;
    criteria.set(stage, [
      ...(criteria.get(stage) ?? []),
      { criterion: text, fieldApiName: str(c.Field_Api_Name__c), order: num(c.Sort_Order__c) ?? 0 }
    ]);
  }
  const stageRows = rows.Stage_Setting__mdt ?? [];
  if (stageRows.length > 0) {
    settings.stages = stageRows
      .filter((s) => str(s.Stage_Name__c))
      .map((s): StageSetting => ({
        stageName: String(s.Stage_Name__c),
        sortOrder: num(s.Sort_Order__c) ?? 0,
        maxDaysInStage: num(s.Max_Days_In_Stage__c),
        exitCriteria: (criteria.get(String(s.Stage_Name__c)) ?? [])
          .sort((a, b) => a.order - b.order)
          .map(({ criterion, fieldApiName }) => ({ criterion, fieldApiName }))
      }))
      .sort((a, b) => a.sortOrder - b.sortOrder);
  }
  const questions = rows.Survey_Question__mdt ?? [];
  if (questions.length > 0) {
    settings.surveyQuestions = questions
      .filter((q) => str(q.Dimension__c) && str(q.Question_Text__c))
      .map((q): SurveyQuestion => ({
        dimension: q.Dimension__c as SurveyQuestion['dimension'],
        text: String(q.Question_Text__c),
        sortOrder: num(q.Sort_Order__c) ?? 0,
        active: q.Active__c !== false
      }))
      .sort((a, b) => a.sortOrder - b.sortOrder);
  }
  const sections = rows.Agenda_Section__mdt ?? [];
  if (sections.length > 0) {
    settings.agendaSections = sections
      .filter((s) => str(s.Section_Key__c))
      .map((s) => ({
        key: s.Section_Key__c as AgendaSectionKey,
        label: str(s.MasterLabel) ?? String(s.Section_Key__c),
        enabled: s.Enabled__c !== false,
        sortOrder: num(s.Sort_Order__c) ?? 0
      }))
      .sort((a, b) => a.sortOrder - b.sortOrder);
  }
  return settings;
}

/**
 * Exit criteria whose evidence field cannot be read become questions to ask (fieldApiName null), instead
 * of criteria the engine would count as "not met" for want of a value it was never allowed to see.
 */
export function withoutUnreadableEvidence(
  settings: CoachingSettings,
  unreadable: ReadonlySet<string>
): CoachingSettings {
  if (unreadable.size === 0) return settings;
  return {
    ...settings,
    stages: settings.stages.map((stage) => ({
      ...stage,
      exitCriteria: stage.exitCriteria.map((c) =>
        c.fieldApiName && unreadable.has(c.fieldApiName) ? { ...c, fieldApiName: null } : c
      )
    }))
  };
}
