/**
 * `npm run bench:oversight`: what the leader's oversight screen computes after its queries return, at org scale
 * (not a test; nothing here passes or fails). A generated org: 10,000 active users, of whom a sales line of
 * 1 VP → 5 directors → 50 managers → 400 reps, each pair with a weekly cadence and five fiscal quarters of 1:1s,
 * action items, survey answers and closed-won sums, plus 10,000 deal reviews. Measured, each as the median of
 * repeated runs and as a ratio to a baseline pass over the same 1:1 records in the same run (machine speed cancels):
 * - the hierarchy walk over every user (c/oversightScope)
 * - mapping the 1:1 nodes as GraphQL returns them into engine records (c/coachingRecords)
 * - the engine's figures for every manager: the window plus four trend quarters (c/oversightReport), and the same
 *   periods run on every record instead of each period's slice
 * - one manager's drill-down, rep by rep
 * - the loss Pareto, trend and teams over the reviews (c/lossPatterns)
 * Results go to bench-results/oversight.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type {
  ActionItem,
  AgendaSectionKey,
  Cadence,
  Clock,
  CoachingDataset,
  Feedback,
  Opportunity,
  Session,
  User
} from 'c/coachingModel';
import { AGENDA_SECTION_KEYS } from 'c/coachingModel';
import { DEFAULT_SETTINGS, buildOversight } from 'c/coachingEngine';
import { flattenUiApiNode, toSession } from 'c/coachingRecords';
import { managersInScope, type Person } from 'c/oversightScope';
import { buildOversightReport, repBreakdown } from 'c/oversightReport';
import { lossPareto, lossTrend, lossesByTeam, type LossReview } from 'c/lossPatterns';

const CLOCK: Clock = { now: '2026-11-24T15:00:00.000Z', timeZone: 'America/New_York', targetCurrency: 'USD' };
const WEEK = 7 * 86_400_000;
/** FY2026 Q4 … FY2027 Q4 (February fiscal year): the five quarters the screen loads. */
const QUARTERS = [
  { key: 'q0', label: 'FY2026 Q4', start: '2025-11-01', end: '2026-01-31' },
  { key: 'q1', label: 'FY2027 Q1', start: '2026-02-01', end: '2026-04-30' },
  { key: 'q2', label: 'FY2027 Q2', start: '2026-05-01', end: '2026-07-31' },
  { key: 'q3', label: 'FY2027 Q3', start: '2026-08-01', end: '2026-10-31' },
  { key: 'q4', label: 'FY2027 Q4', start: '2026-11-01', end: '2026-11-24' }
];

