import DealReviewForm from 'c/dealReviewForm';
import { getObjectInfo, getPicklistValues } from 'lightning/uiObjectInfoApi';
import { createRecord, updateRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import { checkDealReview, NOTES_MAX_LENGTH } from '../dealReviewRules';

import objectInfoJson from './data/getObjectInfo.json';
import picklist from './data/getPicklistValues.json';

const objectInfo = objectInfoJson;

interface TestAdapter {
  emit(value: unknown): void;
  error(body?: unknown, status?: number, statusText?: string): void;
  getLastConfig(): Record<string, unknown>;
}
const objectInfoAdapter = getObjectInfo as unknown as TestAdapter;
const picklistAdapter = getPicklistValues as unknown as TestAdapter;
const create = createRecord as unknown as jest.Mock;
const update = updateRecord as unknown as jest.Mock;
const notify = notifyRecordUpdateAvailable as unknown as jest.Mock;

const OPPORTUNITY_ID = '006000000000001AAA';

async function mountReady(
  props: Record<string, unknown> = {},
  info = objectInfo
): Promise<HTMLElement & Record<string, any>> {
  const el = mount('c-deal-review-form', DealReviewForm, { opportunityId: OPPORTUNITY_ID, ...props });
  objectInfoAdapter.emit(info);
  await flushPromises();
  picklistAdapter.emit(picklist);
  await flushPromises();
  return el;
}

/** The object info as the UI API returns it when field-level security hides one field: the field is absent. */
function withoutField(apiName: string): typeof objectInfo {
  const fields: Record<string, unknown> = { ...objectInfo.fields };
  delete fields[apiName];
  return { ...objectInfo, fields } as typeof objectInfo;
}

function choose(el: HTMLElement, value: string): void {
  byId(el, 'root-cause')!.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}
function type(el: HTMLElement, value: string): void {
  byId(el, 'notes')!.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}
async function save(el: HTMLElement): Promise<void> {
  byId(el, 'save')!.click();
  await flushPromises();
}

describe('dealReviewRules', () => {
  const allowed = ['Price', 'Other'];
  it('refuses a root cause that is missing, blank or not offered', () => {
    expect(checkDealReview({ rootCause: null, notes: '' }, allowed).rootCause).toBe('ROOT_CAUSE_MISSING');
    expect(checkDealReview({ rootCause: '  ', notes: '' }, allowed).rootCause).toBe('ROOT_CAUSE_MISSING');
    expect(checkDealReview({ rootCause: 'Bad_Luck', notes: '' }, allowed).rootCause).toBe('ROOT_CAUSE_UNKNOWN');
    expect(checkDealReview({ rootCause: 'Price', notes: null }, allowed)).toEqual({
      rootCause: null,
      notes: null,
      valid: true
    });
  });

  it('needs notes for Other, and notes within the field length', () => {
    expect(checkDealReview({ rootCause: 'Other', notes: ' \n ' }, allowed).notes).toBe('NOTES_REQUIRED');
    expect(checkDealReview({ rootCause: 'Other', notes: 'Reorg froze budgets' }, allowed).valid).toBe(true);
    expect(checkDealReview({ rootCause: 'Price', notes: 'x'.repeat(NOTES_MAX_LENGTH) }, allowed).valid).toBe(true);
    expect(checkDealReview({ rootCause: 'Price', notes: 'x'.repeat(NOTES_MAX_LENGTH + 1) }, allowed).notes).toBe(
      'NOTES_TOO_LONG'
    );
  });
});

describe('c-deal-review-form', () => {
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
  });

  it('shows a spinner until the object info and picklist arrive', async () => {
    const el = mount('c-deal-review-form', DealReviewForm, { opportunityId: OPPORTUNITY_ID });
    await flushPromises();
    expect(el.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
    objectInfoAdapter.emit(objectInfo);
    await flushPromises();
    // The picklist is asked for with the object's default record type.
    expect(picklistAdapter.getLastConfig().recordTypeId).toBe('012000000000000AAA');
    expect(el.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('offers the admin-managed root causes and saves a new review with who and when', async () => {
    create.mockResolvedValueOnce({ id: 'a03000000000001AAA' });
    const el = await mountReady({ reviewType: 'Lost' });
    const saved = jest.fn();
    el.addEventListener('reviewsaved', saved);
    const combobox = byId<HTMLElement & { options: { value: string }[] }>(el, 'root-cause')!;
    expect(combobox.options.map((o) => o.value)).toEqual([
      'Price',
      'Competitor_Fit',
      'No_Decision',
      'Went_Dark',
      'Other'
    ]);
    expect(byId(el, 'heading')!.textContent).toBe('c.Coaching_Review_Heading_Lost');

    choose(el, 'Competitor_Fit');
    type(el, 'They bundled analytics for free.');
    await flushPromises();
    await save(el);

    expect(create).toHaveBeenCalledTimes(1);
    const input = create.mock.calls[0][0];
    expect(input.apiName).toBe('Deal_Review__c');
    expect(input.fields).toMatchObject({
      Opportunity__c: OPPORTUNITY_ID,
      Review_Type__c: 'Lost',
      Root_Cause__c: 'Competitor_Fit',
      Notes__c: 'They bundled analytics for free.',
      Reviewed_By__c: '005000000000000000'
    });
    expect(input.fields.Reviewed_On__c).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(saved).toHaveBeenCalledTimes(1);
    expect(saved.mock.calls[0][0].detail).toEqual({
      id: 'a03000000000001AAA',
      opportunityId: OPPORTUNITY_ID,
      reviewType: 'Lost',
      rootCause: 'Competitor_Fit'
    });
    expect(notify).toHaveBeenCalledWith([{ recordId: OPPORTUNITY_ID }]);
    // The saved review shows as a summary with its label, not its API value.
    expect(byId(el, 'summary-root-cause')!.textContent).toBe('Competitor had a better fit');
    await expect(el).toBeAccessible();
  });

  it('refuses to save without a root cause and says why, saving nothing', async () => {
    const el = await mountReady();
    type(el, 'Notes typed before choosing');
    await flushPromises();
    await save(el);
    expect(create).not.toHaveBeenCalled();
    const summary = byId(el, 'error-summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.textContent).toContain('c.Coaching_Review_Error_Root_Cause_Missing');
    // The typed notes are still there.
    expect(byId<HTMLElement & { value: string }>(el, 'notes')!.value).toBe('Notes typed before choosing');
    await expect(el).toBeAccessible();
  });

  it('refuses Other without notes, then saves once the notes explain it', async () => {
    create.mockResolvedValueOnce({ id: 'a03000000000002AAA' });
    const el = await mountReady({ reviewType: 'Disengaged' });
    expect(byId(el, 'heading')!.textContent).toBe('c.Coaching_Review_Heading_Disengaged');
    choose(el, 'Other');
    await flushPromises();
    expect(byId<HTMLElement & { required: boolean }>(el, 'notes')!.required).toBe(true);
    await save(el);
    expect(create).not.toHaveBeenCalled();
    expect(byId(el, 'error-summary')!.textContent).toContain('c.Coaching_Review_Error_Notes_Required');

    type(el, 'Champion went on parental leave');
    await flushPromises();
    expect(byId(el, 'error-summary')).toBeNull();
    await save(el);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0][0].fields.Review_Type__c).toBe('Disengaged');
  });

  it('creates one record when Save is clicked twice while the first save runs', async () => {
    let resolve: (value: unknown) => void = () => undefined;
    create.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    const el = await mountReady();
    choose(el, 'Price');
    await flushPromises();
    byId(el, 'save')!.click();
    byId(el, 'save')!.click();
    await flushPromises();
    expect(byId<HTMLElement & { disabled: boolean }>(el, 'save')!.disabled).toBe(true);
    resolve({ id: 'a03000000000003AAA' });
    await flushPromises();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('keeps the answer and shows the server error when the save fails', async () => {
    create.mockRejectedValueOnce({
      body: {
        message: 'An error occurred',
        output: { errors: [{ message: 'Insufficient access', errorCode: 'INSUFFICIENT_ACCESS' }] }
      }
    });
    const el = await mountReady();
    choose(el, 'Price');
    type(el, 'Budget cut');
    await flushPromises();
    await save(el);
    const panel = byId<HTMLElement & { friendlyMessage: string }>(el, 'save-error')!;
    expect(panel.friendlyMessage).toBe('c.Coaching_Review_Save_Error');
    expect(byId<HTMLElement & { value: string }>(el, 'root-cause')!.value).toBe('Price');
    expect(byId<HTMLElement & { value: string }>(el, 'notes')!.value).toBe('Budget cut');
    expect(byId<HTMLElement & { disabled: boolean }>(el, 'save')!.disabled).toBe(false);
    await expect(el).toBeAccessible();
  });

  it('explains a duplicate review recorded elsewhere', async () => {
    create.mockRejectedValueOnce({
      body: {
        output: {
          errors: [{ message: 'duplicate value found: Review_Key__c', errorCode: 'DUPLICATE_VALUE' }]
        }
      }
    });
    const el = await mountReady();
    choose(el, 'Price');
    await flushPromises();
    await save(el);
    expect(byId<HTMLElement & { friendlyMessage: string }>(el, 'save-error')!.friendlyMessage).toBe(
      'c.Coaching_Review_Duplicate'
    );
  });

  it('shows an existing review and updates it in place when changed', async () => {
    update.mockResolvedValueOnce({ id: 'a03000000000009AAA' });
    const el = await mountReady({
      review: {
        id: 'a03000000000009AAA',
        rootCause: 'Went_Dark',
        notes: 'No reply since May',
        reviewedOn: '2027-02-01'
      }
    });
    expect(byId(el, 'summary-root-cause')!.textContent).toBe('Went dark');
    expect(byId(el, 'summary-notes')!.textContent).toBe('No reply since May');
    expect(byId(el, 'summary-date')!.textContent).toBe('c.Coaching_Review_Recorded_On');
    await expect(el).toBeAccessible();

    byId(el, 'change')!.click();
    await flushPromises();
    expect(byId<HTMLElement & { value: string }>(el, 'root-cause')!.value).toBe('Went_Dark');
    choose(el, 'No_Decision');
    await flushPromises();
    await save(el);
    expect(create).not.toHaveBeenCalled();
    expect(update).toHaveBeenCalledTimes(1);
    expect(update.mock.calls[0][0].fields).toMatchObject({ Id: 'a03000000000009AAA', Root_Cause__c: 'No_Decision' });
    expect(byId(el, 'summary-root-cause')!.textContent).toBe('No decision (status quo)');
  });

  it('shows an empty state when the admin has no root causes set up', async () => {
    const el = mount('c-deal-review-form', DealReviewForm, { opportunityId: OPPORTUNITY_ID });
    objectInfoAdapter.emit(objectInfo);
    await flushPromises();
    picklistAdapter.emit({ defaultValue: null, values: [] });
    await flushPromises();
    expect(byId(el, 'no-values')).not.toBeNull();
    expect(byId(el, 'save')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('shows the error panel when the form cannot load', async () => {
    const el = mount('c-deal-review-form', DealReviewForm, { opportunityId: OPPORTUNITY_ID });
    objectInfoAdapter.error({ message: 'Object not found' }, 404, 'Not Found');
    await flushPromises();
    const panel = byId<HTMLElement & { friendlyMessage: string }>(el, 'load-error')!;
    expect(panel.friendlyMessage).toBe('c.Coaching_Review_Load_Error');
    expect(el.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('says the user cannot record root causes when field-level security hides the field', async () => {
    const hidden = withoutField('Root_Cause__c');
    const el = mount('c-deal-review-form', DealReviewForm, { opportunityId: OPPORTUNITY_ID });
    objectInfoAdapter.emit(hidden);
    await flushPromises();
    expect(byId(el, 'no-access')!.textContent).toBe('c.Coaching_Review_No_Access');
    // No picklist request for a field the user cannot see.
    expect(picklistAdapter.getLastConfig().recordTypeId).toBeUndefined();
    await expect(el).toBeAccessible();
  });

  it('works without the notes field when it is hidden, and then refuses Other', async () => {
    const hidden = withoutField('Notes__c');
    create.mockResolvedValueOnce({ id: 'a03000000000004AAA' });
    const el = await mountReady({}, hidden);
    expect(byId(el, 'notes')).toBeNull();
    choose(el, 'Other');
    await flushPromises();
    await save(el);
    expect(create).not.toHaveBeenCalled();
    expect(byId(el, 'error-summary')!.textContent).toContain('c.Coaching_Review_Error_Notes_Hidden');
    choose(el, 'Price');
    await flushPromises();
    await save(el);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0][0].fields).not.toHaveProperty('Notes__c');
    await expect(el).toBeAccessible();
  });

  it('does not offer to write a review the user may not create', async () => {
    const el = mount('c-deal-review-form', DealReviewForm, { opportunityId: OPPORTUNITY_ID });
    objectInfoAdapter.emit({ ...objectInfo, createable: false });
    await flushPromises();
    picklistAdapter.emit(picklist);
    await flushPromises();
    expect(byId(el, 'no-access')).not.toBeNull();
    expect(byId(el, 'save')).toBeNull();
  });
});
