/** Org set-up records: company settings, currencies and dated rates, fiscal years and periods, sales stages, quotas. */
import {
  FORECAST_CATEGORY_VALUE,
  STAGES,
  type CurrencyTypeRecord,
  type DatedConversionRateRecord,
  type FiscalYearSettingsRecord,
  type OpportunityStageRecord,
  type OrganizationRecord,
  type PeriodRecord,
  type SalesQuotaRecord
} from './format.ts';
import {
  BASE_RATES,
  CORPORATE_CURRENCY,
  FISCAL_START_MONTH,
  QUOTA_PER_QUARTER,
  type GenerationContext
} from './context.ts';
import { DAY_MS, HOUR_MS, isoDate, isoDateTime, parseIsoDate } from './calendar.ts';
import { stream } from './random.ts';
import type { People } from './people.ts';

export function buildOrganization(ctx: GenerationContext): OrganizationRecord {
  const Id = ctx.ids.next('Organization');
  return {
    attributes: ctx.attributes('Organization'),
    Id,
    Name: 'Coaching Rhythm Demo',
    TimeZoneSidKey: 'America/New_York',
    DefaultLocaleSidKey: 'en_US',
    LanguageLocaleKey: 'en_US',
    FiscalYearStartMonth: FISCAL_START_MONTH,
    UsesStartDateAsFiscalYearName: false
  };
}

interface DatedRate {
  startDay: number;
  /** Exclusive. */
  nextStartDay: number;
  rate: number;
}

const OPEN_START = parseIsoDate('0001-01-01');
const OPEN_END = parseIsoDate('9999-12-31');

/** Corporate USD plus EUR and GBP, with a new dated rate at each of the last four fiscal quarter starts. */
export class Currencies {
  readonly types: CurrencyTypeRecord[] = [];
  readonly dated: DatedConversionRateRecord[] = [];
  private readonly byIso = new Map<string, DatedRate[]>();

  constructor(ctx: GenerationContext) {
    const random = stream(ctx.seed, 'currencies');
    for (const [iso, base] of Object.entries(BASE_RATES)) {
      if (iso === CORPORATE_CURRENCY) {
        this.byIso.set(iso, [{ startDay: OPEN_START, nextStartDay: OPEN_END, rate: 1 }]);
        continue;
      }
      const changes = [0, 1, 2, 3].map((k) => ctx.fiscal.quarter(ctx.currentQuarter.index - 3 + k).startDay);
      const starts = [OPEN_START, ...changes];
      // Rates wander a few percent per quarter and end at the base rate in the current quarter.
      const rates = starts.map((_, k) =>
        k === starts.length - 1 ? base : Math.round(base * (1 + random.between(-0.04, 0.04)) * 1e6) / 1e6
      );
      const periods = starts.map((startDay, k) => ({
        startDay,
        nextStartDay: k + 1 < starts.length ? starts[k + 1] : OPEN_END,
        rate: rates[k]
      }));
      this.byIso.set(iso, periods);
      for (const p of periods) {
        const Id = ctx.ids.next('DatedConversionRate');
        this.dated.push({
          attributes: ctx.attributes('DatedConversionRate'),
          Id,
          IsoCode: iso,
          ConversionRate: p.rate,
          StartDate: isoDate(p.startDay),
          NextStartDate: isoDate(p.nextStartDay)
        });
      }
    }
    for (const iso of Object.keys(BASE_RATES)) {
      const Id = ctx.ids.next('CurrencyType');
      this.types.push({
        attributes: ctx.attributes('CurrencyType'),
        Id,
        IsoCode: iso,
        ConversionRate: this.rateOn(iso, ctx.anchorDay),
        DecimalPlaces: 2,
        IsActive: true,
        IsCorporate: iso === CORPORATE_CURRENCY
      });
    }
  }

  get isoCodes(): string[] {
    return [...this.byIso.keys()];
  }

  /** Units of `iso` per 1 USD on `day`. */
  rateOn(iso: string, day: number): number {
    const periods = this.byIso.get(iso);
    if (!periods) throw new RangeError(`no rate for ${iso}`);
    for (const p of periods) if (day >= p.startDay && day < p.nextStartDay) return p.rate;
    return periods[periods.length - 1].rate;
  }
}

