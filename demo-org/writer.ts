/**
 * Serialises a demo-org document as JSON, one record per line, in chunks of about a megabyte. A big org
 * (1,000,000 opportunities) is longer than the longest string V8 can build, so it is never stringified whole.
 */
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { DemoOrg, RecordType } from './format.ts';

const CHUNK_CHARS = 1 << 20;

/** The document's JSON text in order, chunk by chunk. */
export function* demoOrgChunks(org: DemoOrg): Generator<string> {
  let buffer = `{"meta":${JSON.stringify(org.meta)},\n"records":{`;
  const types = Object.keys(org.records) as RecordType[];
  for (let t = 0; t < types.length; t++) {
    const rows = org.records[types[t]] as readonly object[];
    buffer += `${t === 0 ? '' : ','}\n${JSON.stringify(types[t])}:[`;
    for (let i = 0; i < rows.length; i++) {
      buffer += (i === 0 ? '\n' : ',\n') + JSON.stringify(rows[i]);
      if (buffer.length >= CHUNK_CHARS) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += rows.length === 0 ? ']' : '\n]';
  }
  yield buffer + '\n}}\n';
}

/** Writes the document to a stream, waiting whenever the stream asks for it (backpressure). */
export async function writeDemoOrg(org: DemoOrg, out: Writable): Promise<void> {
  for (const chunk of demoOrgChunks(org)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
}

/** The whole document as one string: for small orgs (tests, fixtures, the preview's default org). */
export const demoOrgToJson = (org: DemoOrg): string => [...demoOrgChunks(org)].join('');
