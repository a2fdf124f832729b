/**
 * Report types, reports and dashboards are wired together correctly, which SDR does not look at:
 * - a custom report type's base object and join relationships exist, and its columns are fields of their tables;
 * - every field a report uses (columns, groupings, filters, time frame, sort) is a column of its report type,
 *   written `Object$Field` or `Object.Relationship__r$Field` as custom report types require;
 * - reports live in a folder that has folder metadata, Summary reports group, no field is both a grouping and a
 *   column, descriptions fit 255 characters (rules a deploy enforces);
 * - dashboard components use reports that exist, group by the report's groupings, summarise a column the report
 *   summarises, and charts carry sortBy and chartAxisRange (a deploy rejects charts without them);
 * - dashboards run as the logged-in user: a fixed running user cannot be packaged and would show that user's data
 *   (for example raw feedback) to every viewer.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { type Finding } from '../lib/project.ts';
import { listFilesWithSuffix, parseXmlFile } from '../lib/metadata.ts';
import { readObjectModel, STANDARD_CUSTOM_OBJECT_FIELDS, type ObjectInfo } from '../lib/object-model.ts';

export const name = 'report types, reports and dashboards fit together';

type Xml = Record<string, any>;
const list = (v: unknown): Xml[] => (v === undefined || v === '' ? [] : ([v].flat() as Xml[]));
const text = (v: unknown): string => (v === undefined ? '' : String(v));

/** Standard fields of standard objects that report types in this package may use. */
export const STANDARD_OBJECT_FIELDS: Record<string, Set<string>> = {
  Opportunity: new Set([
    'Id',
    'Name',
    'Amount',
    'StageName',
    'CloseDate',
    'IsClosed',
    'IsWon',
    'ForecastCategoryName',
    'Type',
    'LeadSource',
    'Probability',
    'NextStep',
    'Description',
    'LastActivityDate',
    'CreatedDate',
    'ExpectedRevenue',
    'FiscalQuarter',
    'FiscalYear'
  ])
};

const CHART_TYPES = /^(Bar|Column|Line|Pie|Donut|Funnel|Scatter)/;

function fieldExists(object: string, field: string, model: Map<string, ObjectInfo>): boolean {
  const info = model.get(object);
  if (info) return info.fields.has(field) || STANDARD_CUSTOM_OBJECT_FIELDS.has(field);
  return STANDARD_OBJECT_FIELDS[object]?.has(field) ?? false;
}

interface ReportTypeInfo {
  file: string;
  /** Allowed report columns: `Table$Field`. */
  columns: Set<string>;
}

function readReportTypes(
  root: string,
  model: Map<string, ObjectInfo>,
  findings: Finding[]
): Map<string, ReportTypeInfo> {
  const types = new Map<string, ReportTypeInfo>();
  for (const file of listFilesWithSuffix(root, '.reportType-meta.xml')) {
    const rel = relative(root, file);
    const add = (message: string): void => void findings.push({ file: rel, message });
    let rt: Xml;
    try {
      rt = (parseXmlFile<Xml>(file).ReportType ?? {}) as Xml;
    } catch {
      continue;
    }
    const base = text(rt.baseObject);
    if (!model.has(base) && !STANDARD_OBJECT_FIELDS[base])
      add(`base object ${base} is not a package object or a known standard object`);
    // table name → object, following the join chain
    const tables = new Map<string, string>([[base, base]]);
    let join = rt.join as Xml | undefined;
    let parentTable = base;
    while (join) {
      const relationship = text(join.relationship);
      const parentObject = tables.get(parentTable)!;
      const child = [...model.values()].find((o) =>
        [...o.fields.values()].some(
          (f) =>
            f.referenceTo === parentObject &&
            `${f.relationshipName}__r` === relationship &&
            /Lookup|MasterDetail/.test(f.type)
        )
      );
      if (!child) {
        add(`join ${relationship} is not a child relationship of ${parentObject} in this package`);
        break;
      }
      const table = `${parentTable}.${relationship}`;
      tables.set(table, child.name);
      parentTable = table;
      join = join.join as Xml | undefined;
    }
    const columns = new Set<string>();
    for (const section of list(rt.sections)) {
      for (const c of list(section.columns)) {
        const table = text(c.table);
        const field = text(c.field);
        const object = tables.get(table);
        if (!object) add(`column ${field} is on table ${table}, which is neither the base object nor a join`);
        else if (!fieldExists(object, field, model)) add(`column ${table}.${field}: ${object} has no field ${field}`);
        columns.add(`${table}$${field}`);
      }
    }
    types.set(basename(file).replace(/\.reportType-meta\.xml$/, ''), { file: rel, columns });
  }
  return types;
}

interface ReportInfo {
  groupings: string[];
  /** Column → aggregates (e.g. Sum). */
  columns: Map<string, string[]>;
}

