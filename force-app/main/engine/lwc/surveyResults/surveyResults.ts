/**
 * Rep feedback on 1:1s, aggregated under the k-anonymity rule: a manager sees averages only when at least k
 * answers from at least k different reps are in the window, per dimension too; otherwise "not enough
 * responses". Free-text improvement notes are never part of the aggregate (they can identify the rep); only
 * their count is.
 */
import type { Feedback, Id } from 'c/coachingModel';
import type { WarningLog } from 'c/engineWarnings';
import { shown } from 'c/engineWarnings';
import { mean } from 'c/numberStats';

export type RatingDimension = 'preparation' | 'pipelineInsight' | 'skillDevelopment' | 'actionClarity' | 'repAgenda';
export const RATING_DIMENSIONS: readonly RatingDimension[] = [
  'preparation',
  'pipelineInsight',
  'skillDevelopment',
  'actionClarity',
  'repAgenda'
];

export const NOT_ENOUGH_RESPONSES = 'Not enough responses';

export interface SurveyAggregate {
  status: 'OK' | 'NOT_ENOUGH_RESPONSES';
  /** Shown when status is NOT_ENOUGH_RESPONSES. */
  message: string | null;
  responses: number;
  distinctReps: number;
  k: number;
  /** 1–5 averages; null when hidden (under k) or no answers. */
  averages: Record<RatingDimension, number | null>;
  /** Mean of the five ratings' averages (1–5). */
  frameworkScore: number | null;
  /** 0–10. */
  overallValue: number | null;
  improvementCount: number;
}

const inRange = (v: number | null, low: number, high: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= low && v <= high;

export function aggregateSurvey(feedback: readonly Feedback[], k: number, log?: WarningLog): SurveyAggregate {
  const distinct = (list: readonly { repId: Id }[]): number => new Set(list.map((f) => f.repId)).size;
  const visible = (list: readonly { repId: Id }[]): boolean => list.length >= k && distinct(list) >= k;
  const hidden = Object.fromEntries(RATING_DIMENSIONS.map((d) => [d, null])) as Record<RatingDimension, number | null>;
  const base = { responses: feedback.length, distinctReps: distinct(feedback), k };
  if (!visible(feedback)) {
    return {
      ...base,
      status: 'NOT_ENOUGH_RESPONSES',
      message: `${NOT_ENOUGH_RESPONSES}: results appear once ${k} reps have answered.`,
      averages: hidden,
      frameworkScore: null,
      overallValue: null,
      improvementCount: 0
    };
  }
  const averages = { ...hidden };
  for (const d of RATING_DIMENSIONS) {
    const answers = feedback.filter((f) => {
      const ok = inRange(f[d], 1, 5);
      if (!ok && f[d] !== null)
        log?.add('INVALID_VALUE', `Feedback ${f.id}: ${d} rating ${shown(f[d])} is not 1–5; ignored.`, f.id);
      return ok;
    });
    averages[d] = visible(answers) ? mean(answers.map((f) => f[d])) : null;
  }
  const overall = feedback.filter((f) => inRange(f.overallValue, 0, 10));
  return {
    ...base,
    status: 'OK',
    message: null,
    averages,
    frameworkScore: mean(RATING_DIMENSIONS.map((d) => averages[d])),
    overallValue: visible(overall) ? mean(overall.map((f) => f.overallValue)) : null,
    improvementCount: feedback.filter((f) => (f.improvement ?? '').trim() !== '').length
  };
}
