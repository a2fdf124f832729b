/**
 * The weekly 1:1 agenda for one rep at one point in time: the seven sections of PRODUCT.md in the admin's
 * order (disabled ones left out), each with items ordered by importance. Every item names the records it is
 * about, so components can link to them, and carries 1–3 questions that fit its facts.
 */
import type { ActionItem, AgendaSectionKey, DealReview, Id, IsoDate, Opportunity } from 'c/coachingModel';
import { dayFromIso, isoFromDay } from 'c/calendarDate';
import type { ResolvedSettings } from 'c/coachingSettings';
import type { AccountPriorities } from 'c/accountPriority';
import type { DealHealth } from 'c/dealHealth';
import type { Diagnosis, EvidenceUnit } from 'c/repDiagnosis';
import type { RepForecastView } from 'c/forecastAccuracy';
import type { SnapshotDiff } from 'c/pipelineSnapshot';
import type { QuarterMetrics, RepMetrics } from 'c/pipelineMetrics';
import { ratio } from 'c/numberStats';

export type FactUnit = EvidenceUnit | 'date' | 'text';
export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFO';

export interface Fact {
  label: string;
  value: number | string | null;
  unit: FactUnit;
}

export interface AgendaItem {
  id: string;
  section: AgendaSectionKey;
  /** 0–100: the order within the section. */
  importance: number;
  severity: Severity;
  title: string;
  facts: Fact[];
  recordIds: Id[];
  questions: string[];
}

export interface AgendaSection {
  key: AgendaSectionKey;
  label: string;
  items: AgendaItem[];
  /** Shown when there are no items. */
  emptyMessage: string;
}

export interface Agenda {
  repId: Id;
  generatedAt: string;
  /** The last held 1:1 (local date); "since the last 1:1" starts here. */
  since: IsoDate | null;
  sections: AgendaSection[];
}

export interface AgendaInput {
  repId: Id;
  generatedAt: string;
  today: number;
  settings: ResolvedSettings;
  metrics: RepMetrics;
  /** Health of the rep's open deals. */
  deals: readonly DealHealth[];
  /** The rep's opportunities, all statuses. */
  opportunities: readonly Opportunity[];
  opportunitiesById: Map<Id, Opportunity>;
  accountActivityDay: (accountId: Id) => number | null;
  actionItems: readonly ActionItem[];
  reviewsByOpportunity: Map<Id, DealReview[]>;
  /** Local day of the last held 1:1, null when there was none. */
  lastHeldDay: number | null;
  /** Changes since the last snapshot, when there is one. */
  diff: SnapshotDiff | null;
  accounts: AccountPriorities;
  diagnosis: Diagnosis;
  /** The rep's forecast: scored past quarters and this quarter's calls week over week. */
  forecast: RepForecastView;
  amountOf: (opp: Opportunity) => number | null;
}

function severityOf(importance: number): Severity {
  return importance >= 75 ? 'HIGH' : importance >= 50 ? 'MEDIUM' : importance >= 25 ? 'LOW' : 'INFO';
}

function item(
  section: AgendaSectionKey,
  id: string,
  importance: number,
  title: string,
  facts: Fact[],
  recordIds: Id[],
  questions: string[]
): AgendaItem {
  const bounded = Math.max(0, Math.min(100, Math.round(importance)));
  return {
    id: `${section}:${id}`,
    section,
    importance: bounded,
    severity: severityOf(bounded),
    title,
    facts,
    recordIds,
    questions: questions.slice(0, 3)
  };
}

const OPEN_ITEM = new Set(['Open', 'In Progress']);

