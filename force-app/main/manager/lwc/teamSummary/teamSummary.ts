import { LightningElement, api } from 'lwc';
import type { ChartBar } from 'c/barChart';
import type { SummaryTile } from 'c/cockpitViewModel';
import { formatLabel } from 'c/coachingFormat';
import { LABELS } from 'c/managerLabels';

/** The team's figures for the quarter and the charts a manager would rather look at than read. */
export default class TeamSummary extends LightningElement {
  @api quarterLabel = '';
  private tileList: SummaryTile[] = [];
  @api coverageBars: ChartBar[] = [];
  @api stageBars: ChartBar[] = [];
  @api forecastBars: ChartBar[] = [];
  @api hasForecastHistory = false;
  @api showCharts = false;

  labels = {
    coverageChart: LABELS.coverageChart,
    coverageChartDescription: LABELS.coverageChartDescription,
    stageChart: LABELS.stageChart,
    forecastChart: LABELS.forecastChart,
    forecastChartDescription: LABELS.forecastChartDescription,
    noForecastHistory: LABELS.noForecastHistory
  };

  @api
  get tiles(): SummaryTile[] {
    return this.tileList;
  }
  set tiles(value: SummaryTile[] | null) {
    this.tileList = Array.isArray(value) ? value : [];
  }

  get heading(): string {
    return formatLabel(LABELS.teamHeading, this.quarterLabel);
  }
}
