/**
 * Fiscal quarters: from the org's standard fiscal year (a start month and a naming rule) or from its custom
 * fiscal periods (e.g. a 4-4-5 year), never from the calendar. A deal's quarter is the one containing its
 * CloseDate, a calendar date with no time zone.
 */
import type { FiscalCalendar, FiscalPeriod, IsoDate } from 'c/coachingModel';
import { civilFromDay, dayFromCivil, dayFromIso, isoFromDay } from 'c/calendarDate';
import type { WarningLog } from 'c/engineWarnings';

export interface FiscalQuarter {
  /** Day numbers (days since 1970-01-01) of the first and the last day, both inclusive. */
  startDay: number;
  endDay: number;
  start: IsoDate;
  end: IsoDate;
  label: string;
  fiscalYear: number;
  number: number;
}

export interface FiscalQuarters {
  /** The quarter that contains a calendar day. */
  containing(day: number): FiscalQuarter;
  after(quarter: FiscalQuarter): FiscalQuarter;
  before(quarter: FiscalQuarter): FiscalQuarter;
}

function quarterOf(startDay: number, endDay: number, fiscalYear: number, number: number): FiscalQuarter {
  return {
    startDay,
    endDay,
    start: isoFromDay(startDay),
    end: isoFromDay(endDay),
    label: `FY${fiscalYear} Q${number}`,
    fiscalYear,
    number
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
  return quarterOf(startDay, endDay, fiscalYear, number);
}

/**
 * The org's quarters. Custom quarters take precedence where they exist; a date outside them (before the
 * first or after the last custom year) falls back to the standard rule, with one warning.
 */
export function createFiscalQuarters(calendar: FiscalCalendar | null | undefined, log?: WarningLog): FiscalQuarters {
  let startMonth = calendar?.startMonth ?? 1;
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    log?.add('INVALID_VALUE', `Fiscal start month ${String(startMonth)} is not 1–12; using January.`);
    startMonth = 1;
  }
  const nameByStartYear = calendar?.nameByStartYear ?? false;
  const custom = customQuarters(calendar?.customQuarters ?? [], log);
  const first = custom.length ? custom[0].startDay : Infinity;
  const last = custom.length ? custom[custom.length - 1].endDay : -Infinity;
  let warnedOutside = false;

  const containing = (day: number): FiscalQuarter => {
    if (day >= first && day <= last) {
      let lo = 0;
      let hi = custom.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (custom[mid].startDay <= day) lo = mid;
        else hi = mid - 1;
      }
      if (custom[lo].endDay >= day) return custom[lo];
    }
    if (custom.length && !warnedOutside) {
      warnedOutside = true;
      log?.add(
        'INVALID_VALUE',
        `${isoFromDay(day)} lies outside the custom fiscal periods; standard fiscal quarters are used there.`
      );
    }
    return standardQuarter(day, startMonth, nameByStartYear);
  };
  return {
    containing,
    after: (q) => containing(q.endDay + 1),
    before: (q) => containing(q.startDay - 1)
  };
}

/** Valid custom quarters, sorted; overlapping or unreadable ones are dropped with a warning. */
function customQuarters(periods: readonly FiscalPeriod[], log?: WarningLog): FiscalQuarter[] {
  const quarters: FiscalQuarter[] = [];
  for (const p of periods) {
    if (p.type !== 'Quarter') continue;
    const startDay = dayFromIso(p.startDate);
    const endDay = dayFromIso(p.endDate);
    if (startDay === null || endDay === null || endDay < startDay) {
      log?.add(
        'INVALID_VALUE',
        `Fiscal period ${p.label} has unreadable dates (${p.startDate} – ${p.endDate}); ignored.`
      );
      continue;
    }
    quarters.push({
      ...quarterOf(startDay, endDay, p.fiscalYear, p.number),
      label: p.label || `FY${p.fiscalYear} Q${p.number}`
    });
  }
  quarters.sort((a, b) => a.startDay - b.startDay);
  return quarters.filter((q, i) => {
    const overlaps = i > 0 && q.startDay <= quarters[i - 1].endDay;
    if (overlaps) log?.add('INVALID_VALUE', `Fiscal period ${q.label} overlaps the one before it; ignored.`);
    return !overlaps;
  });
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