/** 1. Open action items, carried over until done, with the CRM progress of the linked record since agreed. */
function actionItemSection(input: AgendaInput): AgendaItem[] {
  return input.actionItems
    .filter((a) => OPEN_ITEM.has(a.status) && (a.repId === input.repId || a.assigneeId === input.repId))
    .map((a) => {
      const due = dayFromIso(a.dueDate);
      const overdueDays = due !== null && due < input.today ? input.today - due : 0;
      const facts: Fact[] = [
        { label: 'Due', value: a.dueDate, unit: 'date' },
        { label: 'Days overdue', value: overdueDays, unit: 'days' }
      ];
      const recordIds: Id[] = [a.id];
      const progress: string[] = [];
      let linkedWithoutProgress = false;
      if (a.opportunityId) {
        recordIds.push(a.opportunityId);
        const opp = input.opportunitiesById.get(a.opportunityId);
        if (!opp) facts.push({ label: 'Linked deal', value: 'not visible', unit: 'text' });
        else {
          if (a.baselineStageName && opp.stageName !== a.baselineStageName)
            progress.push(`stage ${a.baselineStageName} → ${opp.stageName}`);
          if (a.baselineCloseDate && opp.closeDate !== a.baselineCloseDate)
            progress.push(`close date ${a.baselineCloseDate} → ${opp.closeDate ?? 'none'}`);
          if (a.baselineAmount !== null && opp.amount !== null && opp.amount !== a.baselineAmount)
            progress.push(`amount ${a.baselineAmount} → ${opp.amount}`);
          const since = dayFromIso(a.baselineActivityDate) ?? dayFromIso(a.createdDate);
          const activity = dayFromIso(opp.lastActivityDate);
          if (activity !== null && since !== null && activity > since)
            progress.push(`activity on ${opp.lastActivityDate}`);
          linkedWithoutProgress = progress.length === 0;
        }
      }
      if (a.accountId) {
        recordIds.push(a.accountId);
        const activity = input.accountActivityDay(a.accountId);
        const agreed = dayFromIso(a.createdDate);
        if (activity !== null && agreed !== null && activity > agreed)
          progress.push(`account activity on ${isoFromDay(activity)}`);
        else if (!a.opportunityId) linkedWithoutProgress = true;
      }
      facts.push({
        label: 'CRM change since agreed',
        value: progress.length ? progress.join('; ') : 'none',
        unit: 'text'
      });
      const questions: string[] = [];
      if (overdueDays > 0) questions.push('What stopped this item, and what is the new date you commit to?');
      if (linkedWithoutProgress) questions.push('The CRM shows no change since we agreed this: what is the next step?');
      if (questions.length === 0) questions.push('What is left to finish this item?');
      const importance = overdueDays > 0 ? 75 + Math.min(20, overdueDays) : linkedWithoutProgress ? 55 : 35;
      return item('Action_Items', a.id, importance, a.subject, facts, recordIds, questions);
    });
}

/** The review of a deal that documents its root cause for this kind of review (a blank cause documents nothing). */
export function documentedReview(
  reviews: readonly DealReview[] | undefined,
  type: 'Lost' | 'Disengaged'
): DealReview | undefined {
  return (reviews ?? []).find((r) => r && r.reviewType === type && (r.rootCause ?? '').trim() !== '');
}

/**
 * 2. Lost and disengaged deals. A lost deal is listed when it was lost since the last 1:1, and it stays on the
 * agenda while its root cause is missing, for up to `lostReviewWindowDays` after it closed. Open deals gone
 * quiet are listed while they are disengaged. Missing root causes come first, then bigger and newer losses.
 */
function lostDisengagedSection(input: AgendaInput, since: number): AgendaItem[] {
  const items: AgendaItem[] = [];
  const documented = (oppId: Id, type: 'Lost' | 'Disengaged'): DealReview | undefined =>
    documentedReview(input.reviewsByOpportunity.get(oppId), type);
  const add = (opp: Opportunity, type: 'Lost' | 'Disengaged', extra: Fact[], sinceLastOneOnOne: boolean): void => {
    const review = documented(opp.id, type);
    const amount = input.amountOf(opp);
    // Bigger deals first: up to 20 points for a deal four times the average win.
    const size = Math.min(20, (ratio(amount ?? 0, input.metrics.trailing.averageWonAmount) ?? 0) * 5);
    items.push(
      item(
        'Lost_Disengaged',
        opp.id,
        (review ? 30 : sinceLastOneOnOne ? 70 : 60) + size,
        `${type === 'Lost' ? 'Lost' : 'Disengaged'}: ${opp.name}`,
        [
          { label: 'Amount', value: amount, unit: 'money' },
          ...extra,
          { label: 'Root cause', value: review ? review.rootCause : 'missing', unit: 'text' }
        ],
        [opp.id],
        review
          ? ['What will you do differently on the next deal like this?']
          : [
              type === 'Lost'
                ? 'Why did we lose, in the buyer’s words?'
                : 'Is this deal still alive? What would revive it?',
              'Which root cause fits, and what is the evidence?'
            ]
      )
    );
  };
  const reviewFrom = input.today - input.settings.lostReviewWindowDays;
  for (const opp of input.opportunities) {
    if (!opp.isClosed || opp.isWon) continue;
    const close = dayFromIso(opp.closeDate);
    if (close === null) continue;
    const recent = close >= since;
    if (!recent && !(close >= reviewFrom && !documented(opp.id, 'Lost'))) continue;
    add(
      opp,
      'Lost',
      [
        { label: 'Closed', value: opp.closeDate, unit: 'date' },
        { label: 'Days since lost', value: Math.max(0, input.today - close), unit: 'days' }
      ],
      recent
    );
  }
  for (const d of input.deals) {
    if (!d.isDisengaged) continue;
    const opp = input.opportunitiesById.get(d.opportunityId);
    if (opp)
      add(opp, 'Disengaged', [{ label: 'Days without activity', value: d.daysSinceActivity, unit: 'days' }], true);
  }
  return items;
}

