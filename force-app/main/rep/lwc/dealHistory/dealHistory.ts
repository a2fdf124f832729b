import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';
import { displayFields, displayText, recordList } from 'c/coachingFormat';

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
    return this.rows.length > 0;
  }

  /** Each sighting as a row: a value that is missing or not text (a hidden field, NaN) reads "No data". */
  get rows(): (DealSightingRow & {
    stageClass: string;
    closeClass: string;
    amountClass: string;
    categoryClass: string;
  })[] {
    return recordList<Partial<DealSightingRow>>(this.sightings).map((s, i) => {
      const changed = {
        stageChanged: s.stageChanged === true,
        closeChanged: s.closeChanged === true,
        amountChanged: s.amountChanged === true,
        categoryChanged: s.categoryChanged === true
      };
      return {
        key: displayText(s.key) || `sighting-${i}`,
        ...displayFields(s, ['seen', 'stage', 'closeDate', 'amount', 'category']),
        ...changed,
        stageClass: cell(changed.stageChanged),
        closeClass: cell(changed.closeChanged),
        amountClass: cell(changed.amountChanged),
        categoryClass: cell(changed.categoryChanged)
      };
    });
  }
}
