/**
 * Writing the `coach` results for people and tools: the weekly agenda pack (one agenda per rep) and the
 * leader's oversight table, as Markdown (to read or paste), JSON (to process) or CSV (one row per agenda
 * item or per manager, for a spreadsheet).
 */

export type OutputFormat = 'md' | 'json' | 'csv';

export interface FactView {
  label: string;
  value: number | string | null;
  unit?: string;
}

export interface AgendaItemView {
  severity: string;
  title: string;
  facts: FactView[];
  recordIds: string[];
  questions: string[];
}

export interface AgendaSectionView {
  key: string;
  label: string;
  items: AgendaItemView[];
  emptyMessage: string;
}

export interface RepAgenda {
  repId: string;
  name: string;
  /** The rep's main coaching gap, e.g. "Slippage", when the engine names one. */
  focus: string | null;
  since: string | null;
  sections: AgendaSectionView[];
}

export interface AgendaPack {
  org: string;
  instanceUrl: string;
  manager: { id: string; name: string };
  today: string;
  timeZone: string;
  currency: string;
  reps: RepAgenda[];
  warnings: string[];
}

export interface OversightRow {
  managerId: string;
  name: string;
  adherence: number | null;
  held: number;
  missed: number;
  preparation: number | null;
  agendaCoverage: number | null;
  actionCompletion: number | null;
  overdueShare: number | null;
  surveyScore: number | null;
  surveyResponses: number | null;
  responseRate: number | null;
  forecastAccuracy: number | null;
  forecastBias: number | null;
}

export interface OversightTable {
  org: string;
  window: { start: string; end: string };
  timeZone: string;
  managers: OversightRow[];
  warnings: string[];
}

const pct = (v: number | null): string => (v === null || !Number.isFinite(v) ? 'no data' : `${Math.round(v * 100)}%`);

export function formatFact(fact: FactView, currency: string): string {
  const v = fact.value;
  if (v === null || v === undefined) return 'no data';
  if (typeof v !== 'number') return String(v);
  switch (fact.unit) {
    case 'money':
      return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(v);
    case 'percent':
      return pct(v);
    case 'ratio':
      return `${v.toFixed(1)}×`;
    case 'days':
      return `${Math.round(v)} d`;
    default:
      return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(v);
  }
}

/** Markdown cell or list text: no line breaks, pipes escaped. */
const mdText = (s: string): string => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

function agendaMarkdown(pack: AgendaPack): string {
  const out: string[] = [];
  out.push(`# Weekly 1:1 agenda pack — ${mdText(pack.manager.name)}`);
  out.push('');
  out.push(`${pack.reps.length} rep(s) · ${pack.today} (${pack.timeZone}) · amounts in ${pack.currency} · ${pack.org}`);
  for (const rep of pack.reps) {
    out.push('', `## ${mdText(rep.name)}`, '');
    out.push(`Coaching focus: **${mdText(rep.focus ?? 'none named')}** · last 1:1: ${rep.since ?? 'none yet'}`);
    rep.sections.forEach((section, i) => {
      out.push('', `### ${i + 1}. ${mdText(section.label)}`, '');
      if (section.items.length === 0) {
        out.push(`_${mdText(section.emptyMessage)}_`);
        return;
      }
      for (const item of section.items) {
        const links = item.recordIds.map((id) => `[${id}](${pack.instanceUrl}/lightning/r/${id}/view)`).join(', ');
        out.push(`- **${mdText(item.title)}** (${item.severity.toLowerCase()})${links ? ` — ${links}` : ''}`);
        if (item.facts.length > 0) {
          out.push(
            `  - ${item.facts.map((f) => `${mdText(f.label)}: ${mdText(formatFact(f, pack.currency))}`).join(' · ')}`
          );
        }
        for (const q of item.questions) out.push(`  - Ask: _${mdText(q)}_`);
      }
    });
  }
  if (pack.warnings.length > 0) {
    out.push('', '## Data notes', '');
    for (const w of pack.warnings) out.push(`- ${mdText(w)}`);
  }
  return `${out.join('\n')}\n`;
}

