/**
 * The contract between the Apex DTOs and the TypeScript types components use (ARCHITECTURE.md decision 4):
 * - every Apex inner class with `@AuraEnabled` fields has a TypeScript interface tagged `@apex Class.Inner`
 *   (in any force-app `.ts`), and every such tag names an existing Apex DTO;
 * - field names match both ways, and types are compatible (String/Id -> string, Integer/Decimal/Double/Long ->
 *   number, Boolean -> boolean, Date/Datetime -> string, List/Set -> array, DTO -> its tagged interface;
 *   `null`, `undefined` and optionality are ignored, because Apex may leave any field null);
 * - the coded setting defaults (CoachingSettingsDefaults.cls) equal the defaults documented in
 *   docs/data-model.md, both ways, and the engine's DEFAULT_SETTINGS (c/coachingSettings): thresholds, stages
 *   with their exit criteria, survey questions and agenda sections.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ts from 'typescript';
import { walk, packageDirectories, findLwcBundles, type Finding } from '../lib/project.ts';
import { classModel, findApexFiles, type ApexClassModel, type ApexField } from './apex-source.ts';

export const name = 'Apex DTOs match their TypeScript types';

interface TsProperty {
  type: ts.TypeNode | undefined;
  line: number;
}

interface TsDto {
  /** `Class.Inner` as written in the @apex tag. */
  apex: string;
  interfaceName: string;
  file: string;
  line: number;
  properties: Map<string, TsProperty>;
  source: ts.SourceFile;
}

interface ApexDto {
  key: string;
  model: ApexClassModel;
  fields: ApexField[];
  line: number;
}

/** TypeScript names that stand for a string on the wire (coachingModel's aliases). */
const STRING_ALIASES = new Set(['Id', 'IsoDate', 'IsoDateTime']);
const APEX_SCALARS: Record<string, string> = {
  string: 'string',
  id: 'string',
  integer: 'number',
  decimal: 'number',
  double: 'number',
  long: 'number',
  boolean: 'boolean',
  date: 'string',
  datetime: 'string',
  time: 'string'
};

function apexTag(node: ts.Node): string | null {
  for (const tag of ts.getJSDocTags(node)) {
    if (tag.tagName.text !== 'apex') continue;
    const comment = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
    return comment?.trim().split(/\s+/)[0] ?? null;
  }
  return null;
}

/** Interfaces tagged `@apex Class.Inner` in the package's TypeScript (tests excluded). */
export function tsDtos(root: string): TsDto[] {
  const files = packageDirectories(root)
    .flatMap((d) => walk(d))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !/[\\/]__tests__[\\/]/.test(f));
  const dtos: TsDto[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('@apex')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    source.forEachChild((node) => {
      if (!ts.isInterfaceDeclaration(node)) return;
      const apex = apexTag(node);
      if (!apex) return;
      const properties = new Map<string, TsProperty>();
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.name && ts.isIdentifier(member.name))
          properties.set(member.name.text, {
            type: member.type,
            line: source.getLineAndCharacterOfPosition(member.getStart()).line + 1
          });
      }
      dtos.push({
        apex,
        interfaceName: node.name.text,
        file: relative(root, file),
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        properties,
        source
      });
    });
  }
  return dtos;
}

function apexDtos(models: ApexClassModel[]): ApexDto[] {
  return models
    .filter((m) => !m.isTest)
    .flatMap((model) =>
      model.innerClasses
        .filter((inner) => inner.auraFields.length > 0)
        .map((inner) => ({ key: `${model.name}.${inner.name}`, model, fields: inner.auraFields, line: inner.line }))
    );
}

/** The TypeScript type with null and undefined removed from unions. */
function nonNullable(type: ts.TypeNode): ts.TypeNode[] {
  if (ts.isParenthesizedTypeNode(type)) return nonNullable(type.type);
  if (ts.isUnionTypeNode(type)) return type.types.flatMap(nonNullable).filter((t) => !isNullish(t));
  return isNullish(type) ? [] : [type];
}

function isNullish(type: ts.TypeNode): boolean {
  return (
    type.kind === ts.SyntaxKind.UndefinedKeyword ||
    (ts.isLiteralTypeNode(type) && type.literal.kind === ts.SyntaxKind.NullKeyword)
  );
}

