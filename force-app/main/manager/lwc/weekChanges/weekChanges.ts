import { LightningElement, api } from 'lwc';
import type { ChangeRow, ChangesView } from 'c/agendaViewModel';
import { formatLabel } from 'c/coachingFormat';
import { LABELS } from 'c/managerLabels';

/**
 * Week over week: what moved in the rep's pipeline since the last held 1:1, from its snapshot and from opportunity
 * history. Presentational: the agenda loads both and merges them (c/agendaViewModel withHistory).
 */
export default class WeekChanges extends LightningElement {
  /** null when no earlier 1:1 stored a snapshot and history adds nothing. */
  @api changes: ChangesView | null = null;
  /** Why history is partial or missing (truncated, or the Apex call failed), or ''. */
  @api historyNote = '';
  /** The note reports a failure rather than a limit. */
  @api historyFailed = false;

  labels = {
    caption: LABELS.changesCaption,
    deal: LABELS.changesColDeal,
    what: LABELS.changesColWhat,
    detail: LABELS.changesColDetail,
    none: LABELS.changesNone,
    noBaseline: LABELS.changesNoBaseline
  };

  get hasBaseline(): boolean {
    return !!this.changes;
  }

  get hasChanges(): boolean {
    return !!this.changes?.hasChanges;
  }

  get heading(): string {
    return formatLabel(LABELS.changesHeading, this.changes?.since ?? '—');
  }

  get summary(): ChangesView['summary'] {
    return this.changes?.summary ?? [];
  }

  get rows(): (ChangeRow & { hasHistory: boolean })[] {
    const given = this.changes?.rows;
    const rows = Array.isArray(given) ? given : [];
    return rows.map((row) => ({ ...row, history: row.history ?? '', hasHistory: !!row.history }));
  }

  get noteClass(): string {
    return `slds-scoped-notification slds-m-bottom_x-small ${this.historyFailed ? 'slds-theme_error' : 'slds-theme_warning'}`;
  }
}
