import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';

/** The deal as one held 1:1 saw it; `changed` marks values that differ from the previous 1:1. */
export interface DealSightingRow {
  key: string;
  seen: string;
  stage: string;
  closeDate: string;
  amount: string;
  category: string;
  stageChanged: boolean;
  closeChanged: boolean;
  amountChanged: boolean;
  categoryChanged: boolean;
}

const cell = (changed: boolean): string => (changed ? 'history__changed' : '');

/** The deal's week-over-week story from the 1:1 snapshots, newest first; changed values are marked in words. */
export default class DealHistory extends LightningElement {
  @api sightings: DealSightingRow[] = [];
  /** Set when the snapshots cannot be read (field-level security): says so instead of "no history". */
  @api unavailable = false;
  labels = LABELS;

  get hasRows(): boolean {
    return (this.sightings ?? []).length > 0;
  }

  get rows(): (DealSightingRow & {
    stageClass: string;
    closeClass: string;
    amountClass: string;
    categoryClass: string;
  })[] {
    return (this.sightings ?? []).map((s) => ({
      ...s,
      stageClass: cell(s.stageChanged),
      closeClass: cell(s.closeChanged),
      amountClass: cell(s.amountChanged),
      categoryClass: cell(s.categoryChanged)
    }));
  }
}
