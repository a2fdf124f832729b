/**
 * Bundles the package's real LWC components for the browser with @lwc/rollup-plugin: the deployable `.js`
 * that `tsc` emits beside each `.ts` (the same files that deploy), lightning-base-components, synthetic shadow
 * (so the global SLDS stylesheet reaches the components) and the preview's own implementations of the
 * platform modules (`lightning/graphql`, `lightning/uiRecordApi`, `@salesforce/*`, …).
 * An import of a custom label or schema field that does not exist fails the build, as a deploy would.
 */
import { existsSync, mkdirSync, statSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup, type Plugin } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { transform } from 'esbuild';
import { findLwcBundles, walk, packageDirectories, PROJECT_ROOT } from '../scripts/lib/project.ts';
import { readCustomLabels } from './server/metadata/permissions.ts';
import { readOrgDescribe } from './server/metadata/describe.ts';
import { PAGES, bundleNameOf } from './pages.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const CLIENT = join(HERE, 'client');
const PLATFORM = join(CLIENT, 'platform');

export interface BuildResult {
  file: string;
  ms: number;
  bytes: number;
  /** Page tags whose bundle exists and is in the build. */
  components: string[];
}

/** Platform modules the preview implements (first match wins over lightning-base-components). */
const PLATFORM_FILES: Record<string, string> = {
  'lightning/graphql': 'graphql.ts',
  'lightning/uiRecordApi': 'uiRecordApi.ts',
  'lightning/uiObjectInfoApi': 'uiRecordApi.ts',
  'lightning/navigation': 'navigation.ts',
  'lightning/platformShowToastEvent': 'toast.ts',
  'lightning/refresh': 'refresh.ts'
};

const I18N_KEYS = new Set(['locale', 'lang', 'currency', 'timeZone', 'firstDayOfWeek', 'dir']);

/** A base-components gate the preview must close: lightning-combobox attaches ElementInternals when it is open. */
const COMBOBOX_INTERNALS_GATE = '@salesforce/gate/bc.260.enableComboboxElementInternals';

function platformModules(root: string, componentTags: string[]): Plugin {
  const labels = readCustomLabels(root);
  const describe = readOrgDescribe(root);
  const context = JSON.stringify(join(PLATFORM, 'context.ts'));
  const apex = JSON.stringify(join(PLATFORM, 'apex.ts'));
  const VIRTUAL = '\0preview-virtual:';
  return {
    name: 'preview-platform-modules',
    resolveId(source, importer) {
      if (PLATFORM_FILES[source]) return join(PLATFORM, PLATFORM_FILES[source]);
      if (source === 'preview:components') return `${VIRTUAL}components`;
      if (source === '@salesforce/apex' || source.startsWith('@salesforce/apex/')) return VIRTUAL + source;
      if (source === COMBOBOX_INTERNALS_GATE) return VIRTUAL + source;
      if (source.startsWith('@salesforce/user/')) return VIRTUAL + source;
      if (source.startsWith('@salesforce/i18n/') && I18N_KEYS.has(source.slice('@salesforce/i18n/'.length)))
        return VIRTUAL + source;
      if (source.startsWith('@salesforce/label/c.')) {
        const name = source.slice('@salesforce/label/c.'.length);
        if (!labels.has(name))
          this.error(`${importer}: imports the custom label c.${name}, which is not in CustomLabels.`);
        return VIRTUAL + source;
      }
      if (source.startsWith('@salesforce/schema/')) {
        const [object, ...path] = source.slice('@salesforce/schema/'.length).split('.');
        const d = describe.objects.get(object);
        const field = path[0];
        const known =
          d && (!field || d.fields.has(field) || [...d.fields.values()].some((f) => f.relationshipName === field));
        if (!known) this.error(`${importer}: imports ${source}, which does not exist in the org's schema.`);
        return VIRTUAL + source;
      }
      if (
        source.startsWith('@salesforce/customPermission/') ||
        source.startsWith('@salesforce/userPermission/') ||
        source.startsWith('@salesforce/resourceUrl/')
      )
        return VIRTUAL + source;
      return null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const source = id.slice(VIRTUAL.length);
      if (source === 'components') {
        const imports = componentTags.map((tag, i) => `import C${i} from 'c/${bundleNameOf(tag)}';`);
        const entries = componentTags.map((tag, i) => `${JSON.stringify(tag)}: C${i}`);
        return `${imports.join('\n')}\nexport default { ${entries.join(', ')} };\n`;
      }
      if (source === '@salesforce/apex') return `export { refreshApex, getSObjectValue } from ${apex};`;
      // Closed: ElementInternals cannot be attached under synthetic shadow (every lightning-combobox would fail).
      if (source === COMBOBOX_INTERNALS_GATE) return 'export default { isOpen: () => false };';
      if (source.startsWith('@salesforce/apex/')) {
        const parts = source.slice('@salesforce/apex/'.length).split('.');
        const method = parts.pop()!;
        const className = parts.pop()!;
        return `import { apexMethod } from ${apex};\nexport default apexMethod(${JSON.stringify(className)}, ${JSON.stringify(method)});`;
      }
      if (source === '@salesforce/user/Id')
        return `import { CONTEXT } from ${context};\nexport default CONTEXT.user.id;`;
      if (source === '@salesforce/user/isGuest') return 'export default false;';
      if (source.startsWith('@salesforce/user/')) return 'export default undefined;';
      if (source.startsWith('@salesforce/i18n/'))
        return `import { CONTEXT } from ${context};\nexport default CONTEXT.i18n[${JSON.stringify(source.slice(17))}];`;
      if (source.startsWith('@salesforce/label/c.'))
        return `export default ${JSON.stringify(labels.get(source.slice('@salesforce/label/c.'.length)))};`;
      if (source.startsWith('@salesforce/customPermission/'))
        return `import { CONTEXT } from ${context};\nexport default CONTEXT.customPermissions.includes(${JSON.stringify(source.slice(29))});`;
      if (source.startsWith('@salesforce/userPermission/')) return 'export default false;';
      if (source.startsWith('@salesforce/resourceUrl/'))
        return `export default ${JSON.stringify(`/resource/${source.slice(24)}`)};`;
      if (source.startsWith('@salesforce/schema/')) {
        const [objectApiName, ...path] = source.slice('@salesforce/schema/'.length).split('.');
        const value = path.length ? { objectApiName, fieldApiName: path.join('.') } : { objectApiName };
        return `export default ${JSON.stringify(value)};`;
      }
      return null;
    }
  };
}

