/**
 * The coaching engine and the record mappers, the same modules the components run (c/coachingEngine,
 * c/coachingRecords), and the translation of their results into what `render.ts` writes.
 */
import type { CoachingDataset, CoachingSettings, Clock, EngineWarning } from 'c/coachingModel';
import { OrgScriptError } from '../lib/errors.ts';
import type { RecordSet } from './extract.ts';
import type { AgendaSectionView, OversightRow, RepAgenda } from './render.ts';

interface AgendaViewShape {
  agenda: { since: string | null; sections: AgendaSectionView[] } | null;
  diagnosis: { mainGap: { title: string; code: string } | null } | null;
  warnings: EngineWarning[];
  today: string;
  timeZone: string;
  currency: string;
}

interface OversightShape {
  managerId: string;
  adherence: { held: number; missed: number; rate: number | null };
  preparation: { rate: number | null };
  agendaCoverage: { rate: number | null };
  actions: { completionRate: number | null; overdueShare: number | null };
  survey: { responseRate: number | null } & Record<string, unknown>;
  forecast: { accuracy: number | null; bias: number | null };
}

export interface CoachEngine {
  defaultSettings: CoachingSettings;
  dataset(records: RecordSet, settings: CoachingSettings): CoachingDataset;
  agenda(dataset: CoachingDataset, repId: string, clock: Clock): AgendaViewShape;
  oversight(
    dataset: CoachingDataset,
    managerIds: string[],
    window: { start: string; end: string },
    clock: Clock
  ): { managers: OversightShape[]; warnings: EngineWarning[] };
}

/** Loads the engine bundles through the tsconfig paths (`c/<bundle>`), as Jest and the preview do. */
export async function loadEngine(): Promise<CoachEngine> {
  const engineSpec = 'c/coachingEngine';
  const recordsSpec = 'c/coachingRecords';
  let engine: Record<string, unknown>;
  let records: Record<string, unknown>;
  try {
    engine = (await import(engineSpec)) as Record<string, unknown>;
    records = (await import(recordsSpec)) as Record<string, unknown>;
  } catch (error) {
    throw new OrgScriptError(
      'ENGINE_MISSING',
      `The coaching engine could not be loaded (${(error as Error).message.split('\n')[0]}): run \`npm run build\` once so the c/<bundle> paths exist.`
    );
  }
  const fn = <T>(mod: Record<string, unknown>, name: string): T => {
    if (typeof mod[name] !== 'function')
      throw new OrgScriptError('ENGINE_MISSING', `The engine has no ${name}(): update this checkout.`);
    return mod[name] as T;
  };
  const defaults = engine.DEFAULT_SETTINGS as CoachingSettings | undefined;
  if (!defaults)
    throw new OrgScriptError('ENGINE_MISSING', 'The engine exports no DEFAULT_SETTINGS: update this checkout.');
  const datasetFromRecords = fn<CoachEngine['dataset']>(records, 'datasetFromRecords');
  const buildAgenda = fn<CoachEngine['agenda']>(engine, 'buildAgenda');
  const buildOversight = fn<CoachEngine['oversight']>(engine, 'buildOversight');
  return {
    defaultSettings: defaults,
    dataset: (r, s) => datasetFromRecords(r, s),
    agenda: (d, repId, clock) => buildAgenda(d, repId, clock),
    oversight: (d, ids, w, clock) => buildOversight(d, ids, w, clock)
  };
}

export function repAgenda(view: AgendaViewShape, rep: { Id: string; Name: string }): RepAgenda {
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

export function oversightRow(o: OversightShape, name: string): OversightRow {
  const survey = o.survey as Record<string, unknown>;
  const overall = survey.overall ?? survey.overallValue ?? null;
  const count = survey.responses ?? survey.count ?? null;
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
    surveyScore: typeof overall === 'number' ? overall : null,
    surveyResponses: typeof count === 'number' ? count : null,
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
