/**
 * The defaults behind every admin setting, and the lookups the engine runs over them. The data-model's
 * custom metadata records (Coaching_Setting__mdt and friends) ship with these same values.
 */
import type {
  AgendaSectionSetting,
  CoachingSettings,
  ExitCriterion,
  StageSetting,
  SurveyQuestion
} from 'c/coachingModel';
import { AGENDA_SECTION_KEYS } from 'c/coachingModel';
import type { WarningLog } from 'c/engineWarnings';

const criterion = (text: string, fieldApiName: string | null = null): ExitCriterion => ({
  criterion: text,
  fieldApiName
});

/** The standard sales process stages, with example exit criteria an admin replaces with their own. */
const DEFAULT_STAGES: StageSetting[] = [
  {
    stageName: 'Prospecting',
    sortOrder: 10,
    maxDaysInStage: null,
    exitCriteria: [criterion('A next step is agreed with the buyer', 'NextStep'), criterion('A real pain is named')]
  },
  {
    stageName: 'Qualification',
    sortOrder: 20,
    maxDaysInStage: null,
    exitCriteria: [criterion('Budget and timeline confirmed'), criterion('Amount estimated', 'Amount')]
  },
  {
    stageName: 'Needs Analysis',
    sortOrder: 30,
    maxDaysInStage: null,
    exitCriteria: [criterion('Business impact of the pain is quantified')]
  },
  {
    stageName: 'Value Proposition',
    sortOrder: 40,
    maxDaysInStage: null,
    exitCriteria: [criterion('Value case shared and accepted by the champion')]
  },
  {
    stageName: 'Id. Decision Makers',
    sortOrder: 50,
    maxDaysInStage: null,
    exitCriteria: [criterion('Economic buyer identified and met')]
  },
  {
    stageName: 'Perception Analysis',
    sortOrder: 60,
    maxDaysInStage: null,
    exitCriteria: [criterion('Competitive position and decision criteria known')]
  },
  {
    stageName: 'Proposal/Price Quote',
    sortOrder: 70,
    maxDaysInStage: null,
    exitCriteria: [
      criterion('Proposal sent with an amount', 'Amount'),
      criterion('Decision date confirmed by the buyer')
    ]
  },
  {
    stageName: 'Negotiation/Review',
    sortOrder: 80,
    maxDaysInStage: null,
    exitCriteria: [criterion('Paper process and signers mapped'), criterion('A next step is agreed', 'NextStep')]
  },
  { stageName: 'Closed Won', sortOrder: 90, maxDaysInStage: null, exitCriteria: [] },
  { stageName: 'Closed Lost', sortOrder: 100, maxDaysInStage: null, exitCriteria: [] }
];

const question = (dimension: SurveyQuestion['dimension'], text: string, sortOrder: number): SurveyQuestion => ({
  dimension,
  text,
  sortOrder,
  active: true
});

const DEFAULT_SURVEY: SurveyQuestion[] = [
  question('Preparation', 'My manager came prepared with data.', 10),
  question('Pipeline_Insight', 'The 1:1 helped me see risks and next steps.', 20),
  question('Skill_Development', 'The 1:1 helped me develop a skill.', 30),
  question('Action_Clarity', 'We left with clear action items.', 40),
  question('Rep_Agenda', 'It was my agenda, not micromanagement.', 50),
  question('Overall', 'How valuable was this 1:1 (0–10)?', 60),
  question('Improvement', 'One thing to improve next time.', 70)
];

const SECTION_LABELS: Record<AgendaSectionSetting['key'], string> = {
  Action_Items: 'Action items',
  Lost_Disengaged: 'Lost and disengaged deals',
  Opportunity_Review: 'Active opportunity review',
  Pipeline_Risk: 'Pipeline risk and revenue gap',
  Account_Priorities: 'Account priorities',
  Skills: 'Skills development',
  Forecast: 'Forecast check'
};

export type ResolvedSettings = Required<CoachingSettings>;