/** The element type of an array type (`T[]`, `readonly T[]`, `Array<T>`, `ReadonlyArray<T>`), else null. */
function elementOf(type: ts.TypeNode): ts.TypeNode | null {
  if (ts.isTypeOperatorNode(type) && type.operator === ts.SyntaxKind.ReadonlyKeyword) return elementOf(type.type);
  if (ts.isArrayTypeNode(type)) return type.elementType;
  if (
    ts.isTypeReferenceNode(type) &&
    ts.isIdentifier(type.typeName) &&
    ['Array', 'ReadonlyArray'].includes(type.typeName.text) &&
    type.typeArguments?.length === 1
  )
    return type.typeArguments[0];
  return null;
}

/** What a TypeScript type is on the wire: 'string', 'number', 'boolean', 'dto:<Interface>' or 'array:<...>'. */
function tsShape(type: ts.TypeNode | undefined): string {
  if (!type) return 'missing type';
  const parts = nonNullable(type);
  const shapes = [...new Set(parts.map(singleShape))];
  return shapes.length === 1 ? shapes[0] : shapes.join(' | ');
}

function singleShape(type: ts.TypeNode): string {
  const element = elementOf(type);
  if (element) return `array:${tsShape(element)}`;
  if (type.kind === ts.SyntaxKind.StringKeyword) return 'string';
  if (type.kind === ts.SyntaxKind.NumberKeyword) return 'number';
  if (type.kind === ts.SyntaxKind.BooleanKeyword) return 'boolean';
  if (ts.isLiteralTypeNode(type)) {
    if (ts.isStringLiteral(type.literal)) return 'string';
    if (ts.isNumericLiteral(type.literal)) return 'number';
    if (type.literal.kind === ts.SyntaxKind.TrueKeyword || type.literal.kind === ts.SyntaxKind.FalseKeyword)
      return 'boolean';
  }
  if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
    const name = type.typeName.text;
    return STRING_ALIASES.has(name) ? 'string' : `dto:${name}`;
  }
  return type.getText();
}

/** The same shape for an Apex type, with DTOs named by the interface tagged for them. */
function apexShape(type: string, outer: string, interfaceByApex: Map<string, string>): string {
  const list = /^(?:List|Set)<(.+)>$/i.exec(type) ?? /^(.+)\[\]$/.exec(type);
  if (list) return `array:${apexShape(list[1], outer, interfaceByApex)}`;
  const scalar = APEX_SCALARS[type.toLowerCase()];
  if (scalar) return scalar;
  const qualified = type.includes('.') ? type : `${outer}.${type}`;
  const tagged = interfaceByApex.get(qualified.toLowerCase());
  return tagged ? `dto:${tagged}` : `Apex type ${type} (no TypeScript type is tagged @apex ${qualified})`;
}

function compareFields(dto: ApexDto, twin: TsDto, interfaceByApex: Map<string, string>): Finding[] {
  const findings: Finding[] = [];
  const apexNames = new Map(dto.fields.map((f) => [f.name, f]));
  for (const field of dto.fields) {
    const property = twin.properties.get(field.name);
    if (!property) {
      findings.push({
        file: `${twin.file}:${twin.line}`,
        message: `${twin.interfaceName} lacks "${field.name}" (Apex ${dto.key}.${field.name}: ${field.type})`
      });
      continue;
    }
    const expected = apexShape(field.type, dto.model.name, interfaceByApex);
    const actual = tsShape(property.type);
    if (expected !== actual)
      findings.push({
        file: `${twin.file}:${property.line}`,
        message: `${twin.interfaceName}.${field.name} is ${actual} but Apex ${dto.key}.${field.name} (${field.type}) sends ${expected}`
      });
  }
  for (const [propertyName, property] of twin.properties) {
    if (!apexNames.has(propertyName))
      findings.push({
        file: `${twin.file}:${property.line}`,
        message: `${twin.interfaceName}.${propertyName} is not an @AuraEnabled field of Apex ${dto.key}`
      });
  }
  return findings;
}

