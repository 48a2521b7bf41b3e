import type { GridCell, GridRow } from './grid';

/**
 * CSV as Excel and LibreOffice save it (comma, semicolon or tab; quoted fields with "" inside).
 * Read here rather than by SheetJS so every value stays the text the school wrote: no guessing of
 * US-order dates, and a file starting with "ID" is not taken for SYLK.
 */

const delimiters = [',', ';', '\t'];

/** The delimiter most lines of the first part of the text use, or null when it is not a table. */
export function csvDelimiterOf(text: string): string | null {
  const lines = text
    .slice(0, 20_000)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 50);
  let best: string | null = null;
  let bestLines = 0;
  for (const delimiter of delimiters) {
    const count = lines.filter((l) => l.includes(delimiter)).length;
    if (count > bestLines) {
      best = delimiter;
      bestLines = count;
    }
  }
  // One line with a comma in a letter is not a table: most lines must have the delimiter.
  return best !== null && bestLines >= 2 && bestLines * 2 >= lines.length ? best : null;
}

/** The rows of a CSV text as grid rows of text cells. */
export function csvRows(text: string, delimiter: string): GridRow[] {
  const rows: GridRow[] = [];
  let row: (GridCell | undefined)[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const push = () => {
    row.push(field === '' ? undefined : { v: field });
    field = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) push();
    else if (ch === '\n' || ch === '\r') {
      push();
      rows.push(row);
      row = [];
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) {
    push();
    rows.push(row);
  }
  return rows;
}