/** The preview's own TypeScript (shell, platform modules, pages registry) is stripped of types by esbuild. */
function stripTypes(): Plugin {
  return {
    name: 'preview-strip-types',
    async transform(code, id) {
      if (!id.endsWith('.ts') || !id.startsWith(HERE)) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'esnext',
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: true } }
      });
      return { code: result.code, map: null };
    }
  };
}

/**
 * A digest of everything the bundle is built from (contents, not times: `tsc` rewrites every emitted file).
 * Stored beside the bundle; `npm start` skips the build while it matches.
 */
export function inputDigest(root = PROJECT_ROOT): string {
  const inputs = [
    ...findLwcBundles(root).flatMap((b) => walk(b.dir)),
    ...walk(CLIENT),
    join(HERE, 'pages.ts'),
    join(HERE, 'build.ts'),
    join(root, 'package-lock.json'),
    ...packageDirectories(root).flatMap((d) => walk(d).filter((f) => /\.(labels|object|field)-meta\.xml$/.test(f)))
  ].sort();
  const hash = createHash('sha256');
  for (const f of inputs) if (existsSync(f)) hash.update(f).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex');
}

export function bundleIsFresh(root = PROJECT_ROOT, outDir = join(HERE, 'dist')): boolean {
  const stamp = join(outDir, 'app.js.inputs');
  return existsSync(join(outDir, 'app.js')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === inputDigest(root);
}

export interface BuildOptions {
  root?: string;
  outDir?: string;
  production?: boolean;
  /**
   * One file with every dynamic import inlined (ARCHITECTURE.md's setting). Off by default: the base components'
   * icon libraries are dynamic imports of 4.3 MB that a page then loads only when it shows an icon of that kind
   * (decision D-preview-7).
   */
  inlineDynamicImports?: boolean;
}

export async function buildPreview(options: BuildOptions = {}) {
  const root = options.root ?? PROJECT_ROOT;
  const outDir = options.outDir ?? join(HERE, 'dist');
  const started = performance.now();
  const bundles = findLwcBundles(root).filter((b) => existsSync(join(b.dir, `${b.name}.js`)));
  const unbuilt = findLwcBundles(root).filter((b) => !existsSync(join(b.dir, `${b.name}.js`)));
  if (unbuilt.length)
    throw new Error(`Run \`npm run build\` first: no emitted .js for ${unbuilt.map((b) => b.name).join(', ')}.`);
  const available = new Set(bundles.map((b) => b.name));
  const tags = [...new Set(PAGES.flatMap((p) => p.slots.map((s) => s.tag)))].filter((t) =>
    available.has(bundleNameOf(t))
  );
  const warnings: string[] = [];
  const bundle = await rollup({
    input: join(CLIENT, 'main.ts'),
    onwarn: (w) => {
      if (w.code !== 'CIRCULAR_DEPENDENCY' && w.code !== 'THIS_IS_UNDEFINED') warnings.push(w.message);
    },
    plugins: [
      platformModules(root, tags),
      stripTypes(),
      lwc({
        rootDir: join(CLIENT, 'modules'),
        modules: [
          ...bundles.map((b) => ({ name: `c/${b.name}`, path: join(b.dir, `${b.name}.js`) })),
          { npm: 'lightning-base-components' }
        ],
        enableDynamicComponents: true
      }),
      replace({
        preventAssignment: true,
        values: {
          'import.meta.env.SSR': 'false',
          'process.env.NODE_ENV': JSON.stringify(options.production === false ? 'development' : 'production')
        }
      })
    ]
  });
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'app.js');
  rmSync(join(outDir, 'chunks'), { recursive: true, force: true });
  if (options.inlineDynamicImports)
    await bundle.write({ file, format: 'es', inlineDynamicImports: true, sourcemap: false });
  else
    await bundle.write({
      dir: outDir,
      format: 'es',
      entryFileNames: 'app.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: false
    });
  await bundle.close();
  writeFileSync(join(outDir, 'app.js.inputs'), inputDigest(root));
  return {
    file,
    ms: performance.now() - started,
    bytes: statSync(file).size,
    components: tags,
    warnings
  } satisfies BuildResult & { warnings: string[] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildPreview({ inlineDynamicImports: process.argv.includes('--inline') })
    .then((r) => console.log(`Built ${r.file} (${Math.round(r.bytes / 1024)} KiB) in ${Math.round(r.ms)} ms.`))
    .catch((error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    });
}
