/**
 * Rep diagnosis: the rep's main coaching gaps, from the trailing four quarters against the team's medians.
 * Each rule is driven by settings (thresholds, switched-off codes) and reports the numbers it used with the
 * team comparison, a confidence 0–1 that drops when history is thin, and questions to ask. A rep with no gap
 * is called healthy, with stretch questions.
 */
import type { Id } from 'c/coachingModel';
import type { ResolvedSettings } from 'c/coachingSettings';
import { clamp, median, ratio, roundTo } from 'c/numberStats';

export type GapCode =
  | 'LEAD_GENERATION'
  | 'CONVERSION'
  | 'SLIPPAGE'
  | 'COMMIT_MISUNDERSTOOD'
  | 'HIDDEN_DEALS'
  | 'DEAL_SIZE'
  | 'CYCLE_LENGTH'
  | 'HEALTHY';

/** The per-rep figures the rules read. Ratios are 0–1; null means "no data". */
export interface DiagnosisFigures {
  repId: Id;
  /** Deals closed (won + lost) in the trailing four quarters: the sample behind win-rate figures. */
  closedDeals: number;
  winRate: number | null;
  coverage: number | null;
  requiredCoverage: number;
  /** The quota is already met this quarter: coverage is then "fine". */
  quotaMet: boolean;
  /** Pipeline created per week ÷ rate needed. */
  creationRatio: number | null;
  averageWonAmount: number | null;
  salesCycleDays: number | null;
  openDeals: number;
  /** Open deals pushed at least once or past their close date ÷ open deals. */
  slippageShare: number | null;
  /** Ended quarters with a recorded commit, and those where the actual fell short of it. */
  commitQuarters: number;
  commitMissed: number;
  /** Won deals seen in snapshots but never in Commit ÷ won deals seen in snapshots. */
  wonNeverCommitShare: number | null;
  wonSeen: number;
  /** Won or late-stage deals that appeared after snapshots began: how many were first seen late or never. */
  hiddenCandidates: number;
  hiddenDealIds: Id[];
}

export interface TeamMedians {
  winRate: number | null;
  coverage: number | null;
  creationRatio: number | null;
  averageWonAmount: number | null;
  salesCycleDays: number | null;
  slippageShare: number | null;
}

export function teamMedians(figures: readonly DiagnosisFigures[]): TeamMedians {
  const of = (pick: (f: DiagnosisFigures) => number | null): number | null => median(figures.map(pick));
  return {
    winRate: of((f) => f.winRate),
    coverage: of((f) => f.coverage),
    creationRatio: of((f) => f.creationRatio),
    averageWonAmount: of((f) => f.averageWonAmount),
    salesCycleDays: of((f) => f.salesCycleDays),
    slippageShare: of((f) => f.slippageShare)
  };
}

export type EvidenceUnit = 'ratio' | 'percent' | 'money' | 'days' | 'count';

export interface Evidence {
  label: string;
  value: number | null;
  teamMedian: number | null;
  unit: EvidenceUnit;
}

export interface Gap {
  code: GapCode;
  title: string;
  /** The skill to practise while closing the gap. */
  skill: string;
  evidence: Evidence[];
  confidence: number;
  questions: string[];
  recordIds: Id[];
}

export interface Diagnosis {
  repId: Id;
  /** Most confident first; exactly one HEALTHY entry when no gap applies. */
  gaps: Gap[];
  mainGap: Gap;
}

interface GapText {
  title: string;
  skill: string;
  questions: string[];
}

