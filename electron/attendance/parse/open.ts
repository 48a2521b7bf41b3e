import * as zlib from 'node:zlib';
import { CFB, read, type WorkBook } from '@e965/xlsx';
import { csvDelimiterOf, csvRows } from './csv';
import type { Grid } from './grid';

/**
 * Opening a file as sheets, deciding what it is by its bytes and never by its extension: schools
 * rename files, and a .xls is often an .xlsx (or an HTML table) underneath.
 */
export type SpreadsheetFormat = 'xlsx' | 'xls' | 'ods' | 'csv' | 'html';

export type Opened =
  | { ok: true; format: SpreadsheetFormat; sheets: Grid[] }
  | { ok: false; reason: 'emptyFile' | 'unreadable' | 'notSpreadsheet' | 'passwordProtected' };

/**
 * SheetJS inflates zip entries in JavaScript unless given Node's zlib; its own inflater loops
 * forever on some damaged files (measured: a register with 20 flipped bytes never returned), while
 * zlib stops with an error, and is faster. SheetJS reads how much input zlib consumed through the
 * deprecated `bytesRead`, which warns; `bytesWritten` is the same number under its current name.
 * (Node types the InflateRaw constructor only as an interface, and SheetJS its CFB export as `any`.)
 */
const NodeInflateRaw = (zlib as unknown as { InflateRaw: new () => zlib.InflateRaw }).InflateRaw;
class InflateRaw extends NodeInflateRaw {
  override get bytesRead(): number {
    return this.bytesWritten;
  }
}
(CFB as { utils: { use_zlib(z: { InflateRaw: typeof InflateRaw; deflateRawSync: typeof zlib.deflateRawSync }): void } }).utils.use_zlib({
  InflateRaw,
  deflateRawSync: zlib.deflateRawSync,
});

const readOptions = {
  type: 'array',
  dense: true,
  cellDates: true,
  cellFormula: false,
  cellHTML: false,
  cellNF: false,
  cellStyles: false,
  cellText: false,
  bookVBA: false,
} as const;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature[i]) return false;
  return true;
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const cfbSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** PNG, JPEG, GIF, PDF, RAR, 7z: what else lands in a batch of registers. */
const otherSignatures = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x25, 0x50, 0x44, 0x46],
  [0x52, 0x61, 0x72, 0x21],
  [0x37, 0x7a, 0xbc, 0xaf],
];

/** The names of the entries of a zip, from its central directory; null when it is not a whole zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function sheetsOf(workbook: WorkBook): Grid[] {
  const properties = workbook.Workbook?.Sheets ?? [];
  return workbook.SheetNames.map((name, i) => ({
    name,
    hidden: Boolean(properties[i]?.Hidden),
    rows: workbook.Sheets[name]?.['!data'] ?? [],
    merges: workbook.Sheets[name]?.['!merges'] ?? [],
  }));
}

function readWorkbook(data: Uint8Array | string, type: 'array' | 'string', format: SpreadsheetFormat): Opened {
  try {
    return { ok: true, format, sheets: sheetsOf(read(data, { ...readOptions, type })) };
  } catch (err) {
    const message = err instanceof Error ? err.message : '';
    return { ok: false, reason: /password|encrypt/i.test(message) ? 'passwordProtected' : 'unreadable' };
  }
}

/** The text of a file that is text (UTF-8 or UTF-16 with a mark, else UTF-8, else Windows-1252), else null. */
function textOf(bytes: Uint8Array): string | null {
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  let control = 0;
  const sample = Math.min(text.length, 8192);
  for (let i = 0; i < sample; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return null;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  return control * 100 > sample ? null : text;
}

/** `csvSheetName` names the one sheet of a CSV file (its file name), so messages say which file. */
export function openSpreadsheet(bytes: Uint8Array, csvSheetName: string): Opened {
  if (bytes.length === 0) return { ok: false, reason: 'emptyFile' };
  if (startsWith(bytes, zipSignature)) {
    const names = zipEntryNames(bytes);
    if (names === null) return { ok: false, reason: 'unreadable' };
    const excel = names.some((n) => n === 'xl/workbook.xml' || n === 'xl/workbook.bin');
    const openDocument = names.includes('content.xml');
    if (excel || openDocument) return readWorkbook(bytes, 'array', excel ? 'xlsx' : 'ods');
    // A Word document, a presentation or any other zip is not a register, whatever its name says.
    return { ok: false, reason: 'notSpreadsheet' };
  }
  if (startsWith(bytes, cfbSignature)) return readWorkbook(bytes, 'array', 'xls');
  if (otherSignatures.some((s) => startsWith(bytes, s))) return { ok: false, reason: 'notSpreadsheet' };
  const text = textOf(bytes);
  if (text === null) return { ok: false, reason: 'unreadable' };
  const start = text.trimStart().slice(0, 200).toLowerCase();
  // Portals export "Excel" files that are an HTML table or Excel 2003 XML; SheetJS reads both.
  if (start.startsWith('<')) {
    const opened = /<(table|html|\?xml|workbook|ss:workbook)/.test(text.slice(0, 4096).toLowerCase())
      ? readWorkbook(text, 'string', 'html')
      : ({ ok: false, reason: 'notSpreadsheet' } as const);
    return opened;
  }
  const delimiter = csvDelimiterOf(text);
  if (delimiter === null) return { ok: false, reason: 'notSpreadsheet' };
  return { ok: true, format: 'csv', sheets: [{ name: csvSheetName, rows: csvRows(text, delimiter) }] };
}
