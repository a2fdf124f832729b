/**
 * A developer page of the preview (/preview/dev/write): saves a record through the real client-side
 * `lightning/uiRecordApi` and shows any failure with the package's own `c-error-panel`, so the whole chain
 * (CRUD/FLS/sharing, validation rules, the platform error shape, c/ldsErrors) can be tried by hand and in e2e.
 */
import { LightningElement } from 'lwc';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';

export default class WriteProbe extends LightningElement {
  objectApiName = 'Coaching_Cadence__c';
  recordId = '';
  fieldsJson = '{\n  "Duration_Minutes__c": 5\n}';
  error: unknown = null;
  saving = false;

  handleObject(event: Event): void {
    this.objectApiName = (event.target as HTMLInputElement).value.trim();
  }

  handleRecordId(event: Event): void {
    this.recordId = (event.target as HTMLInputElement).value.trim();
  }

  handleFields(event: Event): void {
    this.fieldsJson = (event.target as HTMLTextAreaElement).value;
  }

  get hasError(): boolean {
    return this.error !== null;
  }

  async handleSave(): Promise<void> {
    this.error = null;
    let fields: Record<string, unknown>;
    try {
      fields = JSON.parse(this.fieldsJson) as Record<string, unknown>;
    } catch {
      this.error = 'The fields are not valid JSON.';
      return;
    }
    this.saving = true;
    try {
      const saved = this.recordId
        ? await updateRecord({ fields: { ...fields, Id: this.recordId } })
        : await createRecord({ apiName: this.objectApiName, fields });
      this.dispatchEvent(
        new ShowToastEvent({ title: 'Saved', message: `Record ${saved.id} saved.`, variant: 'success' })
      );
    } catch (error) {
      this.error = error;
    } finally {
      this.saving = false;
    }
  }
}