export const GAP_TEXT: Readonly<Record<GapCode, GapText>> = Object.freeze({
  LEAD_GENERATION: {
    title: 'Lead generation: not enough pipeline',
    skill: 'Prospecting and pipeline generation',
    questions: [
      'Where will the pipeline for next quarter come from?',
      'Which accounts or contacts will you reach this week, and with what message?',
      'What share of your week goes to prospecting today?'
    ]
  },
  CONVERSION: {
    title: 'Conversion: wins too few of the deals worked',
    skill: 'Qualification and discovery',
    questions: [
      'In the deals you lost, when did you first suspect it?',
      'What did the buyer say was their decision criterion, in their words?',
      'Which deal should you disqualify today?'
    ]
  },
  SLIPPAGE: {
    title: 'Slippage: deals move from quarter to quarter',
    skill: 'Mutual close plans and buyer-confirmed dates',
    questions: [
      'What has to be true for this to close on the new date?',
      'Who on the buyer’s side confirmed the close date, and what event drives it?',
      'Which pushed deal would you take out of the forecast?'
    ]
  },
  COMMIT_MISUNDERSTOOD: {
    title: 'Commit is not a commitment',
    skill: 'Forecasting discipline',
    questions: [
      'What evidence puts a deal in commit for you?',
      'Which deal in commit would you bet your own money on, and which not?',
      'Why did the deals that closed last quarter never appear in commit?'
    ]
  },
  HIDDEN_DEALS: {
    title: 'Hidden deals: deals appear late or close unseen',
    skill: 'Early pipeline transparency',
    questions: [
      'Which deals are you working that are not in the CRM yet?',
      'What keeps you from logging a deal when it starts?',
      'How can we help earlier on deals we see only at the end?'
    ]
  },
  DEAL_SIZE: {
    title: 'Deal size below the team',
    skill: 'Value selling and multi-threading',
    questions: [
      'What other teams at this customer have the same problem?',
      'What is the cost of the problem for the buyer, in their numbers?',
      'Where did you discount last, and what did you get in return?'
    ]
  },
  CYCLE_LENGTH: {
    title: 'Sales cycle longer than the team',
    skill: 'Driving the buying process',
    questions: [
      'What is the buyer’s decision process from here, step by step?',
      'Which stage takes you longest, and why?',
      'What would make the buyer act this quarter rather than next?'
    ]
  },
  HEALTHY: {
    title: 'Healthy: no gap against the team',
    skill: 'Stretch goals',
    questions: [
      'What would it take to reach 120% of quota this quarter?',
      'Which skill would you like to master next?',
      'Which of your practices could help a teammate?'
    ]
  }
});

const sampleWeight = (n: number, needed: number): number => clamp(ratio(n, needed) ?? 0, 0, 1);

/** 60% how much data backs the finding, 40% how far past the threshold the rep is. */
function confidenceOf(sample: number, strength: number): number {
  return roundTo(0.6 * clamp(sample, 0, 1) + 0.4 * clamp(strength, 0, 1), 2) as number;
}

const below = (value: number | null, reference: number | null, factor: number): boolean =>
  value !== null && reference !== null && value < reference * factor;
const above = (value: number | null, reference: number | null, factor: number): boolean =>
  value !== null && reference !== null && value > reference * factor;

