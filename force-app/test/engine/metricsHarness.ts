/** Runs the pipeline pass for tests: the same context the facade builds, from a dataset and a clock. */
import type { Clock, CoachingDataset, Opportunity } from 'c/coachingModel';
import { instantMs, localDay } from 'c/calendarDate';
import { resolveSettings } from 'c/coachingSettings';
import { createCurrencyConverter } from 'c/currencyConversion';
import { WarningLog } from 'c/engineWarnings';
import { createFiscalQuarters, fiscalFrame } from 'c/fiscalCalendar';
import type { MetricsContext } from 'c/pipelineMetrics';
import { createMetricsContext } from 'c/pipelineMetrics';

export function metricsContext(ds: CoachingDataset, clock: Clock): MetricsContext {
  const log = new WarningLog();
  const nowMs = instantMs(clock.now) as number;
  const settings = resolveSettings(ds.settings, log);
  const frame = fiscalFrame(createFiscalQuarters(ds.fiscal, log), localDay(nowMs, clock.timeZone));
  return createMetricsContext(
    frame,
    createCurrencyConverter(ds.currency, clock.targetCurrency, log),
    settings,
    clock.timeZone,
    nowMs,
    log
  );
}

export const ownedBy = (opps: readonly Opportunity[], ownerId: string): Opportunity[] =>
  opps.filter((o) => o.ownerId === ownerId);
