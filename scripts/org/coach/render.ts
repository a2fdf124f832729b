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

/** RFC 4180 cell. */
const csv = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep in a pretty-printed document. */
const jsonAt = (value: unknown, depth: number): string =>
  JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * A document written in parts, so a pack for a large team streams rep by rep (or manager by manager) instead of
 * being built as one string: `head`, then one `item` per rep or manager, then `tail`. The parts joined are the
 * whole document: `JSON.parse` reads the JSON one, byte for byte what `JSON.stringify(…, null, 2)` gives.
 */
export interface DocumentParts<Head, Item> {
  head(head: Head): string;
  item(item: Item, index: number): string;
  tail(warnings: readonly string[]): string;
}

/** What the pack says before its first agenda. */
export type AgendaPackHead = Omit<AgendaPack, 'reps' | 'warnings'> & { repCount: number };

/** JSON object text of `fields` left open, so a list member can follow: `{\n  "a": 1,\n  "list": [`. */
function jsonHead(fields: Record<string, unknown>, list: string): string {
  const text = JSON.stringify(fields, null, 2);
  return `${text.slice(0, text.length - 2)},\n  "${list}": [`;
}

/** The JSON document: the head's fields (but its count), the list of items, the warnings. */
function jsonParts<Head extends object, Item>(countKey: keyof Head, list: string): DocumentParts<Head, Item> {
  let items = 0;
  return {
    head: (h) => jsonHead(Object.fromEntries(Object.entries(h).filter(([k]) => k !== countKey)), list),
    item: (item) => `${items++ > 0 ? ',' : ''}\n    ${jsonAt(item, 2)}`,
    tail: (warnings) => `${items === 0 ? '' : '\n  '}],\n  "warnings": ${jsonAt(warnings, 1)}\n}\n`
  };
}

function agendaMarkdownRep(rep: RepAgenda, head: AgendaPackHead): string {
  const out: string[] = ['', `## ${mdText(rep.name)}`, ''];
  out.push(`Coaching focus: **${mdText(rep.focus ?? 'none named')}** · last 1:1: ${rep.since ?? 'none yet'}`);
  rep.sections.forEach((section, i) => {
    out.push('', `### ${i + 1}. ${mdText(section.label)}`, '');
    if (section.items.length === 0) {
      out.push(`_${mdText(section.emptyMessage)}_`);
      return;
    }
    for (const item of section.items) {
      const links = item.recordIds.map((id) => `[${id}](${head.instanceUrl}/lightning/r/${id}/view)`).join(', ');
      out.push(`- **${mdText(item.title)}** (${item.severity.toLowerCase()})${links ? ` — ${links}` : ''}`);
      if (item.facts.length > 0) {
        out.push(
          `  - ${item.facts.map((f) => `${mdText(f.label)}: ${mdText(formatFact(f, head.currency))}`).join(' · ')}`
        );
      }
      for (const q of item.questions) out.push(`  - Ask: _${mdText(q)}_`);
    }
  });
  return `${out.join('\n')}\n`;
}

const warningsMarkdown = (warnings: readonly string[]): string =>
  warnings.length === 0 ? '' : ['', '## Data notes', '', ...warnings.map((w) => `- ${mdText(w)}`)].join('\n') + '\n';

function agendaCsvRows(rep: RepAgenda, currency: string): string {
  const rows: string[] = [];
  for (const section of rep.sections) {
    for (const item of section.items) {
      rows.push(
        [
          rep.name,
          rep.repId,
          section.label,
          item.severity,
          item.title,
          item.facts.map((f) => `${f.label}: ${formatFact(f, currency)}`).join('; '),
          item.questions.join(' | '),
          item.recordIds.join(' ')
        ]
          .map(csv)
          .join(',') + '\n'
      );
    }
  }
  return rows.join('');
}

/** The agenda pack in parts (see DocumentParts); `head` must come first, it holds the currency and the links. */
export function agendaPackParts(format: OutputFormat): DocumentParts<AgendaPackHead, RepAgenda> {
  let head: AgendaPackHead | null = null;
  const started = (h: AgendaPackHead): AgendaPackHead => (head = h);
  if (format === 'json') return jsonParts('repCount', 'reps');
  if (format === 'csv')
    return {
      head: (h) => (started(h), 'rep,rep_id,section,severity,title,facts,questions,record_ids\n'),
      item: (rep) => agendaCsvRows(rep, head!.currency),
      tail: () => ''
    };
  return {
    head: (h) =>
      [
        `# Weekly 1:1 agenda pack — ${mdText(started(h).manager.name)}`,
        '',
        `${h.repCount} rep(s) · ${h.today} (${h.timeZone}) · amounts in ${h.currency} · ${h.org}`
      ].join('\n') + '\n',
    item: (rep) => agendaMarkdownRep(rep, head!),
    tail: warningsMarkdown
  };
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

/** CSV columns: the row's own values, named in snake case (`name` is the manager's). */
const OVERSIGHT_CSV: (keyof OversightRow)[] = [
  'name',
  'managerId',
  'adherence',
  'held',
  'missed',
  'preparation',
  'agendaCoverage',
  'actionCompletion',
  'overdueShare',
  'surveyScore',
  'surveyResponses',
  'responseRate',
  'forecastAccuracy',
  'forecastBias'
];
const csvHeader = (key: string): string =>
  key === 'name' ? 'manager' : key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** What the oversight table says before its first row. */
export type OversightHead = Omit<OversightTable, 'managers' | 'warnings'> & { managerCount: number };

/** The oversight table in parts (see DocumentParts), one item per manager. */
export function oversightParts(format: OutputFormat): DocumentParts<OversightHead, OversightRow> {
  if (format === 'json') return jsonParts('managerCount', 'managers');
  if (format === 'csv')
    return {
      head: () => `${OVERSIGHT_CSV.map(csvHeader).join(',')}\n`,
      item: (row) => `${OVERSIGHT_CSV.map((key) => csv(row[key])).join(',')}\n`,
      tail: () => ''
    };
  return {
    head: (h) =>
      [
        `# Coaching oversight — ${h.window.start} to ${h.window.end}`,
        '',
        `${h.managerCount} manager(s) · ${h.timeZone} · ${h.org}`,
        '',
        `| ${OVERSIGHT_COLUMNS.map(([c]) => c).join(' | ')} |`,
        `| ${OVERSIGHT_COLUMNS.map(() => '---').join(' | ')} |`
      ].join('\n') + '\n',
    item: (row) => `| ${OVERSIGHT_COLUMNS.map(([, f]) => mdText(f(row))).join(' | ')} |\n`,
    tail: warningsMarkdown
  };
}