/** 3. Active deals with velocity or on-time-closing signals, plus the pipeline fill rate. */
function opportunityReviewSection(input: AgendaInput): AgendaItem[] {
  const moved = new Map(
    (input.diff?.changes ?? [])
      .filter((c) => c.kinds.includes('MOVED_TO_LATER_QUARTER') || c.kinds.includes('PUSHED'))
      .map((c) => [c.opportunityId, c])
  );
  const items: AgendaItem[] = [];
  const c = input.metrics.creation;
  items.push(
    item(
      'Opportunity_Review',
      'pipeline-fill',
      c.ratio === null ? 20 : c.ratio < 1 ? 60 + (1 - c.ratio) * 30 : 20,
      'Pipeline fill: new pipeline per week against the rate needed',
      [
        { label: `Created per week (last ${c.weeks} weeks)`, value: c.perWeek, unit: 'money' },
        { label: 'Needed per week', value: c.neededPerWeek, unit: 'money' },
        { label: 'Created vs needed', value: c.ratio, unit: 'percent' },
        { label: 'Deals created', value: c.count, unit: 'count' }
      ],
      [],
      c.ratio !== null && c.ratio < 1
        ? [
            'Where will next quarter’s pipeline come from?',
            'Which prospecting activity will you block time for this week?'
          ]
        : ['Which new deals are worth qualifying out early?']
    )
  );
  for (const d of input.deals) {
    const change = moved.get(d.opportunityId);
    const signals = d.factors.filter(
      (f) =>
        f.code === 'STALE_IN_STAGE' ||
        f.code === 'CLOSE_DATE_PAST' ||
        f.code === 'PUSHED' ||
        f.code === 'EXIT_CRITERIA_UNMET'
    );
    if (signals.length === 0 && !change) continue;
    const facts: Fact[] = [
      { label: 'Stage', value: d.stageName, unit: 'text' },
      { label: 'Days in stage', value: d.daysInStage, unit: 'days' },
      {
        label: 'Stage threshold (days)',
        value: d.threshold.days === null ? null : Math.round(d.threshold.days),
        unit: 'days'
      },
      { label: 'Close date', value: d.closeDate, unit: 'date' },
      { label: 'Pushes', value: d.pushCount, unit: 'count' },
      { label: 'Amount', value: d.amount, unit: 'money' }
    ];
    if (change?.pushedDays)
      facts.push({ label: 'Pushed since last 1:1 (days)', value: change.pushedDays, unit: 'days' });
    if (change?.kinds.includes('MOVED_TO_LATER_QUARTER'))
      facts.push({
        label: 'Moved to quarter',
        value: `${change.quarterBefore} → ${change.quarterAfter}`,
        unit: 'text'
      });
    for (const ec of d.exitCriteria)
      if (ec.met === false) facts.push({ label: 'Exit criterion not met', value: ec.criterion, unit: 'text' });
    const questions = [...d.questions];
    const openQuestion = d.exitCriteria.find((ec) => ec.met === null);
    if (openQuestion && questions.length < 3) questions.push(`How do we know that "${openQuestion.criterion}"?`);
    items.push(
      item(
        'Opportunity_Review',
        d.opportunityId,
        100 - d.score + (change ? 10 : 0),
        d.name,
        facts,
        [d.opportunityId],
        questions
      )
    );
  }
  return items;
}

function quarterFacts(q: QuarterMetrics, required: number): Fact[] {
  return [
    { label: 'Quota', value: q.quota, unit: 'money' },
    { label: 'Closed won', value: q.closedWon, unit: 'money' },
    { label: 'Commit', value: q.commit, unit: 'money' },
    { label: 'Best case', value: q.bestCase, unit: 'money' },
    { label: 'Open pipeline', value: q.openPipeline, unit: 'money' },
    { label: 'Gap to quota', value: q.gap, unit: 'money' },
    { label: 'Coverage', value: q.coverage, unit: 'ratio' },
    { label: 'Required coverage', value: required, unit: 'ratio' }
  ];
}