/** The ten standard sales stages as OpportunityStage rows. */
export function buildStages(ctx: GenerationContext): OpportunityStageRecord[] {
  return STAGES.map((stage, i) => {
    const Id = ctx.ids.next('OpportunityStage');
    return {
      attributes: ctx.attributes('OpportunityStage'),
      Id,
      MasterLabel: stage.name,
      ApiName: stage.name,
      SortOrder: i + 1,
      DefaultProbability: stage.probability,
      ForecastCategoryName: stage.forecastCategory,
      ForecastCategory: FORECAST_CATEGORY_VALUE[stage.forecastCategory],
      IsActive: true,
      IsClosed: stage.closed,
      IsWon: stage.won
    };
  });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Standard fiscal years covering every day from `firstDay` to `lastDay`, each with its Year, Quarter and Month periods. */
export function buildFiscalYears(
  ctx: GenerationContext,
  firstDay: number,
  lastDay: number
): { years: FiscalYearSettingsRecord[]; periods: PeriodRecord[] } {
  const years: FiscalYearSettingsRecord[] = [];
  const periods: PeriodRecord[] = [];
  const firstQuarter = ctx.fiscal.quarterIndexOf(firstDay);
  const firstYearQuarter = firstQuarter - (ctx.fiscal.quarter(firstQuarter).number - 1);
  for (let q0 = firstYearQuarter; ctx.fiscal.quarter(q0).startDay <= lastDay; q0 += 4) {
    const quarters = [0, 1, 2, 3].map((k) => ctx.fiscal.quarter(q0 + k));
    const name = String(quarters[0].fiscalYear);
    const yearId = ctx.ids.next('FiscalYearSettings');
    const periodRow = (
      type: PeriodRecord['Type'],
      startDay: number,
      endDay: number,
      n: number | null,
      label: string
    ) => {
      const Id = ctx.ids.next('Period');
      const row: PeriodRecord = {
        attributes: ctx.attributes('Period'),
        Id,
        FiscalYearSettingsId: yearId,
        Type: type,
        StartDate: isoDate(startDay),
        EndDate: isoDate(endDay),
        Number: n,
        IsForecastPeriod: type !== 'Year',
        PeriodLabel: type === 'Month' ? MONTHS[new Date(startDay * DAY_MS).getUTCMonth()] : null,
        QuarterLabel: type === 'Quarter' ? `Q${n}` : null,
        FullyQualifiedLabel: label
      };
      periods.push(row);
      return row;
    };
    const yearPeriod = periodRow('Year', quarters[0].startDay, quarters[3].endDay, null, `FY${name}`);
    for (const q of quarters) {
      periodRow('Quarter', q.startDay, q.endDay, q.number, `Q${q.number} FY${name}`);
    }
    for (let m = 0; m < 12; m++) {
      const start = new Date(quarters[0].startDay * DAY_MS);
      const startDay = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1) / DAY_MS;
      const endDay = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m + 1, 1) / DAY_MS - 1;
      periodRow('Month', startDay, endDay, m + 1, `${MONTHS[new Date(startDay * DAY_MS).getUTCMonth()]} FY${name}`);
    }
    years.push({
      attributes: ctx.attributes('FiscalYearSettings'),
      Id: yearId,
      Name: name,
      StartDate: isoDate(quarters[0].startDay),
      EndDate: isoDate(quarters[3].endDay),
      IsStandardYear: true,
      YearType: 'Standard',
      PeriodId: yearPeriod.Id,
      QuarterLabelScheme: 'NumberByYear',
      QuarterPrefix: 'Q',
      PeriodLabelScheme: 'StandardMonths',
      PeriodPrefix: 'P',
      WeekStartDay: 1,
      Description: null
    });
  }
  return { years, periods };
}

/** 250,000 USD per active rep per fiscal quarter, from the first history quarter to the next quarter. */
export function buildQuotas(ctx: GenerationContext, people: People): SalesQuotaRecord[] {
  const quotas: SalesQuotaRecord[] = [];
  const first = ctx.currentQuarter.index - ctx.sizes.quartersOfHistory;
  for (const rep of people.reps) {
    for (let index = first; index <= ctx.currentQuarter.index + 1; index++) {
      const q = ctx.fiscal.quarter(index);
      const Id = ctx.ids.next('Sales_Quota__c');
      quotas.push({
        attributes: ctx.attributes('Sales_Quota__c'),
        Id,
        Name: `Q-${String(quotas.length + 1).padStart(5, '0')}`,
        OwnerId: people.admin.user.Id,
        User__c: rep.user.Id,
        Period_Start__c: isoDate(q.startDay),
        Period_End__c: isoDate(q.endDay),
        Amount__c: QUOTA_PER_QUARTER,
        Source__c: 'Manual',
        Quota_Key__c: `${rep.user.Id}:${isoDate(q.startDay)}`,
        CurrencyIsoCode: CORPORATE_CURRENCY,
        // Sales ops loads each quarter's quota ten days before it starts.
        CreatedDate: isoDateTime(Math.min((q.startDay - 10) * DAY_MS + 15 * HOUR_MS, ctx.now - HOUR_MS))
      });
    }
  }
  return quotas;
}
