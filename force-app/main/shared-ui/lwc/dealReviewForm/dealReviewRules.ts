/**
 * The Deal_Review__c rules, checked in the form before anything is saved. They mirror the object's own
 * required fields and validation rules (Root_Cause__c required, Notes_Required_For_Other), which stay the
 * final word on the server.
 */

/** The Loss_Root_Cause value whose meaning lives only in the notes. */
export const OTHER_ROOT_CAUSE = 'Other';
/** Deal_Review__c.Notes__c is a Long Text Area(4000). */
export const NOTES_MAX_LENGTH = 4000;

export interface DealReviewInput {
  rootCause: string | null | undefined;
  notes: string | null | undefined;
}

export type DealReviewProblem = 'ROOT_CAUSE_MISSING' | 'ROOT_CAUSE_UNKNOWN' | 'NOTES_REQUIRED' | 'NOTES_TOO_LONG';

export interface DealReviewCheck {
  rootCause: DealReviewProblem | null;
  notes: DealReviewProblem | null;
  valid: boolean;
}

const blank = (value: string | null | undefined): boolean => (value ?? '').trim() === '';

/**
 * Field by field, what stops this review from being saved. `allowedValues` are the root causes the admin has
 * made available; a value outside them (a stale draft, a deactivated cause) is refused.
 */
export function checkDealReview(input: DealReviewInput, allowedValues: readonly string[]): DealReviewCheck {
  const rootCause: DealReviewProblem | null = blank(input.rootCause)
    ? 'ROOT_CAUSE_MISSING'
    : allowedValues.includes(String(input.rootCause))
      ? null
      : 'ROOT_CAUSE_UNKNOWN';
  const notes: DealReviewProblem | null =
    (input.notes ?? '').length > NOTES_MAX_LENGTH
      ? 'NOTES_TOO_LONG'
      : input.rootCause === OTHER_ROOT_CAUSE && blank(input.notes)
        ? 'NOTES_REQUIRED'
        : null;
  return { rootCause, notes, valid: rootCause === null && notes === null };
}
