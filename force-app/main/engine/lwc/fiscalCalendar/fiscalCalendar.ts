/**
 * Fiscal quarters: from the org's standard fiscal year (a start month and a naming rule) or from its custom
 * fiscal periods (e.g. a 4-4-5 year), never from the calendar. A deal's quarter is the one containing its
 * CloseDate, a calendar date with no time zone.
 */
import type { FiscalCalendar, FiscalPeriod, IsoDate } from 'c/coachingModel';
import { civilFromDay, dayFromCivil, dayFromIso, isoFromDay, lastStartingBy } from 'c/calendarDate';
import type { WarningLog } from 'c/engineWarnings';
import { shown } from 'c/engineWarnings';

/**
 * Where a quarter comes from: the standard rule, the org's custom periods, or the custom pattern extended
 * past (or before) the custom periods, or across a gap between them (FISCAL_PERIODS_EXTENDED warning).
 */
export type FiscalQuarterSource = 'STANDARD' | 'CUSTOM' | 'EXTENDED';

export interface FiscalQuarter {
  /** Day numbers (days since 1970-01-01) of the first and the last day, both inclusive. */
  startDay: number;
  endDay: number;
  start: IsoDate;
  end: IsoDate;
  label: string;
  fiscalYear: number;
  number: number;
  source: FiscalQuarterSource;
}

export interface FiscalQuarters {
  /** The quarter that contains a calendar day. Quarters tile time: contiguous, never overlapping. */
  containing(day: number): FiscalQuarter;
  after(quarter: FiscalQuarter): FiscalQuarter;
  before(quarter: FiscalQuarter): FiscalQuarter;
}

function quarterOf(
  startDay: number,
  endDay: number,
  fiscalYear: number,
  number: number,
  source: FiscalQuarterSource
): FiscalQuarter {
  return {
    startDay,
    endDay,
    start: isoFromDay(startDay),
    end: isoFromDay(endDay),
    label: `FY${fiscalYear} Q${number}`,
    fiscalYear,
    number,
    source
  };
}

/** Standard fiscal year: quarters of three calendar months from `startMonth`. */
function standardQuarter(day: number, startMonth: number, nameByStartYear: boolean): FiscalQuarter {
  const { year, month } = civilFromDay(day);
  const monthsIn = (month - startMonth + 12) % 12;
  const startYear = month >= startMonth ? year : year - 1;
  const number = Math.floor(monthsIn / 3) + 1;
  const firstMonth = startMonth + (number - 1) * 3;
  const startDay = dayFromCivil(startYear, firstMonth, 1);
  const endDay = dayFromCivil(startYear, firstMonth + 3, 1) - 1;
  // A year starting in January is named after that year either way.
  const fiscalYear = nameByStartYear || startMonth === 1 ? startYear : startYear + 1;
  return quarterOf(startDay, endDay, fiscalYear, number, 'STANDARD');
}

/** A custom quarter of 13 weeks (4-4-5, 4-5-4 and 5-4-4 years), used when no custom quarter of that number is known. */
const CUSTOM_QUARTER_DAYS = 91;
/** Extension stops this many quarters (250 years) away from the custom periods; the standard rule applies beyond. */
const MAX_EXTENDED_QUARTERS = 1_000;

interface QuarterNumber {
  fiscalYear: number;
  number: number;
}

function nextNumber(q: QuarterNumber): QuarterNumber {
  return q.number >= 4
    ? { fiscalYear: q.fiscalYear + 1, number: 1 }
    : { fiscalYear: q.fiscalYear, number: q.number + 1 };
}

function previousNumber(q: QuarterNumber): QuarterNumber {
  return q.number <= 1
    ? { fiscalYear: q.fiscalYear - 1, number: 4 }
    : { fiscalYear: q.fiscalYear, number: q.number - 1 };
}

/**
 * The org's quarters. Without custom periods, the standard rule. With custom periods (e.g. a 4-4-5 year), the
 * custom quarters; a day after the last one, or before the first, lies in the custom pattern extended: each
 * extended quarter is as long as the last known (first known, going back) custom quarter with the same number,
 * or 13 weeks, and numbered on from its neighbour. A gap between custom quarters becomes one extended quarter.
 * Either way the quarters stay contiguous and never overlap, and the first extended quarter a view touches
 * raises one FISCAL_PERIODS_EXTENDED warning, because the org's own periods should be entered.
 */
