import { reportField, reportServerFieldErrors } from 'c/formValidity';

function form(): { root: HTMLElement; calls: [string, string][] } {
  const root = document.createElement('div');
  const calls: [string, string][] = [];
  for (const field of ['subject', 'dueDate']) {
    const input = document.createElement('div') as unknown as HTMLElement & Record<string, unknown>;
    input.dataset.field = field;
    input.setCustomValidity = (message: string) => calls.push([field, message]);
    input.reportValidity = () => calls.push([field, 'reported']);
    root.appendChild(input);
  }
  return { root, calls };
}

describe('c/formValidity', () => {
  it('sets and reports a field’s message, and ignores a field that is not there', () => {
    const { root, calls } = form();
    reportField(root, 'subject', 'Enter what was agreed.');
    reportField(root, 'missing', 'x');
    reportField(null, 'subject', 'x');
    expect(calls).toEqual([
      ['subject', 'Enter what was agreed.'],
      ['subject', 'reported']
    ]);
  });

  it('maps a failed write’s field errors onto the form’s fields', () => {
    const { root, calls } = form();
    const shown = reportServerFieldErrors(
      root,
      {
        body: {
          output: {
            errors: [],
            fieldErrors: {
              Due_Date__c: [{ message: 'Enter a Due Date.' }],
              Status__c: [{ message: 'not on this form' }]
            }
          }
        }
      },
      { Due_Date__c: 'dueDate' }
    );
    expect(shown).toEqual({ dueDate: 'Enter a Due Date.' });
    expect(calls).toEqual([
      ['dueDate', 'Enter a Due Date.'],
      ['dueDate', 'reported']
    ]);
  });
});
