/**
 * CSV for Bulk API 2.0 (RFC 4180, comma-delimited, LF line endings). Result files are read with this
 * parser rather than jsforce's, which splits on any of `,;|^` and tab and so breaks on a multi-select
 * picklist value such as 'Action_Items;Pipeline_Risk'.
 */

/** One cell. `#N/A` is Bulk API 2.0's way to set a field to null. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '#N/A';
  const text = String(value);
  return /[",;|^`\t\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells; a quoted cell may hold commas, quotes (doubled) and line breaks. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  const cell = /"((?:[^"]|"")*)"|([^,\r\n]*)/y;
  let pos = 0;
  while (pos < text.length) {
    const row: string[] = [];
    for (;;) {
      cell.lastIndex = pos;
      const m = cell.exec(text)!;
      row.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
      pos = cell.lastIndex;
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      break;
    }
    if (text[pos] === '\r') pos++;
    if (text[pos] === '\n') pos++;
    rows.push(row);
  }
  return rows;
}

/** Records keyed by the header row. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsvRows(text);
  if (!header) return [];
  return rows
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
