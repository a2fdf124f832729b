/**
 * Shared Jest implementations of the package's `@salesforce/apex/<Class>.<method>` modules: jest.config.js maps each
 * import to `force-app/test/apex/<Class>.<method>.ts`, whose default export is a jest.fn resolving to what the local
 * preview answers on the demo org's seed scenario (demoOrgApex.json: seed 1, today 2026-11-24, each call made as
 * the persona that makes it). The offline check `apex-mocks` regenerates the answers and fails when the file is
 * stale (`node --import tsx scripts/checks/apex-mocks.check.ts --write` rewrites it).
 *
 * A test overrides one call with `mockResolvedValueOnce` / `mockRejectedValueOnce`; `jest.clearAllMocks()` keeps the
 * demo answer, `jest.resetAllMocks()` would drop it. `demoAnswer` gives a fresh copy for expectations and variations.
 */
import type {
  FeedbackSummaryDto,
  HistoryPageDto,
  ImportResultDto,
  QuartersDto,
  QuotaResultDto,
  SettingsDto
} from 'c/coachingApi';
import answers from './demoOrgApex.json';

/** What each Apex method answers, by `Class.method`. */
export interface DemoOrgAnswers {
  'CoachingSettingsService.getSettings': SettingsDto;
  'FiscalPeriodService.getQuarters': QuartersDto;
  'QuotaService.getQuotas': QuotaResultDto;
  'QuotaService.importForecastingQuotas': ImportResultDto;
  'OpportunityHistoryService.getHistory': HistoryPageDto;
  'CoachingFeedbackAggregateService.getMyFeedbackSummary': FeedbackSummaryDto;
  'CoachingFeedbackAggregateService.getTeamFeedbackSummary': FeedbackSummaryDto[];
}

export type ApexMethodName = keyof DemoOrgAnswers;

interface DemoCall<T> {
  runAs: { id: string; name: string; persona: string };
  params: Record<string, unknown>;
  answer: T;
}

// Typed against the DTOs, so that `tsc` checks the generated answers have the shape Apex sends.
const CALLS: { [K in ApexMethodName]: DemoCall<DemoOrgAnswers[K]> } = answers.calls;

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A fresh copy of the demo org's answer to `method`. */
export function demoAnswer<K extends ApexMethodName>(method: K): DemoOrgAnswers[K] {
  return copy(CALLS[method].answer);
}

/** The parameters the demo answer was computed for. */
export function demoParams(method: ApexMethodName): Record<string, unknown> {
  return copy(CALLS[method].params);
}

/** The jest.fn a `@salesforce/apex/<method>` module exports: it resolves to the demo answer on every call. */
export function apexMock<K extends ApexMethodName>(method: K): jest.Mock<Promise<DemoOrgAnswers[K]>> {
  return jest.fn(() => Promise.resolve(demoAnswer(method)));
}