export const DEFAULT_SETTINGS: Readonly<ResolvedSettings> = Object.freeze({
  defaultRequiredCoverage: 3,
  staleDaysMultiplier: 1.5,
  existingWindowMonths: 24,
  dormantWindowMonths: 12,
  disengagedDays: 30,
  inactivityDays: 14,
  pushCountRisk: 3,
  kAnonymityMinimum: 3,
  adherenceToleranceHours: 48,
  minClosedDealsForWinRate: 8,
  lateStageProbability: 70,
  pipelineCreationWeeks: 13,
  activityWindowDays: 30,
  lowHangingFruitShare: 0.8,
  belowTeamRatio: 0.8,
  aboveTeamRatio: 1.25,
  slippageShare: 0.3,
  commitMissShare: 0.5,
  hiddenDealShare: 0.25,
  disabledGapCodes: [],
  stages: DEFAULT_STAGES,
  surveyQuestions: DEFAULT_SURVEY,
  agendaSections: AGENDA_SECTION_KEYS.map((key, i) => ({
    key,
    label: SECTION_LABELS[key],
    enabled: true,
    sortOrder: (i + 1) * 10
  }))
});

/** Numeric settings and the range each must lie in; a value outside it falls back to the default. */
const NUMERIC_RANGES: [keyof ResolvedSettings, number, number][] = [
  ['defaultRequiredCoverage', 0.1, 100],
  ['staleDaysMultiplier', 0.1, 100],
  ['existingWindowMonths', 1, 240],
  ['dormantWindowMonths', 1, 240],
  ['disengagedDays', 1, 3650],
  ['inactivityDays', 1, 3650],
  ['pushCountRisk', 1, 100],
  ['kAnonymityMinimum', 3, 1000],
  ['adherenceToleranceHours', 0, 24 * 7],
  ['minClosedDealsForWinRate', 1, 100_000],
  ['lateStageProbability', 0, 100],
  ['pipelineCreationWeeks', 1, 104],
  ['activityWindowDays', 1, 3650],
  ['lowHangingFruitShare', 0, 1],
  ['belowTeamRatio', 0, 1],
  ['aboveTeamRatio', 1, 100],
  ['slippageShare', 0, 1],
  ['commitMissShare', 0, 1],
  ['hiddenDealShare', 0, 1]
];

/**
 * Settings with every field present and valid: a missing field takes its default silently (older settings
 * records), an invalid one takes its default with an INVALID_VALUE warning.
 */
export function resolveSettings(
  settings: Partial<CoachingSettings> | null | undefined,
  log?: WarningLog
): ResolvedSettings {
  const resolved = { ...DEFAULT_SETTINGS, ...(settings ?? {}) } as ResolvedSettings;
  for (const [key, low, high] of NUMERIC_RANGES) {
    const value = (settings ?? {})[key];
    if (value === undefined || value === null) {
      (resolved as unknown as Record<string, unknown>)[key] = DEFAULT_SETTINGS[key];
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < low || value > high) {
      (resolved as unknown as Record<string, unknown>)[key] = DEFAULT_SETTINGS[key];
      log?.add(
        'INVALID_VALUE',
        `Setting ${key} = ${String(value)} is outside ${low}–${high}; using ${String(DEFAULT_SETTINGS[key])}.`
      );
    }
  }
  for (const key of ['stages', 'surveyQuestions', 'agendaSections', 'disabledGapCodes'] as const) {
    if (!Array.isArray(resolved[key]) || (key !== 'disabledGapCodes' && resolved[key].length === 0)) {
      (resolved as unknown as Record<string, unknown>)[key] = DEFAULT_SETTINGS[key];
    }
  }
  return resolved;
}

export interface StageInfo {
  setting: StageSetting;
  /** Position in the sales process (0 = first stage): stage regressions compare these. */
  rank: number;
}

/** Stage settings by stage name, ranked by sort order. */
export function indexStages(stages: readonly StageSetting[]): Map<string, StageInfo> {
  const sorted = [...stages].sort((a, b) => a.sortOrder - b.sortOrder);
  return new Map(sorted.map((setting, rank) => [setting.stageName, { setting, rank }]));
}
