import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import viewRecordLabel from '@salesforce/label/c.Coaching_View_Record';
import { displayText } from 'c/coachingFormat';

/**
 * Links to a record with `lightning/navigation`, so the same markup works in Lightning Experience, the
 * console and the mobile app. The href is generated for open-in-new-tab; a plain click navigates in place.
 */
export default class RecordLink extends NavigationMixin(LightningElement) {
  @api label = '';

  /** A link always has text: when the record's name is hidden (field-level security), "View record". */
  get text(): string {
    return displayText(this.label).trim() || viewRecordLabel;
  }
  /** `view` by default; `edit` opens the record's edit page. */
  @api actionName = 'view';
  url = '#';
  private currentId: string | null = null;

  @api
  get recordId(): string | null {
    return this.currentId;
  }
  set recordId(value: string | null) {
    // Only a non-empty string is a record id; anything else (null, a number, an object) links nowhere.
    this.currentId = typeof value === 'string' && value.trim() ? value : null;
    this.url = '#';
    if (this.currentId) this.generate(this.currentId);
  }

  private get pageReference(): { type: string; attributes: Record<string, unknown> } {
    return { type: 'standard__recordPage', attributes: { recordId: this.currentId, actionName: this.actionName } };
  }

  private async generate(recordId: string): Promise<void> {
    let url: string | null = null;
    try {
      url = await this[NavigationMixin.GenerateUrl](this.pageReference);
    } catch {
      // No URL (e.g. a context without navigation): the link keeps "#", and a click still navigates in place.
      return;
    }
    // Ignore an answer for a record this link no longer shows.
    if (recordId === this.currentId && typeof url === 'string' && url) this.url = url;
  }

  handleClick(event: MouseEvent): void {
    if (!this.currentId || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    this[NavigationMixin.Navigate](this.pageReference);
  }
}