export function createFiscalQuarters(calendar: FiscalCalendar | null | undefined, log?: WarningLog): FiscalQuarters {
  let startMonth = calendar?.startMonth ?? 1;
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    log?.add('INVALID_VALUE', `Fiscal start month ${shown(startMonth)} is not 1–12; using January.`);
    startMonth = 1;
  }
  const nameByStartYear = calendar?.nameByStartYear ?? false;
  const custom = customQuarters(Array.isArray(calendar?.customQuarters) ? calendar.customQuarters : [], log);
  if (custom.length === 0) {
    // One quarter object per calendar month: views ask for the quarter of every close date, and building one
    // formats two dates.
    const byMonth = new Map<number, FiscalQuarter>();
    const containing = (day: number): FiscalQuarter => {
      const { year, month } = civilFromDay(day);
      let q = byMonth.get(year * 12 + month);
      if (!q) {
        q = standardQuarter(day, startMonth, nameByStartYear);
        byMonth.set(year * 12 + month, q);
      }
      return q;
    };
    return { containing, after: (q) => containing(q.endDay + 1), before: (q) => containing(q.startDay - 1) };
  }
  const lengthByNumber = (fromEnd: boolean): Map<number, number> => {
    const lengths = new Map<number, number>();
    for (const q of fromEnd ? [...custom].reverse() : custom)
      if (!lengths.has(q.number)) lengths.set(q.number, q.endDay - q.startDay + 1);
    return lengths;
  };
  const forwardLengths = lengthByNumber(true);
  const backwardLengths = lengthByNumber(false);
  // Extended quarters, built once as far as a view has asked.
  const later: FiscalQuarter[] = [];
  const earlier: FiscalQuarter[] = [];
  let warned = false;
  const extended = (startDay: number, endDay: number, n: QuarterNumber): FiscalQuarter => {
    if (!warned) {
      warned = true;
      log?.add(
        'FISCAL_PERIODS_EXTENDED',
        `Quarters from ${isoFromDay(startDay)} are not among the custom fiscal periods (${custom[0].start} – ${
          custom[custom.length - 1].end
        }); the custom pattern is extended. Enter the org's fiscal periods to replace it.`
      );
    }
    return quarterOf(startDay, endDay, n.fiscalYear, n.number, 'EXTENDED');
  };
  const first = custom[0];
  const last = custom[custom.length - 1];

  const containing = (day: number): FiscalQuarter => {
    if (day > last.endDay) {
      let q = later.length ? later[later.length - 1] : last;
      if (day <= q.endDay) return later[lastStartingBy(later, day)];
      while (day > q.endDay && later.length < MAX_EXTENDED_QUARTERS) {
        const n = nextNumber(q);
        q = extended(q.endDay + 1, q.endDay + (forwardLengths.get(n.number) ?? CUSTOM_QUARTER_DAYS), n);
        later.push(q);
      }
      return day <= q.endDay ? q : standardQuarter(day, startMonth, nameByStartYear);
    }
    if (day < first.startDay) {
      let q = earlier.length ? earlier[earlier.length - 1] : first;
      if (day >= q.startDay) return earlier[findIndexDescending(earlier, day)];
      while (day < q.startDay && earlier.length < MAX_EXTENDED_QUARTERS) {
        const n = previousNumber(q);
        q = extended(q.startDay - (backwardLengths.get(n.number) ?? CUSTOM_QUARTER_DAYS), q.startDay - 1, n);
        earlier.push(q);
      }
      return day >= q.startDay ? q : standardQuarter(day, startMonth, nameByStartYear);
    }
    const i = lastStartingBy(custom, day);
    const q = custom[i];
    if (q.endDay >= day) return q;
    // In a gap between two custom quarters: the gap is one extended quarter.
    return extended(q.endDay + 1, custom[i + 1].startDay - 1, nextNumber(q));
  };
  return {
    containing,
    after: (q) => containing(q.endDay + 1),
    before: (q) => containing(q.startDay - 1)
  };
}

/** Index of the quarter containing `day` in a list sorted by start, latest first. */
function findIndexDescending(quarters: readonly FiscalQuarter[], day: number): number {
  let lo = 0;
  let hi = quarters.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quarters[mid].startDay <= day) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Valid custom quarters, sorted; overlapping or unreadable ones are dropped with a warning. */
function customQuarters(periods: readonly FiscalPeriod[], log?: WarningLog): FiscalQuarter[] {
  const quarters: FiscalQuarter[] = [];
  for (const p of periods) {
    if (!p || p.type !== 'Quarter') continue;
    const startDay = dayFromIso(p.startDate);
    const endDay = dayFromIso(p.endDate);
    const number = Number.isInteger(p.number) && p.number >= 1 && p.number <= 4 ? p.number : null;
    const fiscalYear = Number.isInteger(p.fiscalYear) ? p.fiscalYear : null;
    if (startDay === null || endDay === null || endDay < startDay || number === null || fiscalYear === null) {
      log?.add(
        'INVALID_VALUE',
        `Fiscal period ${shown(p.label)} has unreadable dates or numbers (${shown(p.startDate)} – ${shown(
          p.endDate
        )}, Q${shown(p.number)} ${shown(p.fiscalYear)}); ignored.`
      );
      continue;
    }
    quarters.push({
      ...quarterOf(startDay, endDay, fiscalYear, number, 'CUSTOM'),
      label: typeof p.label === 'string' && p.label ? p.label : `FY${fiscalYear} Q${number}`
    });
  }
  quarters.sort((a, b) => a.startDay - b.startDay);
  const kept: FiscalQuarter[] = [];
  for (const q of quarters) {
    const previous = kept[kept.length - 1];
    if (previous && q.startDay <= previous.endDay)
      log?.add('INVALID_VALUE', `Fiscal period ${q.label} overlaps the one before it; ignored.`);
    else kept.push(q);
  }
  return kept;
}

/** The quarters one view needs, computed once from "today". */
export interface FiscalFrame {
  today: number;
  current: FiscalQuarter;
  next: FiscalQuarter;
  /** The four complete quarters before the current one, oldest first: the diagnosis and win-rate window. */
  trailing: FiscalQuarter[];
  trailingStartDay: number;
  trailingEndDay: number;
}

export function fiscalFrame(quarters: FiscalQuarters, today: number): FiscalFrame {
  const current = quarters.containing(today);
  const trailing: FiscalQuarter[] = [];
  let q = current;
  for (let i = 0; i < 4; i++) {
    q = quarters.before(q);
    trailing.unshift(q);
  }
  return {
    today,
    current,
    next: quarters.after(current),
    trailing,
    trailingStartDay: trailing[0].startDay,
    trailingEndDay: current.startDay - 1
  };
}
