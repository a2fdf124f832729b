import { hasErrorCode } from 'c/ldsErrors';

describe('hasErrorCode', () => {
  it('finds a code in UI API output errors, field errors and Apex page errors', () => {
    const uiApi = {
      body: { output: { errors: [{ errorCode: 'DUPLICATE_VALUE', message: 'duplicate value found: Review_Key__c' }] } }
    };
    const fieldLevel = {
      body: { output: { fieldErrors: { Session_Key__c: [{ errorCode: 'DUPLICATE_VALUE', message: 'dup' }] } } }
    };
    const apex = { body: { pageErrors: [{ statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'x' }] } };
    expect(hasErrorCode(uiApi, 'DUPLICATE_VALUE')).toBe(true);
    expect(hasErrorCode(fieldLevel, 'DUPLICATE_VALUE')).toBe(true);
    expect(hasErrorCode(apex, 'FIELD_CUSTOM_VALIDATION_EXCEPTION')).toBe(true);
    expect(hasErrorCode(apex, 'DUPLICATE_VALUE')).toBe(false);
  });

  it('is false for errors without codes, strings and nothing', () => {
    expect(hasErrorCode(new Error('DUPLICATE_VALUE in the text only'), 'DUPLICATE_VALUE')).toBe(false);
    expect(hasErrorCode('DUPLICATE_VALUE', 'DUPLICATE_VALUE')).toBe(false);
    expect(hasErrorCode(null, 'DUPLICATE_VALUE')).toBe(false);
  });

  it('does not loop on a circular error', () => {
    const error: Record<string, unknown> = { body: {} };
    (error.body as Record<string, unknown>).self = error;
    expect(hasErrorCode(error, 'DUPLICATE_VALUE')).toBe(false);
  });
});
