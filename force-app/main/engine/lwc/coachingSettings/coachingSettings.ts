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
import { shown } from 'c/engineWarnings';

const criterion = (text: string, fieldApiName: string | null = null): ExitCriterion => ({
  criterion: text,
  fieldApiName
});

/**
 * The standard sales process stages, with example exit criteria an admin replaces with their own, and a
 * maximum of days in each stage (docs/decisions.md D-engine-6): each stage's share of the 84-day median B2B
 * sales cycle (10% for the short qualifying and deciding steps, 15% for discovery, value and paperwork),
 * × the 1.5 stale multiplier, rounded up to whole weeks. 140 days in all, 1.67 × the median cycle.
 */
const DEFAULT_STAGES: StageSetting[] = [
  {
    stageName: 'Prospecting',
    sortOrder: 10,
    maxDaysInStage: 14,
    exitCriteria: [criterion('A next step is agreed with the buyer', 'NextStep'), criterion('A real pain is named')]
  },
  {
    stageName: 'Qualification',
    sortOrder: 20,
    maxDaysInStage: 14,
    exitCriteria: [criterion('Budget and timeline confirmed'), criterion('Amount estimated', 'Amount')]
  },
  {
    stageName: 'Needs Analysis',
    sortOrder: 30,
    maxDaysInStage: 21,
    exitCriteria: [criterion('Business impact of the pain is quantified')]
  },
  {
    stageName: 'Value Proposition',
    sortOrder: 40,
    maxDaysInStage: 21,
    exitCriteria: [criterion('Value case shared and accepted by the champion')]
  },
  {
    stageName: 'Id. Decision Makers',
    sortOrder: 50,
    maxDaysInStage: 14,
    exitCriteria: [criterion('Economic buyer identified and met')]
  },
  {
    stageName: 'Perception Analysis',
    sortOrder: 60,
    maxDaysInStage: 14,
    exitCriteria: [criterion('Competitive position and decision criteria known')]
  },
  {
    stageName: 'Proposal/Price Quote',
    sortOrder: 70,
    maxDaysInStage: 21,
    exitCriteria: [
      criterion('Proposal sent with an amount', 'Amount'),
      criterion('Decision date confirmed by the buyer')
    ]
  },
  {
    stageName: 'Negotiation/Review',
    sortOrder: 80,
    maxDaysInStage: 21,
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
  lostReviewWindowDays: 90,
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
  ['hiddenDealShare', 0, 1],
  ['lostReviewWindowDays', 1, 3650]
];

type Warn = (message: string) => void;

/** Why a list entry was dropped. */
class Rejected {
  constructor(readonly why: string) {}
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The valid entries of a list setting. A list that is not an array, or keeps no valid entry, falls back to
 * the default; every dropped entry is reported.
 */
function validList<T>(
  key: string,
  value: unknown,
  fallback: readonly T[],
  read: (entry: unknown, index: number) => T | Rejected,
  warn: Warn,
  allowEmpty = false
): T[] {
  if (value === undefined || value === null) return [...fallback];
  if (!Array.isArray(value)) {
    warn(`Setting ${key} is not a list; using the defaults.`);
    return [...fallback];
  }
  const kept: T[] = [];
  value.forEach((entry, i) => {
    const result = read(entry, i);
    if (result instanceof Rejected) warn(`Setting ${key}[${i}] ${result.why}; ignored.`);
    else kept.push(result);
  });
  if (kept.length === 0 && !allowEmpty) {
    if (value.length > 0) warn(`Setting ${key} has no valid entry; using the defaults.`);
    return [...fallback];
  }
  return kept;
}

/** Keeps the first entry per key; later ones are reported. */
function firstPerKey<T>(key: string, list: readonly T[], keyOf: (t: T) => string, warn: Warn): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const t of list) {
    const k = keyOf(t);
    if (seen.has(k)) warn(`Setting ${key} lists "${k}" twice; the first is used.`);
    else {
      seen.add(k);
      kept.push(t);
    }
  }
  return kept;
}

/** A sort order, or after every valid one (keeping the input order) when it is not a number. */
function orderOf(value: unknown, index: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 1e9 + index;
}

function readCriterion(entry: unknown): ExitCriterion | null {
  if (!isRecord(entry) || !isText(entry.criterion)) return null;
  return { criterion: entry.criterion, fieldApiName: isText(entry.fieldApiName) ? entry.fieldApiName : null };
}

