import { createInput, fieldApiName, objectApiName, updateInput } from 'c/recordInput';
import { fieldErrorMessages } from 'c/ldsErrors';

describe('c/recordInput', () => {
  it('reads object and field names from schema references and dotted strings', () => {
    expect(fieldApiName({ objectApiName: 'Action_Item__c', fieldApiName: 'Due_Date__c' })).toBe('Due_Date__c');
    expect(objectApiName({ objectApiName: 'Action_Item__c' })).toBe('Action_Item__c');
    expect(fieldApiName('Action_Item__c.Status__c')).toBe('Status__c');
    expect(objectApiName('Action_Item__c.Status__c')).toBe('Action_Item__c');
    expect(fieldApiName('Name')).toBe('Name');
  });

  it('writes null to clear a field and leaves undefined values out', () => {
    const status = { objectApiName: 'Action_Item__c', fieldApiName: 'Status__c' };
    const account = { objectApiName: 'Action_Item__c', fieldApiName: 'Account__c' };
    const notes = { objectApiName: 'Action_Item__c', fieldApiName: 'Description__c' };
    expect(
      createInput({ objectApiName: 'Action_Item__c' }, [
        [status, 'Open'],
        [account, undefined],
        [notes, null]
      ])
    ).toEqual({
      apiName: 'Action_Item__c',
      fields: { Status__c: 'Open', Description__c: null }
    });
    expect(updateInput('a03X', [[status, 'Done']])).toEqual({ fields: { Id: 'a03X', Status__c: 'Done' } });
  });
});

describe('fieldErrorMessages', () => {
  it('collects the messages of each field from UI API and Apex-style errors', () => {
    expect(
      fieldErrorMessages({
        body: {
          fieldErrors: { Due_Date__c: [{ message: 'Enter a Due Date.' }] },
          output: {
            errors: [{ message: 'page level' }],
            fieldErrors: {
              Due_Date__c: [{ message: 'Must be a weekday.' }],
              Name: [{ message: 'Too long.' }, { message: '' }]
            }
          }
        }
      })
    ).toEqual({ Due_Date__c: 'Enter a Due Date. Must be a weekday.', Name: 'Too long.' });
    expect(fieldErrorMessages(null)).toEqual({});
    expect(fieldErrorMessages('plain text')).toEqual({});
  });
});
