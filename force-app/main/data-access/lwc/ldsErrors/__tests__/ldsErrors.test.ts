import { reduceErrors } from 'c/ldsErrors';

describe('reduceErrors', () => {
  it('reads UI API page and field errors', () => {
    const error = {
      body: {
        pageErrors: [{ message: 'Duration must be between 15 and 120 minutes.' }],
        fieldErrors: { CloseDate: [{ message: 'Close date is required.' }] }
      }
    };
    expect(reduceErrors(error)).toEqual(['Duration must be between 15 and 120 minutes.', 'Close date is required.']);
  });

  it('reads record API output errors and an array of bodies', () => {
    expect(
      reduceErrors({ body: { output: { errors: [{ message: 'A' }], fieldErrors: { Name: [{ message: 'B' }] } } } })
    ).toEqual(['A', 'B']);
    expect(reduceErrors({ body: [{ message: 'first' }, { message: 'second' }] })).toEqual(['first', 'second']);
  });

  it('reads GraphQL errors, thrown errors, strings and status text, de-duplicated', () => {
    expect(
      reduceErrors([
        { errors: [{ message: 'No such column' }] },
        new Error('boom'),
        'boom',
        { statusText: 'Server Error' }
      ])
    ).toEqual(['No such column', 'boom', 'Server Error']);
  });

  it('falls back to the body message and ignores empty input', () => {
    expect(reduceErrors({ body: { message: 'Insufficient access' } })).toEqual(['Insufficient access']);
    expect(reduceErrors(undefined)).toEqual([]);
    expect(reduceErrors([null, '', {}])).toEqual([]);
  });

  it('keeps the readable messages of malformed error lists instead of throwing', () => {
    const malformed = {
      body: {
        pageErrors: [null, { message: 'Record is locked' }],
        fieldErrors: { Notes__c: [null, { message: 'Too long' }], Due_Date__c: null },
        output: { errors: [{}, { message: 'Record is locked' }] }
      }
    } as unknown as Parameters<typeof reduceErrors>[0];
    expect(reduceErrors(malformed)).toEqual(['Record is locked', 'Too long']);
    expect(reduceErrors({ errors: [null, { message: 'Field is not accessible' }] } as never)).toEqual([
      'Field is not accessible'
    ]);
    expect(reduceErrors({ body: [null, { message: 'Gone' }] } as never)).toEqual(['Gone']);
  });
});
