/**
 * The weekly 1:1 slot of a manager–rep pair: occurrences at the same local wall-clock time in the pair's
 * zone every week, across daylight-saving changes (Friday 09:00 New York is 14:00Z in winter, 13:00Z in
 * summer). A skipped local time (02:30 on spring-forward day) moves to the first valid instant (03:00); a
 * repeated one (01:30 on fall-back day) takes the first occurrence.
 *
 * Adherence = held slots ÷ (held + missed slots). A slot is held when a Held 1:1 of the pair actually started
 * within ± the tolerance of it (48 h by default), so a 1:1 moved by a day still counts while one moved to
 * the next week does not; each 1:1 counts for one slot at most. A slot whose tolerance has not yet passed and
 * that has no 1:1 yet is pending and counts for neither.
 */
import type { Cadence, Id, IsoDate, IsoDateTime, Session, Weekday } from 'c/coachingModel';
import {
  MS_PER_MINUTE,
  instantMs,
  instantOfLocal,
  isValidTimeZone,
  isoFromDay,
  isoFromInstant,
  localDay,
  minuteOfDay,
  weekdayOf
} from 'c/calendarDate';
import type { WarningLog } from 'c/engineWarnings';
import { ratio } from 'c/numberStats';

export const WEEKDAYS: readonly Weekday[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday'
];
const MS_PER_HOUR = 3_600_000;

export interface Slot {
  start: IsoDateTime;
  end: IsoDateTime;
  startMs: number;
  /** The slot's calendar date in the pair's zone. */
  localDate: IsoDate;
}

interface SlotRule {
  weekday: number;
  minute: number;
  durationMs: number;
  timeZone: string;
}

/** The cadence's rule, or null (with a warning) when its zone, weekday or time is unreadable. */
function ruleOf(cadence: Cadence, log?: WarningLog): SlotRule | null {
  if (!isValidTimeZone(cadence.timeZone)) {
    log?.add(
      'INVALID_TIME_ZONE',
      `Cadence ${cadence.id}: time zone "${cadence.timeZone}" is not an IANA zone.`,
      cadence.id
    );
    return null;
  }
  const weekday = WEEKDAYS.indexOf(cadence.dayOfWeek);
  const minute = minuteOfDay(cadence.localStartTime);
  if (weekday < 0 || minute === null) {
    log?.add(
      'INVALID_VALUE',
      `Cadence ${cadence.id}: day "${cadence.dayOfWeek}" or time "${cadence.localStartTime}" is unreadable.`,
      cadence.id
    );
    return null;
  }
  const minutes =
    Number.isFinite(cadence.durationMinutes) && cadence.durationMinutes > 0 ? cadence.durationMinutes : 60;
  return { weekday, minute, durationMs: minutes * MS_PER_MINUTE, timeZone: cadence.timeZone };
}

function slotOn(rule: SlotRule, day: number): Slot {
  const startMs = instantOfLocal(day, rule.minute, rule.timeZone);
  return {
    start: isoFromInstant(startMs),
    end: isoFromInstant(startMs + rule.durationMs),
    startMs,
    localDate: isoFromDay(day)
  };
}

/** Slots starting in [fromMs, toMs), at most `limit`. */
function slotsFrom(rule: SlotRule, fromMs: number, toMs: number, limit: number): Slot[] {
  const slots: Slot[] = [];
  // Start a day early: the first slot's local day may differ from the UTC day of `fromMs`.
  let day = localDay(fromMs, rule.timeZone) - 1;
  day += (rule.weekday - weekdayOf(day) + 7) % 7;
  while (slots.length < limit) {
    const slot = slotOn(rule, day);
    if (slot.startMs >= toMs) break;
    if (slot.startMs >= fromMs) slots.push(slot);
    day += 7;
  }
  return slots;
}

/** The next `count` slots starting at or after `from`. An inactive or unreadable cadence has none. */
export function nextOccurrences(cadence: Cadence, from: IsoDateTime, count: number, log?: WarningLog): Slot[] {
  const rule = cadence.active ? ruleOf(cadence, log) : null;
  const fromMs = instantMs(from);
  if (!rule || fromMs === null || !(count > 0)) return [];
  return slotsFrom(rule, fromMs, Infinity, Math.min(count, 520));
}

export type SlotStatus = 'HELD' | 'MISSED' | 'PENDING';

export interface SlotOutcome {
  slot: Slot;
  status: SlotStatus;
  sessionId: Id | null;
}

export interface Adherence {
  cadenceId: Id;
  managerId: Id;
  repId: Id;
  held: number;
  missed: number;
  pending: number;
  /** held ÷ (held + missed); null when no slot is due yet. */
  rate: number | null;
  slots: SlotOutcome[];
}

/** Whether a session belongs to the cadence: linked to it, or the same pair when the link is empty. */
function ofCadence(s: Session, c: Cadence): boolean {
  return s.cadenceId ? s.cadenceId === c.id : s.managerId === c.managerId && s.repId === c.repId;
}

/**
 * Adherence of one cadence over [windowStart, windowEnd) — from the cadence's creation when that is later —
 * judged at `now`.
 */
export function cadenceAdherence(
  cadence: Cadence,
  sessions: readonly Session[],
  windowStart: IsoDateTime,
  windowEnd: IsoDateTime,
  now: IsoDateTime,
  toleranceHours: number,
  log?: WarningLog
): Adherence {
  const result: Adherence = {
    cadenceId: cadence.id,
    managerId: cadence.managerId,
    repId: cadence.repId,
    held: 0,
    missed: 0,
    pending: 0,
    rate: null,
    slots: []
  };
  const rule = ruleOf(cadence, log);
  const startMs = Math.max(instantMs(windowStart) ?? Infinity, instantMs(cadence.createdDate) ?? -Infinity);
  const endMs = instantMs(windowEnd);
  const nowMs = instantMs(now);
  if (!rule || endMs === null || nowMs === null || !Number.isFinite(startMs)) return result;
  const tolerance = toleranceHours * MS_PER_HOUR;
  const held = sessions
    .filter((s) => s.status === 'Held' && ofCadence(s, cadence))
    .map((s) => ({ id: s.id, at: instantMs(s.actualStart) }))
    .filter((s): s is { id: Id; at: number } => s.at !== null);
  const used = new Set<Id>();
  for (const slot of slotsFrom(rule, startMs, Math.min(endMs, nowMs), 10_000)) {
    let best: { id: Id; at: number } | null = null;
    for (const s of held) {
      const distance = Math.abs(s.at - slot.startMs);
      if (!used.has(s.id) && distance <= tolerance && (!best || distance < Math.abs(best.at - slot.startMs))) best = s;
    }
    let status: SlotStatus;
    if (best) {
      used.add(best.id);
      status = 'HELD';
    } else status = slot.startMs + tolerance > nowMs ? 'PENDING' : 'MISSED';
    result.slots.push({ slot, status, sessionId: best?.id ?? null });
    if (status === 'HELD') result.held++;
    else if (status === 'MISSED') result.missed++;
    else result.pending++;
  }
  result.rate = ratio(result.held, result.held + result.missed);
  return result;
}
