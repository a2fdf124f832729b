/**
 * Deterministic benchmark data: a sales team (or a whole org) with a realistic mix of open, won and lost
 * deals over two years, quotas, accounts, weekly 1:1s with stored snapshots, action items and feedback.
 * A seeded PRNG makes every run build the same data.
 */
import type { Clock, CoachingDataset, ForecastCategory, Id, Opportunity, Session } from 'c/coachingModel';
import { DEFAULT_SETTINGS } from 'c/coachingSettings';
import { buildSessionSnapshot } from 'c/coachingEngine';
import type { SessionSnapshot } from 'c/coachingEngine';

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A string as JSON.parse returns it: one flat sequence of characters. V8 builds a concatenation of 13 or more
 * characters (a template literal) as a rope, and every later read of it (hashing an id, comparing a date) goes
 * through an indirection that records read from the wire never have; the pass would be measured on data
 * shaped unlike any real input.
 */
export const flat = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

export const NOW = '2026-11-24T15:00:00.000Z';
/** The viewer of every engine benchmark. */
export const BENCH_CLOCK: Clock = { now: NOW, timeZone: 'America/New_York', targetCurrency: 'USD' };
const TODAY_DAY = Date.UTC(2026, 10, 24) / 86_400_000;
const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

const OPEN_STAGES: [string, number, ForecastCategory][] = [
  ['Prospecting', 10, 'Pipeline'],
  ['Qualification', 20, 'Pipeline'],
  ['Needs Analysis', 30, 'Pipeline'],
  ['Value Proposition', 50, 'Pipeline'],
  ['Id. Decision Makers', 60, 'Best Case'],
  ['Perception Analysis', 70, 'Best Case'],
  ['Proposal/Price Quote', 75, 'Commit'],
  ['Negotiation/Review', 90, 'Commit']
];

export interface GenerateOptions {
  reps: number;
  opportunities: number;
  seed?: number;
  /** Weekly held 1:1s per rep, each with a snapshot (team benchmark only). */
  weeksOfSessions?: number;
}

/**
 * Opportunities spread evenly over the owners; close dates from two years back to six months ahead. Strings are
 * flat, as JSON.parse makes them (see `flat`). Close-date strings are shared from a pool, as a JSON parser would
 * not share them; only memory differs, not the work.
 */
export function generateOpportunities(count: number, owners: readonly string[], seed: number): Opportunity[] {
  const rnd = random(seed);
  const dayStrings = new Map<number, string>();
  const day = (d: number): string => {
    let s = dayStrings.get(d);
    if (!s) {
      s = iso(d);
      dayStrings.set(d, s);
    }
    return s;
  };
  const opps: Opportunity[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const r = rnd();
    const status = r < 0.4 ? 'open' : r < 0.75 ? 'lost' : 'won';
    const closeDay = status === 'open' ? TODAY_DAY - 20 + Math.floor(rnd() * 200) : TODAY_DAY - Math.floor(rnd() * 730);
    const cycle = 20 + Math.floor(rnd() * 150);
    const stage = OPEN_STAGES[Math.floor(rnd() * OPEN_STAGES.length)];
    const id = flat(`006${String(i).padStart(15, '0')}`);
    opps[i] = {
      id,
      name: `Deal ${i}`,
      accountId: flat(`001${String(Math.floor(rnd() * Math.max(1, count / 5))).padStart(15, '0')}`),
      ownerId: owners[i % owners.length],
      amount: rnd() < 0.02 ? null : Math.round(5_000 + rnd() * 200_000),
      currencyIsoCode: rnd() < 0.2 ? 'EUR' : 'USD',
      stageName: status === 'open' ? stage[0] : status === 'won' ? 'Closed Won' : 'Closed Lost',
      forecastCategory: status === 'open' ? stage[2] : status === 'won' ? 'Closed' : 'Omitted',
      closeDate: day(closeDay),
      createdDate: flat(`${day(closeDay - cycle)}T1${Math.floor(rnd() * 10)}:00:00.000Z`),
      lastStageChangeDate: status === 'open' ? flat(`${day(TODAY_DAY - Math.floor(rnd() * 90))}T12:00:00.000Z`) : null,
      lastActivityDate: rnd() < 0.8 ? day(TODAY_DAY - Math.floor(rnd() * 60)) : null,
      pushCount: Math.floor(rnd() * rnd() * 5),
      isClosed: status !== 'open',
      isWon: status === 'won',
      probability: status === 'open' ? stage[1] : status === 'won' ? 100 : 0,
      hasOverdueTask: rnd() < 0.1,
      nextStep: rnd() < 0.5 ? 'Call back' : null
    };
  }
  return opps;
}