/** Coded threshold defaults against the table in docs/data-model.md. */
function defaultsProblems(root: string, models: ApexClassModel[]): Finding[] {
  const defaults = models.find((m) => m.name === 'CoachingSettingsDefaults');
  const docPath = join(root, 'docs/data-model.md');
  if (!defaults || !existsSync(docPath)) return [];
  const documented = new Map<string, number>();
  const row = readFileSync(docPath, 'utf8')
    .split('\n')
    .find((line) => line.includes('`Coaching_Setting__mdt`'));
  for (const m of (row ?? '').matchAll(/`(\w+__c)` \(([\d.]+)\)/g)) documented.set(m[1], Number(m[2]));
  const coded = new Map<string, number>();
  for (const m of defaults.file.text.matchAll(/Coaching_Setting__mdt\.(\w+__c)\s*=>\s*([\d.]+)/g))
    coded.set(m[1], Number(m[2]));
  const findings: Finding[] = [];
  for (const [field, value] of documented) {
    if (coded.get(field) !== value)
      findings.push({
        file: defaults.file.rel,
        message: `default of ${field} is ${coded.get(field) ?? 'missing'} but docs/data-model.md says ${value}`
      });
  }
  for (const field of coded.keys()) {
    if (!documented.has(field))
      findings.push({
        file: defaults.file.rel,
        message: `default of ${field} is not documented in docs/data-model.md`
      });
  }
  return findings;
}

/** Coaching_Setting__mdt field -> the engine's CoachingSettings key. */
const THRESHOLD_KEYS: Record<string, string> = {
  Default_Required_Coverage__c: 'defaultRequiredCoverage',
  Stale_Days_Multiplier__c: 'staleDaysMultiplier',
  Existing_Window_Months__c: 'existingWindowMonths',
  Dormant_Window_Months__c: 'dormantWindowMonths',
  Disengaged_Days__c: 'disengagedDays',
  Lost_Review_Window_Days__c: 'lostReviewWindowDays',
  Inactivity_Days__c: 'inactivityDays',
  Push_Count_Risk__c: 'pushCountRisk',
  K_Anonymity_Minimum__c: 'kAnonymityMinimum',
  Adherence_Tolerance_Hours__c: 'adherenceToleranceHours',
  Min_Closed_Deals__c: 'minClosedDealsForWinRate',
  Late_Stage_Probability__c: 'lateStageProbability',
  Pipeline_Creation_Weeks__c: 'pipelineCreationWeeks',
  Activity_Window_Days__c: 'activityWindowDays',
  Low_Hanging_Fruit_Share__c: 'lowHangingFruitShare',
  Below_Team_Ratio__c: 'belowTeamRatio',
  Above_Team_Ratio__c: 'aboveTeamRatio',
  Slippage_Share__c: 'slippageShare',
  Commit_Miss_Share__c: 'commitMissShare',
  Hidden_Deal_Share__c: 'hiddenDealShare'
};

