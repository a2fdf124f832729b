/**
 * Progress lines for long extracts and loads, on a terminal only: piped output and CI logs stay clean
 * (one summary line at the end comes from the caller, not from here).
 */
export interface Progress {
  update(done: number, total?: number | null): void;
  done(): void;
}

const SILENT: Progress = { update: () => undefined, done: () => undefined };

export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return SILENT;
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      // At most ten repaints a second: a terminal repaint per record would dominate a fast load.
      if (now - last < 100 && (total == null || done < total)) return;
      last = now;
      shown = true;
      const pct = total ? ` (${Math.floor((100 * done) / total)}%)` : '';
      stream.write(
        `\r${label}: ${done.toLocaleString('en-US')}${total ? ` / ${total.toLocaleString('en-US')}` : ''}${pct}\u001b[K`
      );
    },
    done() {
      if (shown) stream.write('\r\u001b[K');
    }
  };
}