/** 4. Current and next quarter against quota, and the risky deals that carry the number. */
function pipelineRiskSection(input: AgendaInput): AgendaItem[] {
  const m = input.metrics;
  const quarterItem = (q: QuarterMetrics, which: string): AgendaItem => {
    const importance =
      q.coverageNote === 'QUOTA_MET'
        ? 15
        : q.coverageRatio === null
          ? 40
          : q.coverageRatio < 1
            ? 60 + (1 - q.coverageRatio) * 40
            : 30;
    return item(
      'Pipeline_Risk',
      which,
      importance,
      `${q.quarter.label}: ${q.coverageNote === 'QUOTA_MET' ? 'quota met' : q.coverage === null ? 'coverage unknown' : `coverage ${q.coverage.toFixed(1)}× of ${m.requiredCoverage.toFixed(1)}× needed`}`,
      quarterFacts(q, m.requiredCoverage),
      [],
      q.coverageRatio !== null && q.coverageRatio < 1
        ? [
            'How will you close the gap this quarter: which deals, by when?',
            'Which deals can be pulled in, and what would the buyer need?'
          ]
        : ['Which deals carry the number, and what could derail them?']
    );
  };
  const items = [quarterItem(m.current, 'current'), quarterItem(m.next, 'next')];
  const cur = m.current.quarter;
  const risky = input.deals
    .filter((d) => {
      const close = dayFromIso(d.closeDate);
      const opp = input.opportunitiesById.get(d.opportunityId);
      const carries = opp?.forecastCategory === 'Commit' || opp?.forecastCategory === 'Best Case';
      return carries && d.band !== 'HEALTHY' && close !== null && close >= cur.startDay && close <= cur.endDay;
    })
    .sort((a, b) => (b.amount ?? 0) - (a.amount ?? 0));
  if (risky.length) {
    const atRiskAmount = risky.reduce((s, d) => s + (d.amount ?? 0), 0);
    items.push(
      item(
        'Pipeline_Risk',
        'risky-deals',
        50 + Math.min(45, (ratio(atRiskAmount, m.current.forecastBestCase - m.current.closedWon) ?? 0) * 45),
        `${risky.length} risky deal${risky.length > 1 ? 's' : ''} in commit or best case this quarter`,
        [
          { label: 'Amount at risk', value: atRiskAmount, unit: 'money' },
          ...risky.slice(0, 5).map((d): Fact => ({ label: d.name, value: d.amount, unit: 'money' }))
        ],
        risky.map((d) => d.opportunityId),
        [
          'Which of these would you still call commit, and what is the evidence?',
          'What is the single biggest risk on the largest one?'
        ]
      )
    );
  }
  return items;
}

/** 5. Where open pipeline and activity sit by account class. */
function accountSection(input: AgendaInput): AgendaItem[] {
  const a = input.accounts;
  const facts: Fact[] = a.classes.flatMap((c): Fact[] => [
    { label: `${c.accountClass} pipeline share`, value: c.pipelineShare, unit: 'percent' },
    { label: `${c.accountClass} activity share`, value: c.activityShare, unit: 'percent' }
  ]);
  const items = [
    item(
      'Account_Priorities',
      'mix',
      a.onlyLowHangingFruit ? 70 : 30,
      a.onlyLowHangingFruit ? 'Pipeline lives on existing customers only' : 'Pipeline and activity by account class',
      facts,
      [],
      a.onlyLowHangingFruit
        ? [
            'Which new logo would you most like to win this year?',
            'Which dormant customer could you re-engage this month?'
          ]
        : ['Is this the account mix you want for next quarter?']
    )
  ];
  if (a.quietDormantAccountIds.length) {
    items.push(
      item(
        'Account_Priorities',
        'dormant',
        45,
        `${a.quietDormantAccountIds.length} past customer${a.quietDormantAccountIds.length > 1 ? 's' : ''} gone quiet`,
        a.accounts
          .filter((s) => s.quiet)
          .slice(0, 5)
          .map((s): Fact => ({
            label: s.name,
            value: s.lastWonDay === null ? null : isoFromDay(s.lastWonDay),
            unit: 'date'
          })),
        a.quietDormantAccountIds.slice(0, 20),
        ['Which of these had a reason to buy again this year?', 'Who was your champion there, and where are they now?']
      )
    );
  }
  return items;
}

