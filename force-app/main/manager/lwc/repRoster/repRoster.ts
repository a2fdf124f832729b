import { LightningElement, api } from 'lwc';
import type { RepRow, SortKey } from 'c/cockpitViewModel';
import { SORT_KEYS } from 'c/cockpitViewModel';
import { NO_DATA, displayFields, displayText, formatLabel, recordList } from 'c/coachingFormat';
import { LABELS } from 'c/managerLabels';

const BADGE: Record<string, string> = {
  success: 'slds-badge slds-theme_success',
  warning: 'slds-badge slds-theme_warning',
  error: 'slds-badge slds-theme_error',
  neutral: 'slds-badge'
};

type RosterRow = RepRow & { itemsClass: string; cadenceAction: string; healthClass: string };

/** The figures a row shows as text: one left out (a field hidden by field-level security) reads "No data". */
const FIGURES = [
  'name',
  'healthText',
  'coverageCurrentText',
  'coverageNextText',
  'gapText',
  'focusTitle',
  'itemsText',
  'nextSessionText'
] as const;

/** A row as the table shows it, whatever the cockpit passed. */
function rosterRow(row: RepRow, index: number): RosterRow {
  const reasons = (Array.isArray(row.reasons) ? row.reasons : []).filter((r) => typeof r === 'string' && r !== '');
  return {
    ...row,
    ...displayFields(row, FIGURES, NO_DATA),
    repId: displayText(row.repId, `row-${index}`),
    coverageCurrentDetail: displayText(row.coverageCurrentDetail),
    nextSessionWarning: displayText(row.nextSessionWarning),
    cadenceLabel: displayText(row.cadenceLabel),
    reasons,
    hasReasons: reasons.length > 0,
    itemsClass: row.hasPastDue ? 'slds-text-color_error' : '',
    healthClass: BADGE[row.healthVariant] ?? BADGE.neutral,
    cadenceAction: row.cadenceId ? LABELS.editCadence : LABELS.setUpCadence
  };
}

const SORT_LABELS: Record<SortKey, string> = {
  risk: LABELS.sortRisk,
  name: LABELS.sortName,
  coverage: LABELS.sortCoverage,
  nextSession: LABELS.sortNext
};

/**
 * The manager's reps, one row each. Presentational: the cockpit owns the data and the order; this component
 * tells it what the manager asked for with `sortchange`, `openagenda` and `editcadence` events.
 */
export default class RepRoster extends LightningElement {
  @api quarterLabel = '';
  @api nextQuarterLabel = '';
  @api sortKey: SortKey = 'risk';
  private rowList: RosterRow[] = [];

  @api
  get rows(): RosterRow[] {
    return this.rowList;
  }
  set rows(value: RepRow[] | null) {
    this.rowList = recordList<RepRow>(value).map(rosterRow);
  }

  labels = {
    heading: LABELS.rosterHeading,
    caption: LABELS.rosterCaption,
    sortLabel: LABELS.sortLabel,
    colRep: LABELS.colRep,
    colHealth: LABELS.colHealth,
    colGap: LABELS.colGap,
    colFocus: LABELS.colFocus,
    colItems: LABELS.colItems,
    colNext: LABELS.colNext,
    openAgenda: LABELS.openAgenda
  };

  sortOptions = SORT_KEYS.map((key) => ({ label: SORT_LABELS[key], value: key }));

  get coverageCurrentHeader(): string {
    return formatLabel(LABELS.colCoverage, this.quarterLabel);
  }

  get coverageNextHeader(): string {
    return formatLabel(LABELS.colCoverage, this.nextQuarterLabel);
  }

  handleSortChange(event: CustomEvent<{ value: SortKey }>): void {
    this.dispatchEvent(new CustomEvent('sortchange', { detail: { sortKey: event.detail.value } }));
  }

  handleOpenAgenda(event: Event): void {
    const repId = (event.currentTarget as HTMLElement).dataset.repId;
    this.dispatchEvent(new CustomEvent('openagenda', { detail: { repId } }));
  }

  handleEditCadence(event: Event): void {
    const repId = (event.currentTarget as HTMLElement).dataset.repId;
    const row = this.rowList.find((r) => r.repId === repId);
    this.dispatchEvent(new CustomEvent('editcadence', { detail: { repId, cadenceId: row?.cadenceId ?? null } }));
  }

  /** Moves focus back to a rep's cadence button, e.g. after the cadence form closes. */
  @api
  focusCadenceButton(repId: string): void {
    this.template?.querySelector<HTMLElement>(`[data-id="edit-cadence"][data-rep-id="${repId}"]`)?.focus();
  }
}
