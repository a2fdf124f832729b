/**
 * `npm start`: builds the package's components and starts the local preview on the embedded demo org.
 * Usage: npm start [-- --port 3000]   (or PORT=3000 npm start)
 */
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from './lib/project.ts';
import { startPreview, PortInUseError } from '../preview/server/index.ts';

function portFromArgs(): number {
  const args = process.argv.slice(2);
  const i = args.indexOf('--port');
  const raw = i >= 0 ? args[i + 1] : (process.env.PORT ?? '3000');
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port "${raw}": give a number from 0 to 65535.`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  const port = portFromArgs();
  // The preview bundles the deployable .js that tsc emits beside each component's .ts.
  const tsc = spawnSync('tsc', ['-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (tsc.status !== 0) {
    console.error('The TypeScript build failed; fix the errors above and run npm start again.');
    process.exit(1);
  }
  const preview = await startPreview({ port, report: (line) => console.warn(line) });
  console.log(`Coaching Rhythm preview: ${preview.url}`);
  console.log('Switch "View as" in the header to see each persona (manager, rep, leader, admin). Ctrl+C stops it.');
}

main().catch((error: unknown) => {
  console.error(error instanceof PortInUseError ? error.message : ((error as Error).stack ?? String(error)));
  process.exit(1);
});
