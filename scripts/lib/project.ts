/** Project layout helpers shared by the build, the offline fidelity checks and the org scripts. */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, dirname, basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const SKIP_DIRS = new Set(['node_modules', '.git', '.sf', '.sfdx', 'coverage']);

/** All files under `dir`, recursively, skipping tool folders. */
export function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

export function packageDirectories(root = PROJECT_ROOT): string[] {
  const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as {
    packageDirectories: { path: string }[];
  };
  return project.packageDirectories.map((p) => join(root, p.path));
}

export interface LwcBundle {
  name: string;
  dir: string;
}

/** Every LWC bundle: a folder directly inside an `lwc` folder of a package directory. */
export function findLwcBundles(root = PROJECT_ROOT): LwcBundle[] {
  const bundles: LwcBundle[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || SKIP_DIRS.has(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.name === 'lwc') {
        for (const b of readdirSync(full, { withFileTypes: true })) {
          if (b.isDirectory() && !b.name.startsWith('.')) bundles.push({ name: b.name, dir: join(full, b.name) });
        }
      } else {
        visit(full);
      }
    }
  };
  for (const pkg of packageDirectories(root)) if (existsSync(pkg)) visit(pkg);
  return bundles.sort((a, b) => a.name.localeCompare(b.name));
}

/** Files of a bundle that deploy: everything but tests, TypeScript sources and docs (mirrors .forceignore). */
export function deployableBundleFiles(bundle: LwcBundle): string[] {
  return walk(bundle.dir).filter((f) => {
    const rel = f.slice(bundle.dir.length + 1);
    if (rel.split(/[\\/]/).includes('__tests__')) return false;
    return !/\.(ts|md)$/.test(f) && basename(f) !== 'tsconfig.json';
  });
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A problem found by a check, always naming the file so the message is actionable. */
export interface Finding {
  file: string;
  message: string;
}
