import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';

export interface FocusFigure {
  key: string;
  label: string;
  value: string;
}

/** The coaching focus agreed at a held 1:1, ready to show. */
export interface FocusView {
  code: string;
  title: string;
  skill: string;
  /** Where it comes from, e.g. "From your 1:1 on Mar 3, 2027". */
  source: string;
  figures: FocusFigure[];
  questions: { key: string; text: string }[];
}

/** The rep's current coaching focus with the figures behind it and the questions to prepare. */
export default class CoachingFocus extends LightningElement {
  @api focus: FocusView | null = null;
  /** Shown instead of the empty state when the focus cannot be read (field-level security). */
  @api unavailableMessage = '';

  labels = LABELS;

  get hasFocus(): boolean {
    return !!this.focus;
  }

  get hasFigures(): boolean {
    return (this.focus?.figures ?? []).length > 0;
  }

  get hasQuestions(): boolean {
    return (this.focus?.questions ?? []).length > 0;
  }
}