/** The rows of an Apex `List<List<String>>` constant, e.g. STAGES = { {'Prospecting', '10'}, ... }. */
export function apexStringRows(text: string, constant: string): string[][] {
  const block = new RegExp(`\\b${constant}\\s*=\\s*new List<List<String>>\\{([\\s\\S]*?)\\n\\s*\\};`).exec(text);
  if (!block) return [];
  return [...block[1].matchAll(/new List<String>\{([^}]*)\}/g)].map((row) =>
    [...row[1].matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((s) => s[1].replace(/\\'/g, "'"))
  );
}

interface EngineDefaults {
  stages: {
    stageName: string;
    sortOrder: number;
    maxDaysInStage: number | null;
    exitCriteria: { criterion: string; fieldApiName: string | null }[];
  }[];
  surveyQuestions: { dimension: string; text: string; sortOrder: number; active: boolean }[];
  agendaSections: { key: string; label: string; sortOrder: number; enabled: boolean }[];
  [threshold: string]: unknown;
}

/** The coded Apex defaults against the engine's DEFAULT_SETTINGS, when the engine bundle is in the project. */
async function engineDefaultsProblems(root: string, defaults: ApexClassModel): Promise<Finding[]> {
  const bundle = findLwcBundles(root).find((b) => b.name === 'coachingSettings');
  const engineFile = bundle ? join(bundle.dir, 'coachingSettings.ts') : '';
  if (!bundle || !existsSync(engineFile)) return [];
  const at = defaults.file.rel;
  let engine: EngineDefaults;
  try {
    engine = ((await import(pathToFileURL(engineFile).href)) as { DEFAULT_SETTINGS: EngineDefaults }).DEFAULT_SETTINGS;
  } catch (error) {
    return [{ file: relative(root, engineFile), message: `cannot load DEFAULT_SETTINGS: ${(error as Error).message}` }];
  }
  if (!engine) return [{ file: relative(root, engineFile), message: 'exports no DEFAULT_SETTINGS' }];
  const text = defaults.file.text;
  const findings: Finding[] = [];
  for (const m of text.matchAll(/Coaching_Setting__mdt\.(\w+__c)\s*=>\s*([\d.]+)/g)) {
    const key = THRESHOLD_KEYS[m[1]];
    if (!key) findings.push({ file: at, message: `default of ${m[1]} has no engine setting in THRESHOLD_KEYS` });
    else if (engine[key] !== Number(m[2]))
      findings.push({
        file: at,
        message: `default of ${m[1]} is ${m[2]} but the engine's ${key} is ${String(engine[key])}`
      });
  }
  const compare = (part: string, apex: string[][], expected: string[][]): void => {
    const length = Math.max(apex.length, expected.length);
    for (let i = 0; i < length; i++) {
      if (JSON.stringify(apex[i]) !== JSON.stringify(expected[i])) {
        findings.push({
          file: at,
          message: `${part} row ${i + 1} is ${JSON.stringify(apex[i] ?? null)} but the engine's DEFAULT_SETTINGS has ${JSON.stringify(expected[i] ?? null)}`
        });
        return;
      }
    }
  };
  compare(
    'STAGES',
    apexStringRows(text, 'STAGES'),
    engine.stages.map((s) => [
      s.stageName,
      String(s.sortOrder),
      ...(s.maxDaysInStage === null ? [] : [String(s.maxDaysInStage)])
    ])
  );
  compare(
    'EXIT_CRITERIA',
    apexStringRows(text, 'EXIT_CRITERIA'),
    engine.stages.flatMap((s) => s.exitCriteria.map((c) => [s.stageName, c.criterion, c.fieldApiName ?? '']))
  );
  compare(
    'QUESTIONS',
    apexStringRows(text, 'QUESTIONS'),
    engine.surveyQuestions.map((q) => [q.dimension, q.text, String(q.sortOrder), ...(q.active ? [] : ['inactive'])])
  );
  compare(
    'SECTIONS',
    apexStringRows(text, 'SECTIONS'),
    engine.agendaSections.map((s) => [s.key, s.label, String(s.sortOrder), ...(s.enabled ? [] : ['disabled'])])
  );
  return findings;
}

export async function run(root: string): Promise<Finding[]> {
  const models = findApexFiles(root)
    .map(classModel)
    .filter((m): m is ApexClassModel => m !== null);
  const dtos = apexDtos(models);
  const twins = tsDtos(root);
  const interfaceByApex = new Map(twins.map((t) => [t.apex.toLowerCase(), t.interfaceName]));
  const findings: Finding[] = [];
  for (const dto of dtos) {
    const twin = twins.find((t) => t.apex.toLowerCase() === dto.key.toLowerCase());
    if (!twin) {
      findings.push({
        file: `${dto.model.file.rel}:${dto.line}`,
        message: `${dto.key} has @AuraEnabled fields but no TypeScript interface is tagged @apex ${dto.key}`
      });
      continue;
    }
    findings.push(...compareFields(dto, twin, interfaceByApex));
  }
  for (const twin of twins) {
    if (!dtos.some((d) => d.key.toLowerCase() === twin.apex.toLowerCase()))
      findings.push({
        file: `${twin.file}:${twin.line}`,
        message: `${twin.interfaceName} is tagged @apex ${twin.apex}, which is not an Apex class with @AuraEnabled fields`
      });
  }
  const defaults = models.find((m) => m.name === 'CoachingSettingsDefaults');
  const engineProblems = defaults ? await engineDefaultsProblems(root, defaults) : [];
  return [...findings, ...defaultsProblems(root, models), ...engineProblems];
}
