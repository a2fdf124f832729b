import { LightningElement, api } from 'lwc';
import type { ChartBar } from 'c/barChart';
import type { SummaryTile } from 'c/cockpitViewModel';
import { formatLabel, recordList } from 'c/coachingFormat';
import { LABELS } from 'c/managerLabels';

/**
 * The team's figures for the quarter and the charts a manager would rather look at than read. Presentational:
 * whatever the cockpit passes, lists stay lists and a tile without its value (a field hidden by field-level
 * security) reads "No data" in c-stat-tile.
 */
export default class TeamSummary extends LightningElement {
  @api quarterLabel = '';
  @api hasForecastHistory = false;
  @api showCharts = false;
  private tileList: SummaryTile[] = [];
  private coverage: ChartBar[] = [];
  private stages: ChartBar[] = [];
  private forecast: ChartBar[] = [];

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
    // A tile without a key still needs one to be listed.
    this.tileList = recordList<SummaryTile>(value).map((tile, index) => ({
      ...tile,
      key: tile.key ?? `tile-${index}`
    }));
  }

  @api
  get coverageBars(): ChartBar[] {
    return this.coverage;
  }
  set coverageBars(value: ChartBar[] | null) {
    this.coverage = recordList<ChartBar>(value);
  }

  @api
  get stageBars(): ChartBar[] {
    return this.stages;
  }
  set stageBars(value: ChartBar[] | null) {
    this.stages = recordList<ChartBar>(value);
  }

  @api
  get forecastBars(): ChartBar[] {
    return this.forecast;
  }
  set forecastBars(value: ChartBar[] | null) {
    this.forecast = recordList<ChartBar>(value);
  }

  /** The forecast chart needs both the history flag and bars to draw. */
  get showForecastChart(): boolean {
    return !!this.hasForecastHistory && this.forecast.length > 0;
  }

  get heading(): string {
    return formatLabel(LABELS.teamHeading, this.quarterLabel ?? '');
  }
}
