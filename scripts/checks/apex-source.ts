/**
 * Reads the package's Apex with `@apexdevtools/apex-parser` (the grammar of the platform compiler) and
 * extracts what the offline Apex checks need: syntax errors, the top-level class with its sharing mode and
 * test flag, its methods with their annotations and doc comments, and the `@AuraEnabled` fields of its
 * inner classes (the DTOs components receive).
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import {
  ApexErrorListener,
  ApexParserFactory,
  type ClassDeclarationContext,
  type ModifierContext
} from '@apexdevtools/apex-parser';
import { walk, packageDirectories } from '../lib/project.ts';

export interface ApexFile {
  /** Path relative to the project root, as findings name it. */
  rel: string;
  kind: 'class' | 'trigger';
  /** File name without extension: the class or trigger name. */
  name: string;
  text: string;
}

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

export interface ApexField {
  name: string;
  /** The Apex type as written, without spaces, e.g. `List<StageSetting>`. */
  type: string;
  line: number;
}

export interface ApexInnerClass {
  name: string;
  line: number;
  sharing: ApexClassModel['sharing'];
  /** Fields and properties annotated `@AuraEnabled`: what a component receives. */
  auraFields: ApexField[];
}

export interface ApexMethod {
  name: string;
  line: number;
  /** Annotations as written, lower-cased and without spaces, e.g. `@auraenabled(cacheable=true)`. */
  annotations: string[];
  /** The comment text between the previous member and this one (its ApexDoc). */
  doc: string;
}

export interface ApexClassModel {
  file: ApexFile;
  name: string;
  isTest: boolean;
  sharing: 'with sharing' | 'without sharing' | 'inherited sharing' | null;
  methods: ApexMethod[];
  innerClasses: ApexInnerClass[];
}

/** Every `.cls` and `.trigger` in the package directories. */
export function findApexFiles(root: string): ApexFile[] {
  return packageDirectories(root)
    .flatMap((dir) => walk(dir))
    .filter((f) => f.endsWith('.cls') || f.endsWith('.trigger'))
    .sort()
    .map((f) => ({
      rel: relative(root, f),
      kind: f.endsWith('.cls') ? ('class' as const) : ('trigger' as const),
      name: basename(f).replace(/\.(cls|trigger)$/, ''),
      text: readFileSync(f, 'utf8')
    }));
}

class CollectingListener extends ApexErrorListener {
  readonly problems: SyntaxProblem[] = [];
  apexSyntaxError(line: number, column: number, message: string): void {
    this.problems.push({ line, column, message });
  }
}

/** Lexer and parser errors of one file (none when it parses). */
export function syntaxProblems(file: ApexFile): SyntaxProblem[] {
  const listener = new CollectingListener();
  const { parser } = ApexParserFactory.createLexerAndParser(file.text, listener);
  if (file.kind === 'class') parser.compilationUnit();
  else parser.triggerUnit();
  return listener.problems;
}

const annotationsOf = (modifiers: ModifierContext[]): string[] =>
  modifiers.filter((m) => m.annotation()).map((m) => m.getText().toLowerCase());

const SHARING: Record<string, ApexClassModel['sharing']> = {
  withsharing: 'with sharing',
  withoutsharing: 'without sharing',
  inheritedsharing: 'inherited sharing'
};

/** The sharing keyword among a class's modifiers (getText() drops the space: `withsharing`). */
function sharingOf(modifiers: ModifierContext[]): ApexClassModel['sharing'] {
  for (const m of modifiers) {
    const sharing = SHARING[m.getText().toLowerCase()];
    if (sharing) return sharing;
  }
  return null;
}

function innerClassOf(declaration: ClassDeclarationContext, modifiers: ModifierContext[]): ApexInnerClass {
  const auraFields: ApexField[] = [];
  for (const member of declaration.classBody().classBodyDeclaration_list()) {
    if (!annotationsOf(member.modifier_list()).some((a) => a.startsWith('@auraenabled'))) continue;
    const field = member.memberDeclaration()?.fieldDeclaration();
    const property = member.memberDeclaration()?.propertyDeclaration();
    if (field) {
      for (const v of field.variableDeclarators().variableDeclarator_list())
        auraFields.push({ name: v.id().getText(), type: field.typeRef().getText(), line: v.start.line });
    } else if (property) {
      auraFields.push({ name: property.id().getText(), type: property.typeRef().getText(), line: property.start.line });
    }
  }
  return {
    name: declaration.id().getText(),
    line: declaration.start.line,
    sharing: sharingOf(modifiers),
    auraFields
  };
}

/** The top-level class of a `.cls` file, or null for triggers, enums, interfaces and unparsable files. */
export function classModel(file: ApexFile): ApexClassModel | null {
  if (file.kind !== 'class' || syntaxProblems(file).length > 0) return null;
  const parser = ApexParserFactory.createParser(file.text);
  const type = parser.compilationUnit().typeDeclaration();
  const declaration = type.classDeclaration();
  if (!declaration) return null;
  const modifiers = type.modifier_list();
  const model: ApexClassModel = {
    file,
    name: declaration.id().getText(),
    isTest: annotationsOf(modifiers).some((a) => a.startsWith('@istest')),
    sharing: sharingOf(modifiers),
    methods: [],
    innerClasses: []
  };
  let previousEnd = declaration.classBody().start.stop + 1;
  for (const member of declaration.classBody().classBodyDeclaration_list()) {
    const doc = file.text.slice(previousEnd, member.start.start);
    previousEnd = (member.stop?.stop ?? member.start.stop) + 1;
    const memberDeclaration = member.memberDeclaration();
    const method = memberDeclaration?.methodDeclaration();
    const inner = memberDeclaration?.classDeclaration();
    if (method) {
      model.methods.push({
        name: method.id().getText(),
        line: method.start.line,
        annotations: annotationsOf(member.modifier_list()),
        doc
      });
    } else if (inner) {
      model.innerClasses.push(innerClassOf(inner, member.modifier_list()));
    }
  }
  return model;
}