export function generateDataset(options: GenerateOptions): CoachingDataset {
  const seed = options.seed ?? 42;
  const rnd = random(seed + 1);
  const reps = Array.from({ length: options.reps }, (_, i) => flat(`005R${String(i).padStart(14, '0')}`));
  const opportunities = generateOpportunities(options.opportunities, reps, seed);
  const sessions: Session[] = [];
  for (const [r, repId] of reps.entries()) {
    for (let w = 1; w <= (options.weeksOfSessions ?? 0); w++) {
      const at = new Date((TODAY_DAY - 7 * w) * 86_400_000 + 14 * 3_600_000).toISOString();
      sessions.push({
        id: `a01${r}x${w}`,
        cadenceId: `a00${r}`,
        managerId: 'mgr',
        repId,
        scheduledStart: at,
        actualStart: at,
        status: 'Held',
        notes: null,
        sectionsReviewed: ['Action_Items', 'Pipeline_Risk', 'Forecast'],
        commitCurrentQuarter: Math.round(rnd() * 1_000_000),
        bestCaseCurrentQuarter: Math.round(1_000_000 + rnd() * 500_000),
        commitNextQuarter: null,
        bestCaseNextQuarter: null,
        forecastPeriodStart: null,
        forecastPeriodEnd: null,
        currencyIsoCode: 'USD',
        snapshotJson: null,
        snapshotVersion: null,
        agendaOpenedAt: at,
        healthScore: null,
        coverageCurrentQuarter: null,
        mainGap: null
      });
    }
  }
  return {
    users: [
      {
        id: 'mgr',
        name: 'Manager',
        managerId: null,
        isActive: true,
        title: null,
        userRoleId: null,
        timeZoneSidKey: 'America/New_York',
        defaultCurrencyIsoCode: 'USD'
      },
      ...reps.map((id, i) => ({
        id,
        name: `Rep ${i}`,
        managerId: 'mgr',
        isActive: true,
        title: null,
        userRoleId: null,
        timeZoneSidKey: 'America/New_York',
        defaultCurrencyIsoCode: 'USD'
      }))
    ],
    accounts: [],
    opportunities,
    cadences: reps.map((repId, r) => ({
      id: `a00${r}`,
      managerId: 'mgr',
      repId,
      dayOfWeek: 'Tuesday' as const,
      localStartTime: '09:00',
      durationMinutes: 60,
      timeZone: 'America/New_York',
      active: true,
      createdDate: '2025-01-01T00:00:00.000Z'
    })),
    sessions,
    actionItems: [],
    reviews: [],
    feedback: [],
    quotas: reps.flatMap((userId) => [
      {
        id: `q1${userId}`,
        userId,
        periodStart: '2026-11-01',
        periodEnd: '2027-01-31',
        amount: 1_000_000,
        currencyIsoCode: 'USD'
      },
      {
        id: `q2${userId}`,
        userId,
        periodStart: '2027-02-01',
        periodEnd: '2027-04-30',
        amount: 1_000_000,
        currencyIsoCode: 'USD'
      }
    ]),
    fiscal: { startMonth: 2, nameByStartYear: false, customQuarters: [] },
    currency: {
      corporateCurrency: 'USD',
      multiCurrency: true,
      rates: [{ isoCode: 'EUR', conversionRate: 0.92, startDate: null, nextStartDate: null }]
    },
    settings: { ...DEFAULT_SETTINGS }
  };
}

/** The team workload of `bench/run.ts` and `bench/profile.ts`, so both measure the same data. */
export interface BenchTeam {
  ds: CoachingDataset;
  /** The manager's 10 reps. */
  reps: Id[];
  /** The snapshot each rep's held 1:1s store. */
  snapshots: Map<Id, SessionSnapshot>;
}

/**
 * 10 reps, 5,000 opportunities and 26 weekly held 1:1s per rep, each 1:1 storing the snapshot the engine takes of
 * its rep on 1 September 2026: a view has real snapshots to parse and diff.
 */
export function generateTeamWithSnapshots(): BenchTeam {
  const ds = generateDataset({ reps: 10, opportunities: 5_000, weeksOfSessions: 26 });
  const reps = ds.users.filter((u) => u.managerId === 'mgr').map((u) => u.id);
  const taken = { ...BENCH_CLOCK, now: '2026-09-01T15:00:00.000Z' };
  const snapshots = new Map(reps.map((id) => [id, buildSessionSnapshot(ds, id, taken)]));
  for (const s of ds.sessions) {
    const snap = snapshots.get(s.repId);
    if (snap) s.snapshotJson = snap.snapshotJson;
  }
  return { ds, reps, snapshots };
}

/** The org-wide workload: `count` opportunities spread over 2,000 owners, and no other records. */
export function generateOrgDataset(count: number): CoachingDataset {
  const owners = Array.from({ length: 2_000 }, (_, i) => flat(`005O${String(i).padStart(14, '0')}`));
  return { ...generateDataset({ reps: 0, opportunities: 0 }), opportunities: generateOpportunities(count, owners, 7) };
}
