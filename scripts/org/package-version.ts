/**
 * `npm run package:version -- --target-dev-hub <hub> --namespace <ns> [--installation-key KEY]`
 * Builds, then creates a managed 2GP package version with code coverage (needed to promote it).
 *
 * Namespace placeholder: sfdx-project.json keeps `"namespace": ""`, so scratch orgs and CI deploy the source
 * unnamespaced. The version is built from a staged copy of the project with the namespace filled in (from
 * --namespace, SF_PACKAGE_NAMESPACE or sfdx-project.json), so the working tree never changes; only the package
 * and version aliases sf records are merged back into sfdx-project.json. versionName, versionNumber and
 * versionDescription are read from sfdx-project.json, where they are kept.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFlags, intFlag } from './lib/args.ts';
import { exitWithError, OrgScriptError, UsageError } from './lib/errors.ts';
import { buildProject } from './lib/build.ts';
import { requireSf, runSfJson, quietSalesforceCli } from './lib/sf-cli.ts';
import { readSfdxProject, writeSfdxProject, type SfdxProject } from './lib/project-metadata.ts';
import { PROJECT_ROOT } from '../lib/project.ts';

const USAGE =
  'npm run package:version -- --target-dev-hub <alias> [--namespace ns] [--installation-key KEY | --installation-key-bypass] [--wait 60] [--skip-validation]';

/** What is copied to the staging folder: the package source and what sf reads beside it. */
const STAGED = ['force-app', 'config', '.forceignore', 'sfdx-project.json'];

export interface StagedProject {
  dir: string;
  project: SfdxProject;
  packageName: string;
}

/** Copies the project with the namespace filled in; the caller removes `dir`. */
export function stageProject(namespace: string, root = PROJECT_ROOT): StagedProject {
  const project = readSfdxProject(root);
  const pkg = project.packageDirectories.find((d) => d.package) ?? project.packageDirectories[0];
  if (!pkg?.package) throw new UsageError('sfdx-project.json names no package (packageDirectories[].package).');
  for (const field of ['versionName', 'versionNumber', 'versionDescription'] as const) {
    if (!pkg[field])
      throw new UsageError(
        `sfdx-project.json lacks packageDirectories[].${field}: keep it there, the version reads it.`
      );
  }
  const dir = mkdtempSync(join(tmpdir(), 'coaching-package-'));
  for (const entry of STAGED) {
    cpSync(join(root, entry), join(dir, entry), {
      recursive: true,
      // Tests and fixtures never ship; .forceignore drops them too, this keeps the copy small.
      filter: (src) => !/[\\/](__tests__|node_modules)([\\/]|$)/.test(src)
    });
  }
  const staged = { ...readSfdxProject(dir), namespace };
  writeSfdxProject(staged, dir);
  return { dir, project: staged, packageName: pkg.package };
}

/** Adds the aliases sf recorded in the staged copy to the real sfdx-project.json (never removes one). */
export function mergePackageAliases(stagedDir: string, root = PROJECT_ROOT): Record<string, string> {
  const staged = readSfdxProject(stagedDir).packageAliases ?? {};
  const project = readSfdxProject(root);
  const added: Record<string, string> = {};
  const aliases = { ...(project.packageAliases ?? {}) };
  for (const [alias, id] of Object.entries(staged)) {
    if (aliases[alias] !== id) {
      aliases[alias] = id;
      added[alias] = id;
    }
  }
  if (Object.keys(added).length > 0) writeSfdxProject({ ...project, packageAliases: aliases }, root);
  return added;
}

export function runPackageVersion(argv: string[], log = console.log, root = PROJECT_ROOT): void {
  const flags = parseFlags(
    argv,
    {
      'target-dev-hub': { type: 'string', short: 'v' },
      namespace: { type: 'string' },
      'installation-key': { type: 'string', short: 'k' },
      'installation-key-bypass': { type: 'boolean', short: 'x' },
      wait: { type: 'string', short: 'w' },
      'skip-validation': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    },
    USAGE
  );
  if (flags.help) return log(`Usage: ${USAGE}`);
  const devHub = flags['target-dev-hub'];
  if (!devHub)
    throw new UsageError(`--target-dev-hub is required (the Dev Hub your namespace is linked to). Usage: ${USAGE}`);
  if (flags['installation-key'] && flags['installation-key-bypass'])
    throw new UsageError('Pass --installation-key or --installation-key-bypass, not both.');
  const wait = intFlag(flags.wait, 'wait', 60, 1);
  const namespace = (
    flags.namespace ??
    process.env.SF_PACKAGE_NAMESPACE ??
    readSfdxProject(root).namespace ??
    ''
  ).trim();
  if (!/^[A-Za-z][A-Za-z0-9]{0,14}$/.test(namespace)) {
    throw new UsageError(
      namespace
        ? `"${namespace}" is not a namespace prefix (a letter, then up to 14 letters or digits).`
        : 'A managed 2GP package needs a namespace: pass --namespace <prefix> (registered and linked to your Dev Hub) or set SF_PACKAGE_NAMESPACE.'
    );
  }
  quietSalesforceCli();
  requireSf();
  buildProject(log);
  const staged = stageProject(namespace, root);
  try {
    const sfOptions = { cwd: staged.dir };
    if (!staged.project.packageAliases?.[staged.packageName]) {
      log(`▶ create the managed package "${staged.packageName}" (namespace ${namespace}) in ${devHub}`);
      runSfJson(
        [
          'package',
          'create',
          '--name',
          staged.packageName,
          '--package-type',
          'Managed',
          '--path',
          'force-app',
          '--target-dev-hub',
          devHub
        ],
        `Creating the package "${staged.packageName}"`,
        sfOptions
      );
    }
    log(`▶ create a version of "${staged.packageName}" with code coverage (this takes minutes)`);
    const args = [
      'package',
      'version',
      'create',
      '--package',
      staged.packageName,
      '--code-coverage',
      '--wait',
      String(wait),
      '--target-dev-hub',
      devHub
    ];
    if (flags['installation-key']) args.push('--installation-key', flags['installation-key']);
    else args.push('--installation-key-bypass');
    if (flags['skip-validation']) args.push('--skip-validation');
    const result = runSfJson<{ SubscriberPackageVersionId?: string; Status?: string; Error?: string[] }>(
      args,
      `Creating a version of "${staged.packageName}"`,
      sfOptions
    );
    const added = mergePackageAliases(staged.dir, root);
    const version = result?.SubscriberPackageVersionId;
    if (!version) {
      throw new OrgScriptError(
        'PACKAGE_VERSION_PENDING',
        `The version is not ready yet (status ${result?.Status ?? 'unknown'}): check it with \`sf package version create report\`.`
      );
    }
    log(
      `Created ${version}${Object.keys(added).length ? ` (aliases added to sfdx-project.json: ${Object.keys(added).join(', ')})` : ''}.`
    );
    log(`Install it: sf package install --package ${version} --target-org <org> --wait 20`);
    log(`Promote it when released: sf package version promote --package ${version} --target-dev-hub ${devHub}`);
  } finally {
    rmSync(staged.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    runPackageVersion(process.argv.slice(2));
  } catch (error) {
    exitWithError(error);
  }
}
