import MyCoachingFeedback from 'c/myCoachingFeedback';
import apexGetMyFeedbackSummary from '@salesforce/apex/CoachingFeedbackAggregateService.getMyFeedbackSummary';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import getMyFeedbackSummary from './data/getMyFeedbackSummary.json';

// The fixture is the preview's Apex service over the demo org (seed 42, 24 Nov 2026) for the manager Priya Raman,
// May to November 2026 (scripts/leader/oversight-fixtures.ts): 27 answers in 2 whole months, 4 months left out.
jest.mock('@salesforce/customPermission/Coaching_Manage', () => ({ default: true }), { virtual: true });
jest.mock('@salesforce/apex/CoachingFeedbackAggregateService.getMyFeedbackSummary', () => ({ default: jest.fn() }), {
  virtual: true
});
// Two messages with their placeholders, so the tests read the numbers filled into them.
jest.mock('@salesforce/label/c.Coaching_My_Feedback_Overall_Value', () => ({ default: '{0} / 10' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.Coaching_My_Feedback_Basis', () => ({ default: '{0} answers, {1} to {2}' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.Coaching_My_Feedback_Basis_Window', () => ({ default: 'Answers from {0} to {1}' }), {
  virtual: true
});
const apex = apexGetMyFeedbackSummary as unknown as jest.Mock;
const child = (el: HTMLElement, id: string) => byId(el, id) as unknown as Record<string, any>;

async function load(result: unknown, props: Record<string, unknown> = {}, rejects = false) {
  if (rejects) apex.mockRejectedValueOnce(result);
  else apex.mockResolvedValueOnce(result);
  const el = mount('c-my-coaching-feedback', MyCoachingFeedback, props);
  await flushPromises();
  return el;
}

describe('c-my-coaching-feedback', () => {
  beforeEach(() => {
    // Tuesday 24 November 2026, 07:00 in Los Angeles (the Jest user's zone).
    jest.useFakeTimers({
      now: new Date('2026-11-24T15:00:00.000Z'),
      doNotFake: ['setTimeout', 'setImmediate', 'queueMicrotask', 'nextTick']
    });
  });
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
    jest.useRealTimers();
  });

  it('asks for the last six months from the first of the month, and shows the averages when k-anonymous', async () => {
    const el = await load(getMyFeedbackSummary);
    expect(apex).toHaveBeenCalledWith({ fromDate: '2026-05-01', toDate: '2026-11-24' });
    const bars = child(el, 'chart').bars as { label: string; value: number; displayValue: string }[];
    expect(bars.map((b) => b.value)).toEqual([4.52, 4.59, 3.89, 4.59, 4.44]);
    expect(bars[2].displayValue).toBe('3.9');
    expect(child(el, 'chart').maxValue).toBe('5');
    expect(child(el, 'overall').value).toBe('8.7 / 10');
    expect(byId(el, 'basis')!.textContent).toBe('27 answers, May 1, 2026 to Oct 31, 2026');
    // Four months had too few answers: said, not hidden.
    expect(byId(el, 'suppressed')!.textContent).toBe('c.Coaching_My_Feedback_Suppressed');
    expect(byId(el, 'not-enough')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('under the k rule: “not enough responses yet”, and no number at all', async () => {
    const el = await load({
      ...getMyFeedbackSummary,
      status: 'NOT_ENOUGH_RESPONSES',
      responseCount: null,
      averages: null,
      monthsIncluded: 0,
      monthsSuppressed: 6
    });
    const notice = child(el, 'not-enough');
    expect([notice.heading, notice.message]).toEqual([
      'c.Coaching_My_Feedback_Not_Enough_Heading',
      'c.Coaching_Feedback_Not_Enough_Answers'
    ]);
    expect(byId(el, 'chart')).toBeNull();
    expect(byId(el, 'overall')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('an OK status without averages is treated as not enough responses, never as zeros', async () => {
    const el = await load({ ...getMyFeedbackSummary, averages: null });
    expect(byId(el, 'not-enough')).not.toBeNull();
    expect(byId(el, 'chart')).toBeNull();
  });

  it('no closed month yet says so', async () => {
    const el = await load({ ...getMyFeedbackSummary, status: 'NO_CLOSED_MONTH', averages: null, windowEnd: null });
    expect(child(el, 'not-enough').message).toBe('c.Coaching_My_Feedback_No_Closed_Month');
  });

  it('a failing service shows its message in the error panel', async () => {
    const el = await load({ body: { message: 'You do not have access to the Apex class' } }, {}, true);
    expect(child(el, 'error').errors).toEqual(['You do not have access to the Apex class']);
    expect(byId(el, 'loading')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('changing the period asks again; App Builder’s default is honoured and bad values fall back to six', async () => {
    const el = await load(getMyFeedbackSummary, { defaultMonths: '12' });
    expect(apex).toHaveBeenLastCalledWith({ fromDate: '2025-11-01', toDate: '2026-11-24' });
    apex.mockResolvedValueOnce(getMyFeedbackSummary);
    child(el, 'window').dispatchEvent(new CustomEvent('change', { detail: { value: '3' } }));
    await flushPromises();
    expect(apex).toHaveBeenLastCalledWith({ fromDate: '2026-08-01', toDate: '2026-11-24' });
    cleanup();
    await load(getMyFeedbackSummary, { defaultMonths: 'lots' });
    expect(apex).toHaveBeenLastCalledWith({ fromDate: '2026-05-01', toDate: '2026-11-24' });
  });

  it('ratings and the count the service leaves out (Apex drops a field it could not read) show "No data"', async () => {
    // Apex serialises no key for a null: the averages arrive without repAgenda and overallValue, and no count.
    const { repAgenda, overallValue, ...readable } = getMyFeedbackSummary.averages;
    const { responseCount, ...summary } = getMyFeedbackSummary;
    expect([repAgenda, overallValue, responseCount]).toEqual([4.44, 8.67, 27]);
    const el = await load({ ...summary, averages: readable });
    const bars = child(el, 'chart').bars as { value: number | null; displayValue: string }[];
    expect(bars.map((b) => b.value)).toEqual([4.52, 4.59, 3.89, 4.59, null]);
    expect(bars[4].displayValue).toBe('No data');
    expect(child(el, 'overall').value).toBe('No data / 10');
    expect(byId(el, 'basis')!.textContent).toBe('Answers from May 1, 2026 to Oct 31, 2026');
    expect(el.shadowRoot!.textContent).not.toMatch(/undefined|NaN/);
    await expect(el).toBeAccessible();
  });
});
