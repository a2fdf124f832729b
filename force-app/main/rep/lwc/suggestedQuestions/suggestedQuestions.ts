import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';

/** Coaching questions that fit the facts on screen (from the engine), as a short list. */
export default class SuggestedQuestions extends LightningElement {
  @api questions: { key: string; text: string }[] = [];
  /** Overrides the default heading ("Questions to think about"). */
  @api heading = '';

  get headingText(): string {
    return this.heading || LABELS.questionsHeading;
  }

  get hasQuestions(): boolean {
    return (this.questions ?? []).length > 0;
  }
}