/** 6. The coaching focus from the diagnosis, with its evidence and the skill to practise. */
function skillsSection(input: AgendaInput): AgendaItem[] {
  return input.diagnosis.gaps.map((gap, i) =>
    item(
      'Skills',
      gap.code,
      (i === 0 ? 60 : 30) + gap.confidence * 30,
      `${gap.title} — practise: ${gap.skill}`,
      [
        ...gap.evidence.flatMap((e): Fact[] => [
          { label: e.label, value: e.value, unit: e.unit },
          ...(e.teamMedian !== null ? [{ label: `${e.label} (team median)`, value: e.teamMedian, unit: e.unit }] : [])
        ]),
        { label: 'Confidence', value: gap.confidence, unit: 'percent' }
      ],
      gap.recordIds,
      gap.questions
    )
  );
}

/** 7. The forecast to record today, against the CRM and the last 1:1, and how accurate past quarters were. */
function forecastSection(input: AgendaInput): AgendaItem[] {
  const m = input.metrics.current;
  const { current, quarters } = input.forecast;
  const facts: Fact[] = [
    { label: 'CRM commit (closed won + commit)', value: m.forecastCommit, unit: 'money' },
    { label: 'CRM best case', value: m.forecastBestCase, unit: 'money' },
    { label: 'Quota', value: m.quota, unit: 'money' }
  ];
  if (current.latest) {
    facts.push({ label: 'Commit at the last 1:1', value: current.latest.commit, unit: 'money' });
    facts.push({ label: 'Best case at the last 1:1', value: current.latest.bestCase, unit: 'money' });
  }
  if (current.commitChange !== null)
    facts.push({ label: 'Commit change from the 1:1 before', value: current.commitChange, unit: 'money' });
  const last = quarters[quarters.length - 1];
  if (last) {
    facts.push({ label: `Accuracy ${last.quarterLabel}`, value: last.accuracy, unit: 'percent' });
    facts.push({ label: `Bias ${last.quarterLabel}`, value: last.bias, unit: 'percent' });
  }
  const biasHigh = last !== undefined && last.bias !== null && Math.abs(last.bias) > 0.2;
  return [
    item(
      'Forecast',
      'call',
      biasHigh ? 70 : 50,
      `Forecast for ${m.quarter.label}`,
      facts,
      [],
      [
        'What is your commit and best case for the quarter, and what changed since last week?',
        ...(biasHigh
          ? [
              `Last quarter you were ${(last.bias as number) > 0 ? 'over' : 'under'} by ${Math.round(Math.abs(last.bias as number) * 100)}%: what would you do differently?`
            ]
          : [])
      ]
    )
  ];
}

const EMPTY: Record<AgendaSectionKey, string> = {
  Action_Items: 'No open action items.',
  Lost_Disengaged: 'No deal lost or gone quiet since the last 1:1, and no loss waiting for its root cause.',
  Opportunity_Review: 'No deal shows a velocity or close-date signal.',
  Pipeline_Risk: 'No quarter figures.',
  Account_Priorities: 'No accounts.',
  Skills: 'No diagnosis.',
  Forecast: 'No forecast.'
};

/** Most important first; equal importance by id (plain code-unit order: stable across locales). */
const byImportance = (a: AgendaItem, b: AgendaItem): number =>
  b.importance - a.importance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildRepAgenda(input: AgendaInput): Agenda {
  // Without an earlier 1:1, "since the last 1:1" means the last week.
  const since = input.lastHeldDay ?? input.today - 7;
  const builders: Record<AgendaSectionKey, () => AgendaItem[]> = {
    Action_Items: () => actionItemSection(input),
    Lost_Disengaged: () => lostDisengagedSection(input, since),
    Opportunity_Review: () => opportunityReviewSection(input),
    Pipeline_Risk: () => pipelineRiskSection(input),
    Account_Priorities: () => accountSection(input),
    Skills: () => skillsSection(input),
    Forecast: () => forecastSection(input)
  };
  const sections = [...input.settings.agendaSections]
    .filter((s) => s.enabled && s.key in builders)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((s) => ({
      key: s.key,
      label: s.label,
      items: builders[s.key]().sort(byImportance),
      emptyMessage: EMPTY[s.key]
    }));
  return {
    repId: input.repId,
    generatedAt: input.generatedAt,
    since: input.lastHeldDay === null ? null : isoFromDay(input.lastHeldDay),
    sections
  };
}
