/**
 * The Apex layer's own rules (ARCHITECTURE.md decision 4), which PMD does not know:
 * - every class has a test class `<Name>Test` annotated @IsTest;
 * - every @AuraEnabled method is cacheable=true, unless its ApexDoc says "Not cacheable: <why>";
 * - top-level classes run `with sharing` (or `inherited sharing`): system mode only in inner classes, and every
 *   `without sharing` inner class is named in docs/security.md, where its reason is documented.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../lib/project.ts';
import { classModel, findApexFiles, type ApexClassModel } from './apex-source.ts';

export const name = 'Apex conventions (tests, cacheable reads, sharing)';

const SECURITY_DOC = 'docs/security.md';

function conventionProblems(
  model: ApexClassModel,
  classes: Map<string, ApexClassModel>,
  securityDoc: string
): Finding[] {
  const findings: Finding[] = [];
  const at = (line: number): string => `${model.file.rel}:${line}`;
  const test = classes.get(`${model.name}Test`.toLowerCase());
  if (!test || !test.isTest)
    findings.push({ file: model.file.rel, message: `${model.name} has no @IsTest class ${model.name}Test` });
  if (model.sharing !== 'with sharing' && model.sharing !== 'inherited sharing')
    findings.push({
      file: model.file.rel,
      message: `${model.name} must be declared "with sharing" (found: ${model.sharing ?? 'no sharing keyword'}); put system-mode code in a documented inner class`
    });
  for (const method of model.methods) {
    const aura = method.annotations.find((a) => a.startsWith('@auraenabled'));
    if (aura && !/cacheable=true/.test(aura) && !/Not cacheable:/.test(method.doc))
      findings.push({
        file: at(method.line),
        message: `@AuraEnabled ${model.name}.${method.name} is not cacheable=true and its ApexDoc has no "Not cacheable: <why>"`
      });
  }
  for (const inner of model.innerClasses) {
    const qualified = `${model.name}.${inner.name}`;
    if (inner.sharing === 'without sharing' && !securityDoc.includes(qualified))
      findings.push({
        file: at(inner.line),
        message: `without sharing class ${qualified} is not documented in ${SECURITY_DOC}`
      });
  }
  return findings;
}

export function run(root: string): Finding[] {
  const models = findApexFiles(root)
    .map(classModel)
    .filter((m): m is ApexClassModel => m !== null);
  const classes = new Map(models.map((m) => [m.name.toLowerCase(), m]));
  const securityPath = join(root, SECURITY_DOC);
  const securityDoc = existsSync(securityPath) ? readFileSync(securityPath, 'utf8') : '';
  return models.filter((m) => !m.isTest).flatMap((m) => conventionProblems(m, classes, securityDoc));
}
