import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/managerLabels';

type Mode = 'choose' | 'reschedule' | 'skip';

/** A small clock margin: a start "now" on a slightly slow machine is not in the future. */
const FUTURE_MARGIN_MS = 5 * 60_000;

/**
 * How the 1:1 ended. Presentational: it checks the input (held at not in the future; a new time in the future
 * and a reason to reschedule; a reason to skip) and asks the agenda with `markheld`, `reschedule` or `skip`.
 * The agenda disables it (`busy`) while it saves, so a double click writes once.
 */
export default class SessionStatusPanel extends LightningElement {
  @api busy = false;
  @api timeZone = 'UTC';
  /** ms since epoch: "now" as the agenda read it (the clock's now when missing or invalid). */
  @api nowMs = 0;

  mode: Mode = 'choose';
  actualStart = '';
  newStart = '';
  reason = '';
  errors: Record<string, string> = {};

  labels = {
    heading: LABELS.statusHeading,
    heldAt: LABELS.statusHeldAt,
    reschedule: LABELS.statusReschedule,
    skip: LABELS.statusSkip,
    newStart: LABELS.statusNewStart,
    back: LABELS.statusBack
  };

  /** The default "held at" (ISO), e.g. the scheduled start when the 1:1 happened on time. */
  @api
  get defaultActualStart(): string {
    return this.actualStart;
  }
  set defaultActualStart(value: string) {
    // Only a real instant: a start hidden by field-level security (absent) or garbage leaves the field to the manager.
    if (typeof value === 'string' && Number.isFinite(Date.parse(value))) this.actualStart = value;
  }

  /** The zone the date-time inputs use; UTC when the agenda has none. */
  get zone(): string {
    return typeof this.timeZone === 'string' && this.timeZone ? this.timeZone : 'UTC';
  }

  private get now(): number {
    return typeof this.nowMs === 'number' && Number.isFinite(this.nowMs) && this.nowMs > 0 ? this.nowMs : Date.now();
  }

  get isChoosing(): boolean {
    return this.mode === 'choose';
  }

  get isRescheduling(): boolean {
    return this.mode === 'reschedule';
  }

  get heldLabel(): string {
    return this.busy ? LABELS.saving : LABELS.statusMarkHeld;
  }

  get reasonLabel(): string {
    return this.mode === 'reschedule' ? LABELS.statusRescheduleReason : LABELS.statusSkipReason;
  }

  get confirmLabel(): string {
    if (this.busy) return LABELS.saving;
    return this.mode === 'reschedule' ? LABELS.statusConfirmReschedule : LABELS.statusConfirmSkip;
  }

  get errorList(): { field: string; text: string }[] {
    return Object.entries(this.errors).map(([field, text]) => ({ field, text }));
  }

  get hasErrors(): boolean {
    return this.errorList.length > 0;
  }

  handleChange(event: CustomEvent<{ value: string }>): void {
    const field = (event.target as HTMLElement).dataset.field as 'actualStart' | 'newStart' | 'reason';
    this[field] = event.detail?.value ?? '';
    if (this.errors[field]) {
      const rest = { ...this.errors };
      delete rest[field];
      this.errors = rest;
    }
  }

  handleChooseReschedule(): void {
    this.mode = 'reschedule';
    this.errors = {};
  }

  handleChooseSkip(): void {
    this.mode = 'skip';
    this.errors = {};
  }

  handleBack(): void {
    this.mode = 'choose';
    this.errors = {};
  }

  handleMarkHeld(): void {
    if (this.busy) return;
    const at = Date.parse(this.actualStart);
    if (!Number.isFinite(at)) this.errors = { actualStart: LABELS.statusHeldAtRequired };
    else if (at > this.now + FUTURE_MARGIN_MS) this.errors = { actualStart: LABELS.statusHeldAtFuture };
    else {
      this.errors = {};
      this.dispatchEvent(new CustomEvent('markheld', { detail: { actualStart: new Date(at).toISOString() } }));
    }
  }

  handleConfirm(): void {
    if (this.busy) return;
    const errors: Record<string, string> = {};
    const reason = this.reason.trim();
    if (!reason) errors.reason = LABELS.statusReasonRequired;
    let newStart: string | null = null;
    if (this.mode === 'reschedule') {
      const at = Date.parse(this.newStart);
      if (!Number.isFinite(at)) errors.newStart = LABELS.statusNewStartRequired;
      else if (at <= this.now) errors.newStart = LABELS.statusNewStartPast;
      else newStart = new Date(at).toISOString();
    }
    this.errors = errors;
    if (Object.keys(errors).length > 0) return;
    if (this.mode === 'reschedule') this.dispatchEvent(new CustomEvent('reschedule', { detail: { newStart, reason } }));
    else this.dispatchEvent(new CustomEvent('skip', { detail: { reason } }));
  }
}
