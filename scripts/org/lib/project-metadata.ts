/** What the org scripts need to know about the package source: permission sets and the package directory. */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PROJECT_ROOT, walk, packageDirectories } from '../../lib/project.ts';

/** The persona permission sets the package ships (`Coaching_*.permissionset-meta.xml`), sorted. */
export function packagePermissionSets(root = PROJECT_ROOT): string[] {
  return packageDirectories(root)
    .flatMap((dir) => walk(dir))
    .filter((f) => f.endsWith('.permissionset-meta.xml'))
    .map((f) => basename(f, '.permissionset-meta.xml'))
    .filter((n) => n.startsWith('Coaching_'))
    .sort();
}

export interface PackageDirectory {
  path: string;
  package?: string;
  versionName?: string;
  versionNumber?: string;
  versionDescription?: string;
  default?: boolean;
}

export interface SfdxProject {
  packageDirectories: PackageDirectory[];
  namespace?: string;
  sourceApiVersion?: string;
  packageAliases?: Record<string, string>;
  [key: string]: unknown;
}

export function readSfdxProject(root = PROJECT_ROOT): SfdxProject {
  return JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as SfdxProject;
}

export function writeSfdxProject(project: SfdxProject, root = PROJECT_ROOT): void {
  writeFileSync(join(root, 'sfdx-project.json'), `${JSON.stringify(project, null, 2)}\n`);
}
