import MyCoachingFeedback from 'c/myCoachingFeedback';
import apexGetMyFeedbackSummary from '@salesforce/apex/CoachingFeedbackAggregateService.getMyFeedbackSummary';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';

// A user without the Coaching Manage custom permission (a rep who found the card on a shared Home page).
jest.mock('@salesforce/customPermission/Coaching_Manage', () => ({ default: undefined }), { virtual: true });
jest.mock('@salesforce/apex/CoachingFeedbackAggregateService.getMyFeedbackSummary', () => ({ default: jest.fn() }), {
  virtual: true
});

describe('c-my-coaching-feedback without the Coaching Manage permission', () => {
  afterEach(cleanup);

  it('explains what the card is for and calls nothing', async () => {
    const el = mount('c-my-coaching-feedback', MyCoachingFeedback, {});
    await flushPromises();
    expect(byId(el, 'not-available')!.textContent).toBe('c.Coaching_My_Feedback_Not_Available');
    expect(apexGetMyFeedbackSummary as unknown as jest.Mock).not.toHaveBeenCalled();
    expect(byId(el, 'window')).toBeNull();
    await expect(el).toBeAccessible();
  });
});