export function diagnoseRep(f: DiagnosisFigures, team: TeamMedians, settings: ResolvedSettings): Diagnosis {
  const gaps: Gap[] = [];
  const disabled = new Set(settings.disabledGapCodes);
  const closedSample = sampleWeight(f.closedDeals, settings.minClosedDealsForWinRate);
  const add = (code: GapCode, evidence: Evidence[], confidence: number, recordIds: Id[] = []): void => {
    if (disabled.has(code)) return;
    const text = GAP_TEXT[code];
    gaps.push({
      code,
      title: text.title,
      skill: text.skill,
      evidence,
      confidence,
      questions: text.questions,
      recordIds
    });
  };
  const winRateEvidence: Evidence = { label: 'Win rate', value: f.winRate, teamMedian: team.winRate, unit: 'percent' };
  const coverageEvidence: Evidence = { label: 'Coverage', value: f.coverage, teamMedian: team.coverage, unit: 'ratio' };
  const requiredEvidence: Evidence = {
    label: 'Required coverage',
    value: f.requiredCoverage,
    teamMedian: null,
    unit: 'ratio'
  };
  const coverageLow = !f.quotaMet && f.coverage !== null && f.coverage < f.requiredCoverage;
  const coverageFine = f.quotaMet || (f.coverage !== null && f.coverage >= f.requiredCoverage);
  const winRateLow = below(f.winRate, team.winRate, settings.belowTeamRatio);

  const creationLow =
    f.creationRatio !== null &&
    (f.creationRatio < 1 || below(f.creationRatio, team.creationRatio, settings.belowTeamRatio));
  if (coverageLow && creationLow && !winRateLow) {
    add(
      'LEAD_GENERATION',
      [
        coverageEvidence,
        requiredEvidence,
        {
          label: 'Pipeline creation vs needed',
          value: f.creationRatio,
          teamMedian: team.creationRatio,
          unit: 'percent'
        },
        winRateEvidence
      ],
      confidenceOf(closedSample, 1 - (f.coverage as number) / f.requiredCoverage)
    );
  }
  // Conversion judges coverage against the team's standard (the default required coverage or the team median),
  // not the rep's own 1 ÷ win rate: a low win rate inflates that target, so a poor converter would never count
  // as having enough pipeline and the gap could not show.
  const coverageFineForConversion =
    coverageFine ||
    (f.coverage !== null &&
      (f.coverage >= settings.defaultRequiredCoverage || (team.coverage !== null && f.coverage >= team.coverage)));
  if (winRateLow && coverageFineForConversion) {
    add(
      'CONVERSION',
      [winRateEvidence, coverageEvidence, requiredEvidence],
      confidenceOf(closedSample, 1 - (f.winRate as number) / (team.winRate as number))
    );
  }
  const slippageHigh =
    f.slippageShare !== null &&
    f.slippageShare >= settings.slippageShare &&
    (team.slippageShare === null ||
      team.slippageShare === 0 ||
      f.slippageShare >= team.slippageShare * settings.aboveTeamRatio);
  if (slippageHigh) {
    add(
      'SLIPPAGE',
      [
        {
          label: 'Open deals pushed or past due',
          value: f.slippageShare,
          teamMedian: team.slippageShare,
          unit: 'percent'
        },
        { label: 'Open deals', value: f.openDeals, teamMedian: null, unit: 'count' }
      ],
      confidenceOf(sampleWeight(f.openDeals, settings.minClosedDealsForWinRate), f.slippageShare as number)
    );
  }
  const missShare = ratio(f.commitMissed, f.commitQuarters);
  const commitMissed = missShare !== null && missShare >= settings.commitMissShare;
  const neverCommit = f.wonNeverCommitShare !== null && f.wonNeverCommitShare >= settings.commitMissShare;
  if (commitMissed || neverCommit) {
    add(
      'COMMIT_MISUNDERSTOOD',
      [
        { label: 'Quarters with commit missed', value: f.commitMissed, teamMedian: null, unit: 'count' },
        { label: 'Quarters with a recorded commit', value: f.commitQuarters, teamMedian: null, unit: 'count' },
        { label: 'Won deals never in commit', value: f.wonNeverCommitShare, teamMedian: null, unit: 'percent' }
      ],
      confidenceOf(
        Math.max(sampleWeight(f.commitQuarters, 4), sampleWeight(f.wonSeen, settings.minClosedDealsForWinRate)),
        Math.max(missShare ?? 0, f.wonNeverCommitShare ?? 0)
      )
    );
  }
  const hiddenShare = ratio(f.hiddenDealIds.length, f.hiddenCandidates);
  if (hiddenShare !== null && f.hiddenDealIds.length >= 2 && hiddenShare >= settings.hiddenDealShare) {
    add(
      'HIDDEN_DEALS',
      [
        { label: 'Deals first seen late or never', value: f.hiddenDealIds.length, teamMedian: null, unit: 'count' },
        { label: 'Share of won and late-stage deals', value: hiddenShare, teamMedian: null, unit: 'percent' }
      ],
      confidenceOf(sampleWeight(f.hiddenCandidates, settings.minClosedDealsForWinRate), hiddenShare),
      f.hiddenDealIds
    );
  }
  if (below(f.averageWonAmount, team.averageWonAmount, settings.belowTeamRatio)) {
    add(
      'DEAL_SIZE',
      [{ label: 'Average won deal', value: f.averageWonAmount, teamMedian: team.averageWonAmount, unit: 'money' }],
      confidenceOf(closedSample, 1 - (f.averageWonAmount as number) / (team.averageWonAmount as number))
    );
  }
  if (above(f.salesCycleDays, team.salesCycleDays, settings.aboveTeamRatio)) {
    add(
      'CYCLE_LENGTH',
      [{ label: 'Sales cycle', value: f.salesCycleDays, teamMedian: team.salesCycleDays, unit: 'days' }],
      confidenceOf(closedSample, (f.salesCycleDays as number) / (team.salesCycleDays as number) - 1)
    );
  }
  gaps.sort((a, b) => b.confidence - a.confidence);
  if (gaps.length === 0) {
    const text = GAP_TEXT.HEALTHY;
    gaps.push({
      code: 'HEALTHY',
      title: text.title,
      skill: text.skill,
      evidence: [winRateEvidence, coverageEvidence, requiredEvidence],
      confidence: confidenceOf(closedSample, 1),
      questions: text.questions,
      recordIds: []
    });
  }
  return { repId: f.repId, gaps, mainGap: gaps[0] };
}
