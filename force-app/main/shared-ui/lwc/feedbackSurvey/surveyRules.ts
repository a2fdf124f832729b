/**
 * The 1:1 feedback survey's questions and rules. The five framework ratings and the overall value are required
 * fields of Coaching_Feedback__c with range validation rules (1–5, 0–10), so they are always asked; the admin's
 * Survey_Question__mdt records give their wording and order. The improvement question is optional and can be
 * switched off. The same ranges are checked here before anything is saved.
 */
import type { SurveyQuestion } from 'c/coachingModel';
import { DEFAULT_SETTINGS } from 'c/coachingSettings';

export type SurveyDimension = SurveyQuestion['dimension'];

export interface DimensionRule {
  dimension: SurveyDimension;
  kind: 'rating' | 'text';
  min: number;
  max: number;
  /** Required by the object: asked even when the admin switched the question off. */
  required: boolean;
}

/** Coaching_Feedback__c.Improvement__c is a Long Text Area(1000). */
export const IMPROVEMENT_MAX_LENGTH = 1000;

export const DIMENSION_RULES: readonly DimensionRule[] = [
  { dimension: 'Preparation', kind: 'rating', min: 1, max: 5, required: true },
  {
    dimension: 'Pipeline_Insight',
    kind: 'rating',
    min: 1,
    max: 5,
    required: true
  },
  {
    dimension: 'Skill_Development',
    kind: 'rating',
    min: 1,
    max: 5,
    required: true
  },
  {
    dimension: 'Action_Clarity',
    kind: 'rating',
    min: 1,
    max: 5,
    required: true
  },
  { dimension: 'Rep_Agenda', kind: 'rating', min: 1, max: 5, required: true },
  { dimension: 'Overall', kind: 'rating', min: 0, max: 10, required: true },
  {
    dimension: 'Improvement',
    kind: 'text',
    min: 0,
    max: IMPROVEMENT_MAX_LENGTH,
    required: false
  }
];

export interface AskedQuestion extends DimensionRule {
  text: string;
  sortOrder: number;
}

/**
 * The questions to ask, in the admin's order: every required dimension (the admin's active wording, else the
 * default wording) and the improvement question when it is active. Fields the user cannot write are left to the
 * caller (`writableFields`): a hidden optional field is skipped, a hidden required one makes the survey unusable.
 */
export function askedQuestions(configured: readonly SurveyQuestion[] | null | undefined): AskedQuestion[] {
  const list = Array.isArray(configured) && configured.length > 0 ? configured : DEFAULT_SETTINGS.surveyQuestions;
  const defaults = new Map(DEFAULT_SETTINGS.surveyQuestions.map((q) => [q.dimension, q]));
  const asked: AskedQuestion[] = [];
  for (const rule of DIMENSION_RULES) {
    const active = list.find((q) => q && q.dimension === rule.dimension && q.active !== false && (q.text ?? '').trim());
    const fallback = rule.required ? defaults.get(rule.dimension) : undefined;
    const source = active ?? fallback;
    if (source) asked.push({ ...rule, text: source.text, sortOrder: Number(source.sortOrder) || 0 });
  }
  // Stable: equal sort orders keep the framework's order.
  return asked
    .map((q, i) => ({ q, i }))
    .sort((a, b) => a.q.sortOrder - b.q.sortOrder || a.i - b.i)
    .map(({ q }) => q);
}

export type SurveyProblem = 'RATING_MISSING' | 'RATING_OUT_OF_RANGE' | 'TEXT_TOO_LONG';

/** Answers as the form holds them: ratings may arrive as strings from inputs. */
export type SurveyAnswers = Partial<Record<SurveyDimension, string | number | null>>;

export interface SurveyCheck {
  problems: Partial<Record<SurveyDimension, SurveyProblem>>;
  valid: boolean;
  /** The answers ready to store, by dimension, only when valid. */
  values: Partial<Record<SurveyDimension, number | string | null>> | null;
}

function ratingValue(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return null;
  const n = typeof raw === 'number' ? raw : Number(raw.trim());
  return Number.isFinite(n) ? n : NaN;
}

/** Checks every asked question; a rating must be a whole number within its range. */
export function checkSurvey(answers: SurveyAnswers, asked: readonly AskedQuestion[]): SurveyCheck {
  const problems: Partial<Record<SurveyDimension, SurveyProblem>> = {};
  const values: Partial<Record<SurveyDimension, number | string | null>> = {};
  for (const q of asked) {
    const raw = answers[q.dimension];
    if (q.kind === 'text') {
      const text = raw === null || raw === undefined ? '' : String(raw);
      if (text.length > q.max) problems[q.dimension] = 'TEXT_TOO_LONG';
      else values[q.dimension] = text.trim() === '' ? null : text;
      continue;
    }
    const value = ratingValue(raw);
    if (value === null) problems[q.dimension] = 'RATING_MISSING';
    else if (!Number.isInteger(value) || value < q.min || value > q.max) problems[q.dimension] = 'RATING_OUT_OF_RANGE';
    else values[q.dimension] = value;
  }
  const valid = Object.keys(problems).length === 0;
  return { problems, valid, values: valid ? values : null };
}
