/**
 * Pipeline snapshots: what a rep's pipeline looked like when a 1:1 was held, stored as compact versioned JSON
 * in Coaching_Session__c.Snapshot__c (a 131,072-character Long Text Area), and the diff between two of them
 * (new, won, lost, pushed, pulled in, amount up or down, stage regressed, moved to a later quarter, surprise
 * deals first seen at a late stage). Keys are short because a rep can have hundreds of open deals.
 */
import type { EngineWarning, ForecastCategory, Id, IsoDate, IsoDateTime, Opportunity } from 'c/coachingModel';
import { dayFromIso } from 'c/calendarDate';
import type { StageInfo } from 'c/coachingSettings';
import type { FiscalQuarters } from 'c/fiscalCalendar';

export const SNAPSHOT_VERSION = 1;
/** Coaching_Session__c.Snapshot__c length. */
export const SNAPSHOT_MAX_CHARS = 131_072;
/** Deal names are cut to this length in a snapshot: enough to recognise a deal that has since gone. */
export const SNAPSHOT_NAME_CHARS = 40;

type CategoryCode = 'P' | 'B' | 'C' | 'X' | 'O';
const CATEGORY_CODES: Record<ForecastCategory, CategoryCode> = {
  Pipeline: 'P',
  'Best Case': 'B',
  Commit: 'C',
  Closed: 'X',
  Omitted: 'O'
};
const CATEGORY_NAMES = Object.fromEntries(Object.entries(CATEGORY_CODES).map(([k, v]) => [v, k])) as Record<
  CategoryCode,
  ForecastCategory
>;

/** One deal: i id, n name, s stage (index into `sg`), a amount (whole units of `cur`), c close date,
 * f forecast category code, pr probability, p push count, x status (o open, w won, l lost). */
export interface SnapshotDeal {
  i: Id;
  n: string;
  s: number;
  a: number | null;
  c: IsoDate | null;
  f: CategoryCode | null;
  pr: number | null;
  p: number;
  x: 'o' | 'w' | 'l';
}

/** The rep's key figures when the snapshot was taken (current quarter). */
export interface SnapshotMetrics {
  /** Current quarter label. */
  q: string;
  quota: number | null;
  won: number;
  com: number;
  bc: number;
  pipe: number;
  cov: number | null;
  req: number;
  wr: number | null;
  hs: number | null;
}

export interface PipelineSnapshot {
  v: 1;
  /** Taken at. */
  t: IsoDateTime;
  /** Rep id. */
  r: Id;
  /** Currency of every amount. */
  cur: string;
  /** Stage names, referenced by index from the deals. */
  sg: string[];
  m: SnapshotMetrics;
  d: SnapshotDeal[];
}

export interface SnapshotInput {
  repId: Id;
  takenAt: IsoDateTime;
  currency: string;
  today: number;
  /** Closed deals with a close date on or after this day are kept, so the next diff sees them close. */
  keepClosedFromDay: number;
  opportunities: readonly Opportunity[];
  amountOf: (opp: Opportunity) => number | null;
  metrics: SnapshotMetrics;
}

const round2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);

export function buildSnapshot(input: SnapshotInput): PipelineSnapshot {
  const stageIndex = new Map<string, number>();
  const sg: string[] = [];
  const d: SnapshotDeal[] = [];
  for (const opp of input.opportunities) {
    if (opp.isClosed) {
      const close = dayFromIso(opp.closeDate);
      if (close === null || close < input.keepClosedFromDay) continue;
    }
    let s = stageIndex.get(opp.stageName);
    if (s === undefined) {
      s = sg.length;
      sg.push(opp.stageName);
      stageIndex.set(opp.stageName, s);
    }
    const amount = input.amountOf(opp);
    d.push({
      i: opp.id,
      n: (opp.name ?? '').slice(0, SNAPSHOT_NAME_CHARS),
      s,
      a: amount === null ? null : Math.round(amount),
      c: opp.closeDate,
      f: opp.forecastCategory ? (CATEGORY_CODES[opp.forecastCategory] ?? null) : null,
      pr: opp.probability ?? null,
      p: Math.max(0, opp.pushCount ?? 0),
      x: !opp.isClosed ? 'o' : opp.isWon ? 'w' : 'l'
    });
  }
  const m = input.metrics;
  return {
    v: SNAPSHOT_VERSION,
    t: input.takenAt,
    r: input.repId,
    cur: input.currency,
    sg,
    m: { ...m, cov: round2(m.cov), req: round2(m.req) as number, wr: round2(m.wr) },
    d
  };
}

export function serializeSnapshot(snapshot: PipelineSnapshot): string {
  return JSON.stringify(snapshot);
}