/** Opens a report or dashboard, checking that its folder has folder metadata beside it. */
function openFoldered(
  root: string,
  file: string,
  rootTag: string,
  folderSuffix: string,
  findings: Finding[]
): { folder: string; add: (message: string) => void; doc: Xml | undefined } {
  const rel = relative(root, file);
  const add = (message: string): void => void findings.push({ file: rel, message });
  const folderDir = dirname(file);
  const folder = basename(folderDir);
  if (!existsSync(join(dirname(folderDir), `${folder}.${folderSuffix}-meta.xml`)))
    add(`folder ${folder} has no ${folder}.${folderSuffix}-meta.xml beside it`);
  try {
    return { folder, add, doc: (parseXmlFile<Xml>(file)[rootTag] ?? {}) as Xml };
  } catch {
    return { folder, add, doc: undefined }; // malformed XML is the metadata check's finding
  }
}

export function run(root: string): Finding[] {
  const findings: Finding[] = [];
  const model = readObjectModel(root);
  const types = readReportTypes(root, model, findings);
  const reports = new Map<string, ReportInfo>();

  for (const file of listFilesWithSuffix(root, '.report-meta.xml')) {
    const { folder, add, doc: report } = openFoldered(root, file, 'Report', 'reportFolder', findings);
    if (!report) continue;
    const columns = new Map(
      list(report.columns).map((c) => [text(c.field), list(c.aggregateTypes).map(text)] as [string, string[]])
    );
    const groupings = [...list(report.groupingsDown), ...list(report.groupingsAcross)].map((g) => text(g.field));
    reports.set(`${folder}/${basename(file).replace(/\.report-meta\.xml$/, '')}`, { groupings, columns });
    if (text(report.description).length > 255) add('description is longer than 255 characters');
    if (/Summary|Matrix/.test(text(report.format)) && groupings.length === 0)
      add(`${report.format} report without a grouping`);
    for (const g of groupings)
      if (columns.has(g)) add(`${g} is both a grouping and a column; keep it as a grouping only`);
    const type = text(report.reportType);
    if (!type.endsWith('__c')) continue; // standard report types use their own column codes
    const rt = types.get(type.replace(/__c$/, ''));
    if (!rt) {
      add(`report type ${type} does not exist in reportTypes/`);
      continue;
    }
    const used = [
      ...columns.keys(),
      ...groupings,
      ...list(report.filter?.criteriaItems).map((c) => text(c.column)),
      ...(report.timeFrameFilter ? [text(report.timeFrameFilter.dateColumn)] : []),
      ...(report.sortColumn ? [text(report.sortColumn)] : [])
    ];
    for (const column of used)
      if (!rt.columns.has(column)) add(`${column} is not a column of report type ${type} (${rt.file})`);
  }

  for (const file of listFilesWithSuffix(root, '.dashboard-meta.xml')) {
    const { add, doc: dashboard } = openFoldered(root, file, 'Dashboard', 'dashboardFolder', findings);
    if (!dashboard) continue;
    if (text(dashboard.dashboardType) !== 'LoggedInUser')
      add(
        `dashboardType is ${text(dashboard.dashboardType) || 'SpecifiedUser (default)'}: packaged dashboards must run as the logged-in user`
      );
    if (text(dashboard.description).length > 255) add('description is longer than 255 characters');
    const components = [
      ...list(dashboard.dashboardGridLayout?.dashboardGridComponents).map((g) => g.dashboardComponent as Xml),
      ...['leftSection', 'middleSection', 'rightSection'].flatMap((s) => list(dashboard[s]?.components))
    ];
    components.forEach((c, i) => {
      const label = `component ${i + 1} (${text(c.header) || text(c.title) || text(c.componentType)})`;
      const reportName = text(c.report);
      const report = reports.get(reportName);
      if (!report) {
        add(`${label}: report ${reportName} does not exist`);
        return;
      }
      if (text(c.header).length > 80) add(`${label}: header is longer than 80 characters`);
      const type = text(c.componentType);
      if (CHART_TYPES.test(type)) {
        if (!c.sortBy) add(`${label}: chart components need sortBy`);
        if (!c.chartAxisRange) add(`${label}: chart components need chartAxisRange`);
      }
      for (const g of list(c.groupingColumn).map(text))
        if (!report.groupings.includes(g)) add(`${label}: groups by ${g}, which is not a grouping of ${reportName}`);
      for (const s of list(c.chartSummary)) {
        const column = text(s.column);
        if (column === 'RowCount') continue;
        const aggregates = report.columns.get(column);
        if (!aggregates) add(`${label}: summarises ${column}, which is not a column of ${reportName}`);
        else if (s.aggregate && !aggregates.includes(text(s.aggregate)))
          add(`${label}: ${s.aggregate} of ${column} is not summarised in ${reportName}`);
      }
    });
  }
  return findings;
}