/** A small deterministic generator (mulberry32), so every run measures the same org. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate() {
  const rnd = random(7);
  const people: Person[] = [];
  const users: User[] = [];
  const user = (id: string, managerId: string | null) => {
    people.push({ id, name: id, managerId, managerName: null, title: null });
    users.push({
      id,
      name: id,
      managerId,
      isActive: true,
      title: null,
      userRoleId: null,
      timeZoneSidKey: null,
      defaultCurrencyIsoCode: null
    });
  };
  user('vp', null);
  const managers: string[] = [];
  const reps: { id: string; managerId: string }[] = [];
  for (let d = 0; d < 5; d++) {
    user(`dir${d}`, 'vp');
    for (let m = 0; m < 10; m++) {
      const managerId = `mgr${d}_${m}`;
      user(managerId, `dir${d}`);
      managers.push(managerId);
      for (let r = 0; r < 8; r++) {
        const id = `rep${d}_${m}_${r}`;
        user(id, managerId);
        reps.push({ id, managerId });
      }
    }
  }
  // The rest of the company: 9,544 people in their own hierarchy, 20 to a manager.
  for (let i = 0; people.length < 10_000; i++) user(`staff${i}`, i < 20 ? null : `staff${Math.floor(i / 20) - 1}`);

  const cadences: Cadence[] = [];
  const sessions: Session[] = [];
  const items: ActionItem[] = [];
  const feedback: Feedback[] = [];
  const won: Opportunity[] = [];
  const firstFriday = Date.parse('2025-10-31T14:00:00.000Z');
  for (const { id: repId, managerId } of reps) {
    const cadenceId = `cad-${repId}`;
    cadences.push({
      id: cadenceId,
      managerId,
      repId,
      dayOfWeek: 'Friday',
      localStartTime: '09:00',
      durationMinutes: 60,
      timeZone: 'America/New_York',
      active: true,
      createdDate: '2025-10-01T00:00:00.000Z'
    });
    for (let w = 0; w < 56; w++) {
      const at = new Date(firstFriday + w * WEEK + Math.floor(rnd() * 3) * 3_600_000).toISOString();
      const status = rnd() < 0.85 ? 'Held' : rnd() < 0.5 ? 'Skipped' : 'Rescheduled';
      const sectionsReviewed: AgendaSectionKey[] = AGENDA_SECTION_KEYS.filter(() => rnd() < 0.8);
      const id = `ses-${repId}-${w}`;
      const quarter = QUARTERS.find((q) => at.slice(0, 10) >= q.start && at.slice(0, 10) <= q.end) ?? QUARTERS[4];
      sessions.push({
        id,
        cadenceId,
        managerId,
        repId,
        scheduledStart: at,
        actualStart: status === 'Held' ? at : null,
        status,
        notes: null,
        sectionsReviewed,
        commitCurrentQuarter: status === 'Held' ? Math.round(200_000 + rnd() * 300_000) : null,
        bestCaseCurrentQuarter: null,
        commitNextQuarter: null,
        bestCaseNextQuarter: null,
        forecastPeriodStart: quarter.start,
        forecastPeriodEnd: quarter.end,
        currencyIsoCode: null,
        snapshotJson: null,
        snapshotVersion: null,
        agendaOpenedAt: rnd() < 0.7 ? new Date(Date.parse(at) - 3_600_000).toISOString() : null,
        healthScore: null,
        coverageCurrentQuarter: null,
        mainGap: null
      });
      if (status !== 'Held') continue;
      for (let k = 0; k < 2; k++)
        if (rnd() < 0.75) {
          const due = new Date(Date.parse(at) + 7 * 86_400_000).toISOString().slice(0, 10);
          items.push({
            id: `ai-${id}-${k}`,
            subject: 'Follow up',
            sessionId: id,
            managerId,
            repId,
            assigneeId: repId,
            dueDate: due,
            status: rnd() < 0.7 ? 'Done' : 'Open',
            completedDate: null,
            opportunityId: null,
            accountId: null,
            createdDate: at,
            baselineStageName: null,
            baselineCloseDate: null,
            baselineAmount: null,
            baselineActivityDate: null
          });
        }
      if (rnd() < 0.6)
        feedback.push({
          id: `fb-${id}`,
          sessionId: id,
          repId,
          managerId,
          preparation: 1 + Math.floor(rnd() * 5),
          pipelineInsight: 1 + Math.floor(rnd() * 5),
          skillDevelopment: 1 + Math.floor(rnd() * 5),
          actionClarity: 1 + Math.floor(rnd() * 5),
          repAgenda: 1 + Math.floor(rnd() * 5),
          overallValue: Math.floor(rnd() * 11),
          improvement: null,
          createdDate: at
        });
    }
    for (const q of QUARTERS.slice(0, 4))
      won.push({
        id: `won:${repId}:${q.start}`,
        name: '',
        accountId: null,
        ownerId: repId,
        amount: Math.round(150_000 + rnd() * 400_000),
        currencyIsoCode: 'USD',
        stageName: 'Closed Won',
        forecastCategory: 'Closed',
        closeDate: q.start,
        createdDate: `${q.start}T00:00:00.000Z`,
        lastStageChangeDate: null,
        lastActivityDate: null,
        pushCount: null,
        isClosed: true,
        isWon: true,
        probability: 100,
        hasOverdueTask: false,
        nextStep: null
      });
  }
  const causes = ['Price', 'Competitor', 'Timing', 'Budget', 'No_Decision', 'Went_Dark', 'Other'];
  const reviews: LossReview[] = Array.from({ length: 10_000 }, (_, i) => {
    const rep = reps[i % reps.length];
    const day = new Date(Date.parse('2025-11-01') + Math.floor(rnd() * 388) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `dr${i}`,
      opportunityId: `o${i}`,
      opportunityName: `Deal ${i}`,
      reviewType: rnd() < 0.8 ? 'Lost' : 'Disengaged',
      rootCause: causes[Math.floor(rnd() ** 2 * causes.length)],
      rootCauseLabel: null,
      notes: null,
      eventDate: day,
      amount: Math.round(rnd() * 200_000),
      ownerId: rep.id,
      ownerName: rep.id,
      managerId: rep.managerId,
      managerName: rep.managerId
    };
  });
  // As the screen builds it: the managers in scope and their direct reports (c/oversightQueries.oversightDataset).
  const inScope = new Set(managers);
  const dataset: CoachingDataset = {
    users: users.filter((u) => inScope.has(u.id) || (u.managerId !== null && inScope.has(u.managerId))),
    accounts: [],
    opportunities: won,
    cadences,
    sessions,
    actionItems: items,
    reviews: [],
    feedback,
    quotas: [],
    fiscal: { startMonth: 2, nameByStartYear: false, customQuarters: [] },
    currency: { corporateCurrency: 'USD', rates: [], multiCurrency: false },
    settings: { ...DEFAULT_SETTINGS }
  };
  return { people, managers, reps, dataset, reviews };
}

/** A 1:1 as the UI API GraphQL returns it, for the mapping measurement. */
function asNode(s: Session): Record<string, unknown> {
  const v = (value: unknown) => ({ value });
  return {
    Id: s.id,
    Cadence__c: v(s.cadenceId),
    Manager__c: v(s.managerId),
    Rep__c: v(s.repId),
    Scheduled_Start__c: v(s.scheduledStart),
    Actual_Start__c: v(s.actualStart),
    Status__c: v(s.status),
    Sections_Reviewed__c: v(s.sectionsReviewed.join(';')),
    Agenda_Opened_At__c: v(s.agendaOpenedAt),
    Commit_Current_Quarter__c: v(s.commitCurrentQuarter),
    Forecast_Period_Start__c: v(s.forecastPeriodStart),
    Forecast_Period_End__c: v(s.forecastPeriodEnd)
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function measure(fn: () => unknown, runs: number, warmup = 1): number {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = fn();
    times.push(performance.now() - start);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return median(times);
}

function main(): void {
  const { people, managers, reps, dataset, reviews } = generate();
  const nodes = dataset.sessions.map(asNode);
  const window = { key: 'LAST_QUARTER', label: 'FY2027 Q3', start: QUARTERS[3].start, end: QUARTERS[3].end };
  const trend = QUARTERS.slice(1);
  const manager = managers[0];
  const team = reps.filter((r) => r.managerId === manager).map((r) => r.id);

  // The baseline: one pass over the 1:1 records that adds up a number from each.
  const baseline = measure(() => {
    let sum = 0;
    for (let i = 0; i < dataset.sessions.length; i++) sum += dataset.sessions[i].commitCurrentQuarter ?? 0;
    return sum;
  }, 50);
  const rows: [string, number][] = [
    ['hierarchy walk, 10,000 users', measure(() => managersInScope(people, 'vp', 'mine'), 20)],
    [`mapping ${nodes.length} 1:1 nodes`, measure(() => nodes.map((n) => toSession(flattenUiApiNode(n))), 10)],
    [
      `engine: ${managers.length} managers, window + ${trend.length} trend quarters`,
      measure(() => buildOversightReport(dataset, managers, window, trend, CLOCK), 5)
    ],
    [
      'the same, each period on every record (no slices)',
      measure(() => {
        for (const p of [window, ...trend.filter((t) => t.start !== window.start)])
          buildOversight(dataset, managers, { start: p.start, end: p.end }, CLOCK);
      }, 5)
    ],
    [`drill-down: ${team.length} reps`, measure(() => repBreakdown(dataset, manager, team, window, CLOCK), 10)],
    [
      `loss patterns: ${reviews.length} reviews`,
      measure(() => {
        lossPareto(reviews, 'amount');
        lossTrend(reviews, QUARTERS);
        lossesByTeam(reviews);
      }, 20)
    ]
  ];
  const sizes = {
    users: people.length,
    managers: managers.length,
    reps: reps.length,
    sessions: dataset.sessions.length,
    actionItems: dataset.actionItems.length,
    answers: dataset.feedback.length,
    reviews: reviews.length
  };
  console.log(`oversight at org scale: ${JSON.stringify(sizes)}`);
  console.log(`  baseline (one pass over the 1:1s): ${baseline.toFixed(3)} ms`);
  for (const [name, ms] of rows)
    console.log(`  ${name.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / baseline).toFixed(0)}× baseline`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/oversight.json',
    `${JSON.stringify(
      {
        machine: { node: process.version, cpus: cpus().length },
        sizes,
        baselineMs: baseline,
        results: rows.map(([name, ms]) => ({ name, medianMs: ms, ratioToBaseline: ms / baseline }))
      },
      null,
      2
    )}\n`
  );
}

main();