export type ParsedSnapshot = { ok: true; snapshot: PipelineSnapshot } | { ok: false; warning: EngineWarning };

const isNumOrNull = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));
const isStrOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

function isDeal(d: unknown, stageCount: number): boolean {
  if (typeof d !== 'object' || d === null) return false;
  const x = d as Record<string, unknown>;
  return (
    typeof x.i === 'string' &&
    typeof x.n === 'string' &&
    Number.isInteger(x.s) &&
    (x.s as number) >= 0 &&
    (x.s as number) < stageCount &&
    isNumOrNull(x.a) &&
    isStrOrNull(x.c) &&
    (x.f === null || (typeof x.f === 'string' && x.f in CATEGORY_NAMES)) &&
    isNumOrNull(x.pr) &&
    typeof x.p === 'number' &&
    (x.x === 'o' || x.x === 'w' || x.x === 'l')
  );
}

/** Reads a stored snapshot; corrupt JSON, an unknown version or a wrong shape give an INVALID_SNAPSHOT warning. */
export function parseSnapshot(json: string | null | undefined, sessionId?: Id): ParsedSnapshot {
  const fail = (why: string): ParsedSnapshot => ({
    ok: false,
    warning: {
      code: 'INVALID_SNAPSHOT',
      message: `Snapshot ${why}; it is ignored.`,
      ...(sessionId ? { recordId: sessionId } : {})
    }
  });
  if (typeof json !== 'string' || json.trim() === '') return fail('is empty');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('is not valid JSON');
  }
  if (typeof value !== 'object' || value === null) return fail('is not an object');
  const s = value as Record<string, unknown>;
  if (s.v !== SNAPSHOT_VERSION) return fail(`has unknown version ${JSON.stringify(s.v)}`);
  const sg = s.sg;
  if (
    typeof s.t !== 'string' ||
    typeof s.r !== 'string' ||
    typeof s.cur !== 'string' ||
    !Array.isArray(sg) ||
    !sg.every((x) => typeof x === 'string') ||
    typeof s.m !== 'object' ||
    s.m === null ||
    !Array.isArray(s.d) ||
    !s.d.every((d) => isDeal(d, sg.length))
  ) {
    return fail('has an unexpected shape');
  }
  return { ok: true, snapshot: value as PipelineSnapshot };
}

export type ChangeKind =
  | 'NEW'
  | 'SURPRISE'
  | 'WON'
  | 'LOST'
  | 'PUSHED'
  | 'PULLED_IN'
  | 'MOVED_TO_LATER_QUARTER'
  | 'AMOUNT_UP'
  | 'AMOUNT_DOWN'
  | 'STAGE_REGRESSED'
  | 'STAGE_ADVANCED'
  | 'DROPPED';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'NEW',
  'SURPRISE',
  'WON',
  'LOST',
  'PUSHED',
  'PULLED_IN',
  'MOVED_TO_LATER_QUARTER',
  'AMOUNT_UP',
  'AMOUNT_DOWN',
  'STAGE_REGRESSED',
  'STAGE_ADVANCED',
  'DROPPED'
];

export interface DealChange {
  opportunityId: Id;
  name: string;
  kinds: ChangeKind[];
  /** Days the close date moved later (PUSHED) or earlier (PULLED_IN). */
  pushedDays: number | null;
  pulledInDays: number | null;
  amountBefore: number | null;
  amountAfter: number | null;
  /** After − before, when both are known and in the same currency. */
  amountDelta: number | null;
  stageBefore: string | null;
  stageAfter: string | null;
  closeDateBefore: IsoDate | null;
  closeDateAfter: IsoDate | null;
  quarterBefore: string | null;
  quarterAfter: string | null;
}

export interface SnapshotDiff {
  from: IsoDateTime;
  to: IsoDateTime;
  /** false when the two snapshots are in different currencies: amount changes are then not reported. */
  amountsComparable: boolean;
  changes: DealChange[];
  counts: Record<ChangeKind, number>;
}

export interface DiffOptions {
  stages: Map<string, StageInfo>;
  quarters: FiscalQuarters;
  lateStageProbability: number;
}

const isLate = (d: SnapshotDeal, options: DiffOptions): boolean =>
  d.x === 'w' || (d.x === 'o' && d.pr !== null && d.pr >= options.lateStageProbability);

function quarterLabel(day: number | null, options: DiffOptions): string | null {
  return day === null ? null : options.quarters.containing(day).label;
}

