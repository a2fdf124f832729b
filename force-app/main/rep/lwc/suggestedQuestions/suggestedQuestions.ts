import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';
import { displayText, textItems } from 'c/coachingFormat';

/** Coaching questions that fit the facts on screen (from the engine), as a short list. */
export default class SuggestedQuestions extends LightningElement {
  @api questions: { key: string; text: string }[] = [];
  /** Overrides the default heading ("Questions to think about"). */
  @api heading = '';
  /** The heading level that fits where the list sits (3, 4 or 5), so headings stay in order. */
  @api level = 3;

  get headingText(): string {
    return displayText(this.heading) || LABELS.questionsHeading;
  }

  get isLevel4(): boolean {
    return Number(this.level) === 4;
  }

  get isLevel5(): boolean {
    return Number(this.level) === 5;
  }

  get hasQuestions(): boolean {
    return this.items.length > 0;
  }

  /** Questions without text (a list of the wrong type, an entry that is not a record) are left out. */
  get items(): { key: string; text: string }[] {
    return textItems(this.questions, 'question');
  }
}
