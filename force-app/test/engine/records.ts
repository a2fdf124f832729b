/** Record builders for the engine tests: complete typed records with neutral defaults, overridden per test. */
import type {
  Account,
  ActionItem,
  Cadence,
  Clock,
  CoachingDataset,
  DealReview,
  Feedback,
  Opportunity,
  Quota,
  Session,
  User
} from 'c/coachingModel';
import { DEFAULT_SETTINGS } from 'c/coachingSettings';

let sequence = 0;
const nextId = (prefix: string): string => `${prefix}${String(++sequence).padStart(15, '0')}`;

export function opportunity(o: Partial<Opportunity> = {}): Opportunity {
  return {
    id: nextId('006'),
    name: 'Deal',
    accountId: null,
    ownerId: 'rep1',
    amount: 100_000,
    currencyIsoCode: null,
    stageName: 'Qualification',
    forecastCategory: 'Pipeline',
    closeDate: '2026-12-15',
    createdDate: '2026-09-01T12:00:00.000Z',
    lastStageChangeDate: null,
    lastActivityDate: null,
    pushCount: 0,
    isClosed: false,
    isWon: false,
    probability: 20,
    hasOverdueTask: false,
    nextStep: null,
    ...o
  };
}

export const won = (o: Partial<Opportunity> = {}): Opportunity =>
  opportunity({
    stageName: 'Closed Won',
    forecastCategory: 'Closed',
    isClosed: true,
    isWon: true,
    probability: 100,
    ...o
  });

export const lost = (o: Partial<Opportunity> = {}): Opportunity =>
  opportunity({
    stageName: 'Closed Lost',
    forecastCategory: 'Omitted',
    isClosed: true,
    isWon: false,
    probability: 0,
    ...o
  });

export function user(o: Partial<User> = {}): User {
  return {
    id: nextId('005'),
    name: 'User',
    managerId: null,
    isActive: true,
    title: null,
    userRoleId: null,
    timeZoneSidKey: 'America/New_York',
    defaultCurrencyIsoCode: 'USD',
    ...o
  };
}

export function account(o: Partial<Account> = {}): Account {
  return { id: nextId('001'), name: 'Account', ownerId: 'rep1', lastActivityDate: null, ...o };
}

export function quota(o: Partial<Quota> = {}): Quota {
  return {
    id: nextId('a04'),
    userId: 'rep1',
    periodStart: '2026-11-01',
    periodEnd: '2027-01-31',
    amount: 1_000_000,
    currencyIsoCode: null,
    ...o
  };
}

export function cadence(o: Partial<Cadence> = {}): Cadence {
  return {
    id: nextId('a00'),
    managerId: 'mgr',
    repId: 'rep1',
    dayOfWeek: 'Friday',
    localStartTime: '09:00',
    durationMinutes: 60,
    timeZone: 'America/New_York',
    active: true,
    createdDate: null,
    ...o
  };
}

export function session(o: Partial<Session> = {}): Session {
  return {
    id: nextId('a01'),
    cadenceId: null,
    managerId: 'mgr',
    repId: 'rep1',
    scheduledStart: '2026-11-20T14:00:00.000Z',
    actualStart: null,
    status: 'Planned',
    notes: null,
    sectionsReviewed: [],
    commitCurrentQuarter: null,
    bestCaseCurrentQuarter: null,
    commitNextQuarter: null,
    bestCaseNextQuarter: null,
    forecastPeriodStart: null,
    forecastPeriodEnd: null,
    currencyIsoCode: null,
    snapshotJson: null,
    snapshotVersion: null,
    agendaOpenedAt: null,
    healthScore: null,
    coverageCurrentQuarter: null,
    mainGap: null,
    ...o
  };
}

export function actionItem(o: Partial<ActionItem> = {}): ActionItem {
  return {
    id: nextId('a02'),
    subject: 'Follow up',
    sessionId: null,
    managerId: 'mgr',
    repId: 'rep1',
    assigneeId: 'rep1',
    dueDate: '2026-11-30',
    status: 'Open',
    completedDate: null,
    opportunityId: null,
    accountId: null,
    createdDate: '2026-11-13T15:00:00.000Z',
    baselineStageName: null,
    baselineCloseDate: null,
    baselineAmount: null,
    baselineActivityDate: null,
    ...o
  };
}

export function review(o: Partial<DealReview> = {}): DealReview {
  return {
    id: nextId('a03'),
    opportunityId: 'x',
    reviewType: 'Lost',
    rootCause: 'Price',
    notes: null,
    reviewedById: null,
    reviewedOn: null,
    ...o
  };
}

export function feedback(o: Partial<Feedback> = {}): Feedback {
  return {
    id: nextId('a05'),
    sessionId: 'x',
    repId: 'rep1',
    managerId: 'mgr',
    preparation: 4,
    pipelineInsight: 4,
    skillDevelopment: 4,
    actionClarity: 4,
    repAgenda: 4,
    overallValue: 8,
    improvement: null,
    createdDate: '2026-11-20T16:00:00.000Z',
    ...o
  };
}

/** A fiscal year starting in February, named after the year it ends in (FY2027 = Feb 2026 – Jan 2027). */
export const FEBRUARY_FISCAL = { startMonth: 2, nameByStartYear: false, customQuarters: [] };

export function dataset(o: Partial<CoachingDataset> = {}): CoachingDataset {
  return {
    users: [],
    accounts: [],
    opportunities: [],
    cadences: [],
    sessions: [],
    actionItems: [],
    reviews: [],
    feedback: [],
    quotas: [],
    fiscal: FEBRUARY_FISCAL,
    currency: { corporateCurrency: 'USD', rates: [], multiCurrency: false },
    settings: { ...DEFAULT_SETTINGS },
    ...o
  };
}

/** Tuesday 24 November 2026, 10:00 in New York: today is 2026-11-24, in FY2027 Q4 (Nov 2026 – Jan 2027). */
export const CLOCK: Clock = { now: '2026-11-24T15:00:00.000Z', timeZone: 'America/New_York', targetCurrency: 'USD' };

/** Every number anywhere in a value, with its path, for "no NaN, no Infinity" checks. */
export function nonFiniteNumbers(value: unknown, path = '$', out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    for (const [k, v] of entries) nonFiniteNumbers(v, `${path}.${String(k)}`, out, seen);
  }
  return out;
}
