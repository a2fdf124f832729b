/**
 * The period-start window of a quota import: its default (this and the next fiscal year) and the checks on what
 * the admin typed. Pure, so the rules are tested without the component.
 */
import type { FiscalPeriod, IsoDate } from 'c/coachingModel';

export interface ImportWindow {
  startDate: IsoDate;
  endDate: IsoDate;
}

export type WindowProblem = 'START_MISSING' | 'END_MISSING' | 'END_BEFORE_START';

export interface WindowCheck {
  start: WindowProblem | null;
  end: WindowProblem | null;
  valid: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * From the first day of the fiscal year containing `today` to the last day of the next fiscal year, or null when
 * `quarters` do not hold both years whole (the caller then uses calendar years).
 */
export function fiscalYearsWindow(quarters: readonly FiscalPeriod[], today: IsoDate): ImportWindow | null {
  const current = quarters.find((q) => q.startDate <= today && today <= q.endDate);
  if (!current) return null;
  const years = quarters.filter((q) => q.fiscalYear === current.fiscalYear || q.fiscalYear === current.fiscalYear + 1);
  const first = years.find((q) => q.fiscalYear === current.fiscalYear && q.number === 1);
  const last = years.find((q) => q.fiscalYear === current.fiscalYear + 1 && q.number === 4);
  return first && last ? { startDate: first.startDate, endDate: last.endDate } : null;
}

/** 1 January of `today`'s year to 31 December of the next year. */
export function calendarYearsWindow(today: IsoDate): ImportWindow {
  const year = Number(today.slice(0, 4));
  return { startDate: `${year}-01-01`, endDate: `${year + 1}-12-31` };
}

/** Both dates present and in order; a value that is not a date counts as missing. */
export function checkWindow(startDate: string | null | undefined, endDate: string | null | undefined): WindowCheck {
  const hasStart = !!startDate && ISO_DATE.test(startDate);
  const hasEnd = !!endDate && ISO_DATE.test(endDate);
  const start: WindowProblem | null = hasStart ? null : 'START_MISSING';
  let end: WindowProblem | null = hasEnd ? null : 'END_MISSING';
  if (hasStart && hasEnd && (endDate as string) < (startDate as string)) end = 'END_BEFORE_START';
  return { start, end, valid: start === null && end === null };
}
