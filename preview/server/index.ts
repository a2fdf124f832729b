/**
 * Starts the local preview: (optionally) builds the components, opens the demo org and listens.
 * Used by `npm start`, the e2e tests and the benchmark.
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { PreviewOrg, type PreviewOrgOptions } from './org.ts';
import { createPreviewServer } from './http.ts';
import { buildPreview, bundleIsFresh } from '../build.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';

export interface StartOptions {
  root?: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  dataFile?: string | null;
  /** Skip the bundle build (the e2e tests and the benchmark build once). */
  skipBuild?: boolean;
  distDir?: string;
  demo?: PreviewOrgOptions['demo'];
  /** The server's clock (the benchmark pins it to the demo org's anchor). */
  now?: PreviewOrgOptions['now'];
  report?: (line: string) => void;
}

export interface RunningPreview {
  url: string;
  port: number;
  org: PreviewOrg;
  buildMs: number | null;
  close(): Promise<void>;
}

export class PortInUseError extends Error {}

export async function startPreview(options: StartOptions): Promise<RunningPreview> {
  const root = options.root ?? PROJECT_ROOT;
  const distDir = options.distDir ?? join(root, 'preview', 'dist');
  // The bundle is rebuilt only when a component, the preview client or the page registry changed since.
  const skip = options.skipBuild || bundleIsFresh(root, distDir);
  const built = skip ? null : await buildPreview({ root, outDir: distDir });
  const org = await PreviewOrg.open({
    root,
    dataFile: options.dataFile === undefined ? join(root, '.preview-data', 'demo-org.json') : options.dataFile,
    demo: options.demo,
    now: options.now,
    report: options.report
  });
  const server = createPreviewServer({ org, distDir, port: options.port });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(
              `Port ${options.port} is already in use. Stop the other process or choose another: npm start -- --port 3001 (or PORT=3001 npm start).`
            )
          : error
      )
    );
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    port,
    org,
    buildMs: built?.ms ?? null,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
