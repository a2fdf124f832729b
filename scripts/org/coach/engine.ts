/**
 * The coaching engine and the record mappers, the same modules the components run (c/coachingEngine,
 * c/coachingRecords), and the translation of their results into what `render.ts` writes.
 */
import type { CoachingDataset, CoachingSettings, Clock, EngineWarning } from 'c/coachingModel';
import {
  buildAgenda,
  buildOversight,
  DEFAULT_SETTINGS,
  type AgendaView,
  type ManagerOversight,
  type OversightView
} from 'c/coachingEngine';
import { datasetFromRecords } from 'c/coachingRecords';
import type { RecordSet } from './extract.ts';
import type { OversightRow, RepAgenda } from './render.ts';

export interface CoachEngine {
  defaultSettings: CoachingSettings;
  dataset(records: RecordSet, settings: CoachingSettings): CoachingDataset;
  agenda(dataset: CoachingDataset, repId: string, clock: Clock): AgendaView;
  oversight(
    dataset: CoachingDataset,
    managerIds: string[],
    window: { start: string; end: string },
    clock: Clock
  ): OversightView;
}

/** The engine with the record mappers: the modules the components run, on the CLI's SOQL records. */
export function loadEngine(): CoachEngine {
  return {
    defaultSettings: DEFAULT_SETTINGS,
    dataset: (r, s) => datasetFromRecords(r, s),
    agenda: (d, repId, clock) => buildAgenda(d, repId, clock),
    oversight: (d, ids, w, clock) => buildOversight(d, ids, w, clock)
  };
}

export function repAgenda(view: AgendaView, rep: { Id: string; Name: string }): RepAgenda {
  const gap = view.diagnosis?.mainGap ?? null;
  return {
    repId: rep.Id,
    name: rep.Name,
    focus: gap ? gap.title : null,
    since: view.agenda?.since ?? null,
    sections: (view.agenda?.sections ?? []).map((s) => ({
      key: s.key,
      label: s.label,
      emptyMessage: s.emptyMessage,
      items: s.items.map((i) => ({
        severity: i.severity,
        title: i.title,
        facts: i.facts,
        recordIds: i.recordIds,
        questions: i.questions
      }))
    }))
  };
}

export function oversightRow(o: ManagerOversight, name: string): OversightRow {
  return {
    managerId: o.managerId,
    name,
    adherence: o.adherence.rate,
    held: o.adherence.held,
    missed: o.adherence.missed,
    preparation: o.preparation.rate,
    agendaCoverage: o.agendaCoverage.rate,
    actionCompletion: o.actions.completionRate,
    overdueShare: o.actions.overdueShare,
    surveyScore: o.survey.status === 'OK' ? o.survey.overallValue : null,
    surveyResponses: o.survey.responses,
    responseRate: o.survey.responseRate,
    forecastAccuracy: o.forecast.accuracy,
    forecastBias: o.forecast.bias
  };
}

/** Engine warnings folded into one line per code, so a pack for 200 deals does not list 200 lines. */
export function summarizeWarnings(warnings: readonly EngineWarning[]): string[] {
  const byCode = new Map<string, { count: number; example: string }>();
  for (const w of warnings) {
    const entry = byCode.get(w.code) ?? { count: 0, example: w.message };
    entry.count++;
    byCode.set(w.code, entry);
  }
  return [...byCode.entries()].map(([code, { count, example }]) =>
    count === 1 ? `${code}: ${example}` : `${code} ×${count}, e.g. ${example}`
  );
}