function readStage(entry: unknown, index: number, warn: Warn): StageSetting | Rejected {
  if (!isRecord(entry)) return new Rejected('is not a stage setting');
  if (!isText(entry.stageName)) return new Rejected('has no stage name');
  const name = entry.stageName;
  if (typeof entry.sortOrder !== 'number' || !Number.isFinite(entry.sortOrder))
    warn(`Stage ${name}: sort order ${shown(entry.sortOrder)} is not a number; it is sorted last.`);
  const max = entry.maxDaysInStage;
  const validMax = typeof max === 'number' && Number.isFinite(max) && max > 0;
  if (max !== null && max !== undefined && !validMax)
    warn(`Stage ${name}: maximum days ${shown(max)} is not a positive number; the team-median rule applies.`);
  const criteria = Array.isArray(entry.exitCriteria) ? entry.exitCriteria : [];
  if (entry.exitCriteria !== undefined && entry.exitCriteria !== null && !Array.isArray(entry.exitCriteria))
    warn(`Stage ${name}: exit criteria are not a list; none are used.`);
  const exitCriteria: ExitCriterion[] = [];
  for (const c of criteria) {
    const read = readCriterion(c);
    if (read) exitCriteria.push(read);
    else warn(`Stage ${name}: an exit criterion without text is ignored.`);
  }
  return {
    stageName: name,
    sortOrder: orderOf(entry.sortOrder, index),
    maxDaysInStage: validMax ? max : null,
    exitCriteria
  };
}

const DIMENSIONS = new Set<SurveyQuestion['dimension']>(DEFAULT_SURVEY.map((q) => q.dimension));

function readQuestion(entry: unknown, index: number): SurveyQuestion | Rejected {
  if (!isRecord(entry)) return new Rejected('is not a survey question');
  if (!DIMENSIONS.has(entry.dimension as SurveyQuestion['dimension']))
    return new Rejected(`has an unknown dimension ${shown(entry.dimension)}`);
  if (!isText(entry.text)) return new Rejected('has no text');
  return {
    dimension: entry.dimension as SurveyQuestion['dimension'],
    text: entry.text,
    sortOrder: orderOf(entry.sortOrder, index),
    active: entry.active !== false
  };
}

function readSection(entry: unknown, index: number): AgendaSectionSetting | Rejected {
  if (!isRecord(entry)) return new Rejected('is not an agenda section');
  const key = entry.key as AgendaSectionSetting['key'];
  if (!AGENDA_SECTION_KEYS.includes(key)) return new Rejected(`has an unknown key ${shown(entry.key)}`);
  return {
    key,
    label: isText(entry.label) ? entry.label : SECTION_LABELS[key],
    enabled: entry.enabled !== false,
    sortOrder: orderOf(entry.sortOrder, index)
  };
}

/**
 * Settings with every field present and valid, whatever the input: a missing field takes its default silently
 * (older settings records), an invalid value or list entry is replaced or dropped with an INVALID_VALUE warning.
 * Never throws: everything downstream may rely on the resolved shape.
 */
export function resolveSettings(
  settings: Partial<CoachingSettings> | null | undefined,
  log?: WarningLog
): ResolvedSettings {
  const warn: Warn = (message) => log?.add('INVALID_VALUE', message);
  let input: Record<string, unknown> = {};
  if (isRecord(settings)) input = settings as Record<string, unknown>;
  else if (settings !== null && settings !== undefined) warn('Settings are not a settings record; using the defaults.');
  const resolved = { ...DEFAULT_SETTINGS } as ResolvedSettings;
  const out = resolved as unknown as Record<string, unknown>;
  for (const [key, low, high] of NUMERIC_RANGES) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < low || value > high) {
      warn(`Setting ${key} = ${shown(value)} is outside ${low}–${high}; using ${shown(DEFAULT_SETTINGS[key])}.`);
    } else out[key] = value;
  }
  resolved.stages = firstPerKey(
    'stages',
    validList('stages', input.stages, DEFAULT_SETTINGS.stages, (e, i) => readStage(e, i, warn), warn),
    (s) => s.stageName,
    warn
  );
  resolved.surveyQuestions = validList('surveyQuestions', input.surveyQuestions, DEFAULT_SURVEY, readQuestion, warn);
  resolved.agendaSections = firstPerKey(
    'agendaSections',
    validList('agendaSections', input.agendaSections, DEFAULT_SETTINGS.agendaSections, readSection, warn),
    (s) => s.key,
    warn
  );
  resolved.disabledGapCodes = validList(
    'disabledGapCodes',
    input.disabledGapCodes,
    [],
    (e) => (isText(e) ? e.trim() : new Rejected('is not a gap code')),
    warn,
    true
  );
  return resolved;
}

export interface StageInfo {
  setting: StageSetting;
  /** Position in the sales process (0 = first stage): stage regressions compare these. */
  rank: number;
}

/**
 * Stage settings by stage name, ranked by sort order. Entries without a stage name are skipped (resolveSettings
 * reports them); the first of two entries with the same name wins.
 */
export function indexStages(
  stages: readonly (StageSetting | null | undefined)[] | null | undefined
): Map<string, StageInfo> {
  const valid = (Array.isArray(stages) ? stages : []).filter(
    (s): s is StageSetting => isRecord(s) && isText((s as { stageName?: unknown }).stageName)
  );
  const order = (s: StageSetting, i: number): number => orderOf(s.sortOrder, i);
  const sorted = valid.map((s, i) => ({ s, o: order(s, i) })).sort((a, b) => a.o - b.o);
  const index = new Map<string, StageInfo>();
  for (const { s } of sorted) if (!index.has(s.stageName)) index.set(s.stageName, { setting: s, rank: index.size });
  return index;
}
