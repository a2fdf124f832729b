/**
 * Where a script's document goes, written part by part: a file (`--out`), stdout, or a callback (tests). Writes
 * wait for the stream to drain, so a large pack never piles up in memory. A file is written under a `.partial`
 * name and renamed when complete: a run that fails half-way leaves no half document under the name asked for.
 */
import { accessSync, constants, createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { UsageError } from './errors.ts';

export interface OutputSink {
  /** "stdout" or the file path, for messages. */
  readonly target: string;
  write(text: string): Promise<void>;
  /** The document is complete. */
  finish(): Promise<void>;
  /** The run failed: drop what was written (a file), leave the target as it was. */
  abort(): Promise<void>;
}

async function writeDrained(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Checked before any work, so a bad `--out` fails before the org is asked anything. */
export function checkOutputPath(path: string): void {
  try {
    accessSync(dirname(resolve(path)), constants.W_OK);
  } catch {
    throw new UsageError(`--out ${path}: the folder ${dirname(resolve(path))} does not exist or is not writable.`);
  }
}

export function fileSink(path: string): OutputSink {
  checkOutputPath(path);
  const partial = `${path}.partial`;
  let stream: WriteStream | null = null;
  let failed: Error | null = null;
  const open = (): WriteStream => {
    if (!stream) {
      stream = createWriteStream(partial);
      stream.on('error', (error) => (failed = error));
    }
    return stream;
  };
  const close = async (): Promise<void> => {
    const s = open();
    s.end();
    if (!s.closed) await once(s, 'close');
  };
  return {
    target: path,
    async write(text) {
      if (failed) throw failed;
      await writeDrained(open(), text);
    },
    async finish() {
      await close();
      if (failed) throw failed;
      renameSync(partial, path);
    },
    async abort() {
      await close().catch(() => undefined);
      rmSync(partial, { force: true });
    }
  };
}

export function stdoutSink(): OutputSink {
  return {
    target: 'stdout',
    write: (text) => writeDrained(process.stdout, text),
    finish: async () => undefined,
    abort: async () => undefined
  };
}

export function callbackSink(out: (text: string) => void): OutputSink {
  return {
    target: 'stdout',
    write: async (text) => out(text),
    finish: async () => undefined,
    abort: async () => undefined
  };
}
