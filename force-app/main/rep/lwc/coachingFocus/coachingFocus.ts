import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';
import { NO_DATA, displayText, recordList, recordOrNull, textItems } from 'c/coachingFormat';

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

  /**
   * The focus as the template shows it. A focus without a title (wrong type, or the field hidden) is no focus; a
   * figure whose value is missing reads "No data"; figures and questions without text are left out.
   */
  get view(): FocusView | null {
    const focus = recordOrNull<Partial<FocusView>>(this.focus);
    const title = displayText(focus?.title);
    if (!focus || !title) return null;
    return {
      code: displayText(focus.code),
      title,
      skill: displayText(focus.skill),
      source: displayText(focus.source),
      figures: recordList<Partial<FocusFigure>>(focus.figures)
        .filter((f) => displayText(f.label))
        .map((f, i) => ({
          key: displayText(f.key) || `figure-${i}`,
          label: displayText(f.label),
          value: displayText(f.value, NO_DATA)
        })),
      questions: textItems(focus.questions, 'question')
    };
  }

  get hasFocus(): boolean {
    return this.view !== null;
  }

  get hasFigures(): boolean {
    return (this.view?.figures ?? []).length > 0;
  }

  get hasQuestions(): boolean {
    return (this.view?.questions ?? []).length > 0;
  }
}
