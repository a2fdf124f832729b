import { LightningElement, api, wire } from 'lwc';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import type { ObjectInfo } from 'lightning/uiObjectInfoApi';
import { createRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import FEEDBACK_OBJECT from '@salesforce/schema/Coaching_Feedback__c';
import SESSION_FIELD from '@salesforce/schema/Coaching_Feedback__c.Session__c';
import REP_FIELD from '@salesforce/schema/Coaching_Feedback__c.Rep__c';
import MANAGER_FIELD from '@salesforce/schema/Coaching_Feedback__c.Manager__c';
import PREPARATION_FIELD from '@salesforce/schema/Coaching_Feedback__c.Preparation_Rating__c';
import PIPELINE_INSIGHT_FIELD from '@salesforce/schema/Coaching_Feedback__c.Pipeline_Insight_Rating__c';
import SKILL_DEVELOPMENT_FIELD from '@salesforce/schema/Coaching_Feedback__c.Skill_Development_Rating__c';
import ACTION_CLARITY_FIELD from '@salesforce/schema/Coaching_Feedback__c.Action_Clarity_Rating__c';
import REP_AGENDA_FIELD from '@salesforce/schema/Coaching_Feedback__c.Rep_Agenda_Rating__c';
import OVERALL_FIELD from '@salesforce/schema/Coaching_Feedback__c.Overall_Value__c';
import IMPROVEMENT_FIELD from '@salesforce/schema/Coaching_Feedback__c.Improvement__c';
import type { SurveyQuestion } from 'c/coachingModel';
import { formatDateTime, formatLabel } from 'c/coachingFormat';
import { hasErrorCode } from 'c/ldsErrors';
import { createInput, fieldApiName } from 'c/recordInput';
import type { SchemaRef } from 'c/recordInput';
import type { AnyError } from 'c/ldsErrors';
import { LABELS } from './labels';
import { askedQuestions, checkSurvey } from './surveyRules';
import type { AskedQuestion, SurveyAnswers, SurveyDimension, SurveyProblem } from './surveyRules';

/** Where each answer is stored (schema references, so the package namespace is applied on the platform). */
const FIELD_REF: Record<SurveyDimension, SchemaRef> = {
  Preparation: PREPARATION_FIELD,
  Pipeline_Insight: PIPELINE_INSIGHT_FIELD,
  Skill_Development: SKILL_DEVELOPMENT_FIELD,
  Action_Clarity: ACTION_CLARITY_FIELD,
  Rep_Agenda: REP_AGENDA_FIELD,
  Overall: OVERALL_FIELD,
  Improvement: IMPROVEMENT_FIELD
};
const FIELD_OF = Object.fromEntries(
  Object.entries(FIELD_REF).map(([dimension, ref]) => [dimension, fieldApiName(ref)])
) as Record<SurveyDimension, string>;

interface QuestionRow {
  key: SurveyDimension;
  text: string;
  isRating: boolean;
  /** 'button' (a row of numbers), or 'radio' (a list) for a long scale that would not fit the width. */
  ratingType: 'button' | 'radio';
  options: { label: string; value: string }[];
  scale: string;
  value: string;
  maxLength: number;
}

export interface SurveySubmittedDetail {
  id: string;
  sessionId: string;
}

/**
 * Narrower than this (px), a scale of more than five numbers is a list: eleven 0–10 buttons need about 440px and
 * would run out of the card on a phone or in a narrow column. The 1–5 rows (about 200px) always fit.
 */
export const WIDE_SCALE_MIN_WIDTH = 480;
const SHORT_SCALE = 5;

function ratingOptions(min: number, max: number): { label: string; value: string }[] {
  const options = [];
  for (let n = min; n <= max; n++) options.push({ label: String(n), value: String(n) });
  return options;
}

/**
 * The rep's short survey about one held 1:1: the five framework ratings (1–5), overall value (0–10) and one
 * thing to improve, worded by the admin's Survey_Question__mdt records. Says who will see the answers before
 * they are sent, checks every answer first, keeps them on any failure, and submits once per 1:1.
 */
export default class FeedbackSurvey extends LightningElement {
  /** The held Coaching_Session__c the answers are about. */
  @api sessionId: string | null = null;
  @api managerId: string | null = null;
  /** The rep answering; the running user unless a container says otherwise. */
  @api repId: string = USER_ID;
  @api managerName = '';
  /** When the 1:1 was held (ISO instant), for "About your 1:1 with … on …". */
  @api heldAt: string | null = null;
  /** Survey questions from the settings (c/coachingApi getSettings). Empty: the default wording. */
  @api questions: SurveyQuestion[] = [];
  /** The k of the k-anonymity rule (settings), quoted in the privacy note. */
  @api kMinimum = 3;
  /** Feedback for this 1:1 already exists: show the thank-you state. */
  @api answered = false;

  labels = LABELS;
  objectInfo: ObjectInfo | null = null;
  loadError: AnyError = null;
  saveError: AnyError = null;
  answers: SurveyAnswers = {};
  problems: Partial<Record<SurveyDimension, SurveyProblem>> = {};
  isSaving = false;
  submitted = false;
  /** The server said this 1:1 already has feedback (e.g. sent from another tab). */
  alreadyAnswered = false;
  /** The survey is narrower than a long scale's row of buttons (measured; unknown counts as wide). */
  narrow = false;
  private resizeObserver: ResizeObserver | null = null;

  override renderedCallback(): void {
    const section = this.template?.querySelector<HTMLElement>('section');
    if (!section || this.resizeObserver || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect?.width ?? 0;
      // Zero: not laid out (e.g. a hidden tab); keep the current choice rather than flip to the list.
      if (width <= 0) return;
      const narrow = width < WIDE_SCALE_MIN_WIDTH;
      if (narrow !== this.narrow) this.narrow = narrow;
    });
    this.resizeObserver.observe(section);
  }

  override disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  @wire(getObjectInfo, { objectApiName: FEEDBACK_OBJECT })
  wiredObjectInfo({ data, error }: { data?: ObjectInfo; error?: AnyError }): void {
    if (data) {
      this.objectInfo = data;
      this.loadError = null;
    } else if (error) {
      this.loadError = error;
    }
  }

  get asked(): AskedQuestion[] {
    const fields = this.objectInfo?.fields ?? {};
    // An optional question whose field the user cannot write is left out rather than silently dropped on save.
    return askedQuestions(this.questions).filter((q) => q.required || fields[FIELD_OF[q.dimension]]?.createable);
  }

  get hasSession(): boolean {
    return !!this.sessionId;
  }

  get isLoading(): boolean {
    return this.hasSession && !this.isDone && !this.objectInfo && !this.loadError;
  }

  get isDone(): boolean {
    return this.answered || this.submitted || this.alreadyAnswered;
  }

  get thanksMessage(): string {
    return this.alreadyAnswered || (this.answered && !this.submitted) ? LABELS.already : LABELS.thanks;
  }

  /** The user may not create feedback, or a required answer's field is hidden from them. */
  get isUnavailable(): boolean {
    const info = this.objectInfo;
    if (!info) return false;
    if (!info.createable) return true;
    return this.asked.some((q) => q.required && !info.fields?.[FIELD_OF[q.dimension]]?.createable);
  }

  get about(): string {
    if (!this.managerName && !this.heldAt) return '';
    return formatLabel(LABELS.about, this.managerName, formatDateTime(this.heldAt, LOCALE, TIME_ZONE));
  }

  get privacyNote(): string {
    return formatLabel(LABELS.privacy, this.kMinimum);
  }

  get rows(): QuestionRow[] {
    return this.asked.map((q) => ({
      key: q.dimension,
      text: q.text,
      isRating: q.kind === 'rating',
      ratingType: this.narrow && q.max - q.min + 1 > SHORT_SCALE ? 'radio' : 'button',
      options: q.kind === 'rating' ? ratingOptions(q.min, q.max) : [],
      scale: q.dimension === 'Overall' ? LABELS.scaleValue : q.kind === 'rating' ? LABELS.scaleAgree : '',
      value:
        this.answers[q.dimension] === undefined || this.answers[q.dimension] === null
          ? ''
          : String(this.answers[q.dimension]),
      maxLength: q.max
    }));
  }

  private messageFor(q: AskedQuestion, problem: SurveyProblem): string {
    if (problem === 'RATING_MISSING') return LABELS.ratingMissing;
    if (problem === 'RATING_OUT_OF_RANGE') return formatLabel(LABELS.ratingOutOfRange, q.min, q.max);
    return formatLabel(LABELS.textTooLong, q.max);
  }

  get errorMessages(): { key: string; text: string }[] {
    return this.asked
      .filter((q) => this.problems[q.dimension])
      .map((q) => ({ key: q.dimension, text: `${q.text} ${this.messageFor(q, this.problems[q.dimension]!)}` }));
  }

  get hasErrors(): boolean {
    return this.errorMessages.length > 0;
  }

  get submitLabel(): string {
    return this.isSaving ? LABELS.submitting : LABELS.submit;
  }

  handleAnswer(event: CustomEvent<{ value: string }>): void {
    const dimension = (event.target as HTMLElement).dataset.dimension as SurveyDimension;
    this.answers = { ...this.answers, [dimension]: event.detail.value };
    if (this.problems[dimension]) {
      const rest = { ...this.problems };
      delete rest[dimension];
      this.problems = rest;
    }
  }

  async handleSubmit(): Promise<void> {
    if (this.isSaving || this.isDone) return;
    const asked = this.asked;
    const check = checkSurvey(this.answers, asked);
    this.problems = check.problems;
    this.showFieldValidity(asked);
    if (!check.valid || !check.values) return;

    this.isSaving = true;
    this.saveError = null;
    const answers = Object.entries(check.values).map(
      ([dimension, value]) => [FIELD_REF[dimension as SurveyDimension], value] as const
    );
    try {
      const created = await createRecord(
        createInput(FEEDBACK_OBJECT, [
          [SESSION_FIELD, this.sessionId],
          [REP_FIELD, this.repId],
          [MANAGER_FIELD, this.managerId],
          ...answers
        ])
      );
      this.submitted = true;
      this.dispatchEvent(new ShowToastEvent({ title: LABELS.sentToast, variant: 'success' }));
      const detail: SurveySubmittedDetail = { id: created.id, sessionId: this.sessionId ?? '' };
      this.dispatchEvent(new CustomEvent('surveysubmitted', { detail }));
    } catch (error) {
      // One survey per 1:1: the unique Session_Key__c refuses a second one.
      if (hasErrorCode(error as AnyError, 'DUPLICATE_VALUE')) this.alreadyAnswered = true;
      else this.saveError = error as AnyError;
    } finally {
      this.isSaving = false;
    }
  }

  private showFieldValidity(asked: AskedQuestion[]): void {
    for (const q of asked) {
      const input = this.template?.querySelector<
        HTMLElement & { setCustomValidity(m: string): void; reportValidity(): boolean }
      >(`[data-dimension="${q.dimension}"]`);
      if (!input) continue;
      const problem = this.problems[q.dimension];
      input.setCustomValidity(problem ? this.messageFor(q, problem) : '');
      input.reportValidity();
    }
  }
}