/** What changed from `before` to `after` (two snapshots of one rep, `before` older). */
export function diffSnapshots(before: PipelineSnapshot, after: PipelineSnapshot, options: DiffOptions): SnapshotDiff {
  const old = new Map(before.d.map((d) => [d.i, d]));
  const amountsComparable = before.cur === after.cur;
  const changes: DealChange[] = [];
  const rank = (snap: PipelineSnapshot, d: SnapshotDeal): number | undefined => options.stages.get(snap.sg[d.s])?.rank;

  const change = (id: Id, name: string, b: SnapshotDeal | undefined, a: SnapshotDeal | undefined): DealChange => {
    const bDay = b ? dayFromIso(b.c) : null;
    const aDay = a ? dayFromIso(a.c) : null;
    const bAmount = b?.a ?? null;
    const aAmount = a?.a ?? null;
    return {
      opportunityId: id,
      name,
      kinds: [],
      pushedDays: bDay !== null && aDay !== null && aDay > bDay ? aDay - bDay : null,
      pulledInDays: bDay !== null && aDay !== null && aDay < bDay ? bDay - aDay : null,
      amountBefore: bAmount,
      amountAfter: aAmount,
      amountDelta: amountsComparable && bAmount !== null && aAmount !== null ? aAmount - bAmount : null,
      stageBefore: b ? before.sg[b.s] : null,
      stageAfter: a ? after.sg[a.s] : null,
      closeDateBefore: b?.c ?? null,
      closeDateAfter: a?.c ?? null,
      quarterBefore: quarterLabel(bDay, options),
      quarterAfter: quarterLabel(aDay, options)
    };
  };

  for (const a of after.d) {
    const b = old.get(a.i);
    old.delete(a.i);
    const c = change(a.i, a.n, b, a);
    if (!b) {
      if (a.x === 'o') c.kinds.push('NEW');
      if (isLate(a, options)) c.kinds.push('SURPRISE');
      if (a.x === 'w') c.kinds.push('WON');
      if (a.x === 'l') c.kinds.push('LOST');
    } else {
      if (b.x === 'o' && a.x === 'w') c.kinds.push('WON');
      if (b.x === 'o' && a.x === 'l') c.kinds.push('LOST');
      if (c.pushedDays !== null) c.kinds.push('PUSHED');
      if (c.pulledInDays !== null) c.kinds.push('PULLED_IN');
      const bDay = dayFromIso(b.c);
      const aDay = dayFromIso(a.c);
      if (
        bDay !== null &&
        aDay !== null &&
        options.quarters.containing(aDay).startDay > options.quarters.containing(bDay).startDay
      )
        c.kinds.push('MOVED_TO_LATER_QUARTER');
      if (c.amountDelta !== null && c.amountDelta > 0) c.kinds.push('AMOUNT_UP');
      if (c.amountDelta !== null && c.amountDelta < 0) c.kinds.push('AMOUNT_DOWN');
      const rb = rank(before, b);
      const ra = rank(after, a);
      if (a.x === 'o' && b.x === 'o' && rb !== undefined && ra !== undefined) {
        if (ra < rb) c.kinds.push('STAGE_REGRESSED');
        if (ra > rb) c.kinds.push('STAGE_ADVANCED');
      }
    }
    if (c.kinds.length) changes.push(c);
  }
  // Open before and absent now: deleted, reassigned or closed long ago.
  for (const b of old.values()) {
    if (b.x !== 'o') continue;
    const c = change(b.i, b.n, b, undefined);
    c.kinds.push('DROPPED');
    changes.push(c);
  }
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const c of changes) for (const k of c.kinds) counts[k]++;
  return { from: before.t, to: after.t, amountsComparable, changes, counts };
}

export interface Sighting {
  /** Taken-at of the first snapshot that shows the deal. */
  firstSeen: IsoDateTime;
  /** The deal was late-stage (or already won) the first time it was seen. */
  firstSeenLate: boolean;
  /** It was ever in forecast category Commit in a snapshot. */
  everCommit: boolean;
}

/** Per deal, when it was first seen and how, over a rep's snapshots (any order). */
export function sightings(snapshots: readonly PipelineSnapshot[], lateStageProbability: number): Map<Id, Sighting> {
  const sorted = [...snapshots].sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  const seen = new Map<Id, Sighting>();
  for (const snap of sorted) {
    for (const d of snap.d) {
      const s = seen.get(d.i);
      if (!s) {
        const late = d.x === 'w' || (d.x === 'o' && d.pr !== null && d.pr >= lateStageProbability);
        seen.set(d.i, { firstSeen: snap.t, firstSeenLate: late, everCommit: d.f === 'C' });
      } else if (d.f === 'C') s.everCommit = true;
    }
  }
  return seen;
}
