import { LightningElement, api } from 'lwc';
import type { ChangeRow, ChangesView } from 'c/agendaViewModel';
import { formatLabel } from 'c/coachingFormat';
import { LABELS } from 'c/managerLabels';

/** Week over week: what moved in the rep's pipeline since the snapshot of the last held 1:1. */
export default class WeekChanges extends LightningElement {
  /** null when no earlier 1:1 stored a snapshot. */
  @api changes: ChangesView | null = null;

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

  get rows(): ChangeRow[] {
    return this.changes?.rows ?? [];
  }
}