/** RFC 4180 cell. */
const csv = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function agendaCsv(pack: AgendaPack): string {
  const rows = [['rep', 'rep_id', 'section', 'severity', 'title', 'facts', 'questions', 'record_ids']];
  for (const rep of pack.reps) {
    for (const section of rep.sections) {
      for (const item of section.items) {
        rows.push([
          rep.name,
          rep.repId,
          section.label,
          item.severity,
          item.title,
          item.facts.map((f) => `${f.label}: ${formatFact(f, pack.currency)}`).join('; '),
          item.questions.join(' | '),
          item.recordIds.join(' ')
        ]);
      }
    }
  }
  return `${rows.map((r) => r.map(csv).join(',')).join('\n')}\n`;
}

export function renderAgendaPack(pack: AgendaPack, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(pack, null, 2)}\n`;
  if (format === 'csv') return agendaCsv(pack);
  return agendaMarkdown(pack);
}

const OVERSIGHT_COLUMNS: [string, (r: OversightRow) => string][] = [
  ['Manager', (r) => r.name],
  ['Cadence adherence', (r) => `${pct(r.adherence)} (${r.held} held, ${r.missed} missed)`],
  ['Prepared', (r) => pct(r.preparation)],
  ['Agenda coverage', (r) => pct(r.agendaCoverage)],
  ['Actions done', (r) => pct(r.actionCompletion)],
  ['Actions overdue', (r) => pct(r.overdueShare)],
  [
    'Rep rating (0–10)',
    (r) =>
      r.surveyScore === null
        ? 'not enough responses'
        : `${r.surveyScore.toFixed(1)} (${r.surveyResponses ?? 0} answers)`
  ],
  ['Response rate', (r) => pct(r.responseRate)],
  ['Forecast accuracy', (r) => pct(r.forecastAccuracy)],
  [
    'Forecast bias',
    (r) =>
      r.forecastBias === null ? 'no data' : `${r.forecastBias >= 0 ? '+' : ''}${Math.round(r.forecastBias * 100)}%`
  ]
];

export function renderOversight(table: OversightTable, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(table, null, 2)}\n`;
  if (format === 'csv') {
    const head = [
      'manager',
      'manager_id',
      'adherence',
      'held',
      'missed',
      'preparation',
      'agenda_coverage',
      'action_completion',
      'overdue_share',
      'survey_score',
      'survey_responses',
      'response_rate',
      'forecast_accuracy',
      'forecast_bias'
    ];
    const rows = table.managers.map((r) =>
      [
        r.name,
        r.managerId,
        r.adherence,
        r.held,
        r.missed,
        r.preparation,
        r.agendaCoverage,
        r.actionCompletion,
        r.overdueShare,
        r.surveyScore,
        r.surveyResponses,
        r.responseRate,
        r.forecastAccuracy,
        r.forecastBias
      ]
        .map(csv)
        .join(',')
    );
    return `${[head.join(','), ...rows].join('\n')}\n`;
  }
  const out = [
    `# Coaching oversight — ${table.window.start} to ${table.window.end}`,
    '',
    `${table.managers.length} manager(s) · ${table.timeZone} · ${table.org}`,
    '',
    `| ${OVERSIGHT_COLUMNS.map(([h]) => h).join(' | ')} |`,
    `| ${OVERSIGHT_COLUMNS.map(() => '---').join(' | ')} |`,
    ...table.managers.map((r) => `| ${OVERSIGHT_COLUMNS.map(([, f]) => mdText(f(r))).join(' | ')} |`)
  ];
  if (table.warnings.length > 0) out.push('', '## Data notes', '', ...table.warnings.map((w) => `- ${mdText(w)}`));
  return `${out.join('\n')}\n`;
}
