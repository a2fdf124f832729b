import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/leaderLabels';
import { MANAGER_METRICS, METRIC_LABELS, sortRows } from 'c/oversightViewModel';
import type { ManagerRow, SortDirection, SortKey } from 'c/oversightViewModel';
import { NO_DATA, displayText, formatLabel, recordList } from 'c/coachingFormat';

interface Column {
  key: SortKey | 'reps';
  label: string;
  sortable: boolean;
  ariaSort: string;
  sortTitle: string;
  sortIcon: string;
  isSorted: boolean;
}

/**
 * One row per manager with every oversight figure, sortable by any column; a manager's name opens their reps.
 * Presentational: rows come from the container; selecting a manager fires `managerselect` { managerId }.
 */
export default class ManagerScorecard extends LightningElement {
  private rowList: ManagerRow[] = [];

  /** A row without an id cannot be opened and is left out; a missing name reads "No data", cells stay a list. */
  @api
  get rows(): ManagerRow[] {
    return this.rowList;
  }
  set rows(value: ManagerRow[] | null) {
    this.rowList = recordList<ManagerRow>(value)
      .filter((row) => displayText(row.id) !== '')
      .map((row) => ({
        ...row,
        name: displayText(row.name, NO_DATA) || NO_DATA,
        reportsTo: displayText(row.reportsTo),
        openLabel: displayText(row.openLabel),
        cells: recordList<ManagerRow['cells'][number]>(row.cells)
      }));
  }

  /** The column the table is sorted by first (worst adherence first by default). */
  @api
  get sortKey(): SortKey {
    return this.activeKey;
  }
  set sortKey(value: SortKey) {
    this.activeKey = value ?? 'adherence';
  }

  @api
  get sortDirection(): SortDirection {
    return this.activeDirection;
  }
  set sortDirection(value: SortDirection) {
    this.activeDirection = value === 'desc' ? 'desc' : 'asc';
  }

  activeKey: SortKey = 'adherence';
  activeDirection: SortDirection = 'asc';
  labels = LABELS;

  get columns(): Column[] {
    const keys: (SortKey | 'reps')[] = ['name', 'reps', ...MANAGER_METRICS];
    return keys.map((key) => {
      const label = key === 'name' ? LABELS.colManager : key === 'reps' ? LABELS.colReps : METRIC_LABELS[key];
      const isSorted = key === this.activeKey;
      const ascending = this.activeDirection === 'asc';
      return {
        key,
        label,
        sortable: key !== 'reps',
        isSorted,
        ariaSort: isSorted ? (ascending ? 'ascending' : 'descending') : 'none',
        sortTitle: formatLabel(LABELS.sortBy, label),
        sortIcon: ascending ? 'utility:arrowup' : 'utility:arrowdown'
      };
    });
  }

  get sortedRows(): ManagerRow[] {
    return sortRows(this.rowList, this.activeKey, this.activeDirection);
  }

  get hasRows(): boolean {
    return this.rowList.length > 0;
  }

  /** Puts focus back on a manager's name, e.g. when leaving their drill-down. */
  @api
  focusManager(managerId: string): void {
    const buttons = this.template?.querySelectorAll<HTMLElement>('[data-id="open"]') ?? [];
    Array.from(buttons)
      .find((b) => b.dataset.managerId === managerId)
      ?.focus();
  }

  handleSort(event: Event): void {
    const key = (event.currentTarget as HTMLElement).dataset.key as SortKey;
    if (key === this.activeKey) this.activeDirection = this.activeDirection === 'asc' ? 'desc' : 'asc';
    else {
      this.activeKey = key;
      this.activeDirection = 'asc';
    }
  }

  handleOpen(event: Event): void {
    const managerId = (event.currentTarget as HTMLElement).dataset.managerId;
    this.dispatchEvent(new CustomEvent('managerselect', { detail: { managerId } }));
  }
}
