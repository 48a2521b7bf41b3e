import { createHash } from 'node:crypto';
import { daysInMonth } from '../../shared/periods';
import { countOpen, openDaysOf } from '../marks';
import type { ColumnMapping, ParsedChild, ParsedFile, ParsedSheet, ParseOverrides, ProblemAt } from '../types';
import { displayText } from './text';
import { valueAt } from './grid';
import { layoutKeyOf } from './layoutKey';
import { layoutOf, mappingOf, type SheetLayout } from './layout';
import { monthKey, monthOfName, monthOfTitles, onlyYearIn } from './month';
import { openSpreadsheet } from './open';
import { problemAt, SheetProblems } from './problems';
import { childrenOf } from './rows';
import { schoolNameIn, udiseIn } from './titles';

export { daysInMonth } from '../../shared/periods';

/**
 * Reads one attendance register file (.xlsx, .xls, .ods, .csv; decided by its content) into the
 * children, their marks and counts, the school and month the titles name, and every problem with
 * its sheet and cell. Pure and synchronous: no database, nothing written. Never throws: a file that
 * cannot be read comes back `ok: false` with one problem naming it.
 */
export function parseRegister(fileName: string, bytes: Uint8Array, overrides: ParseOverrides = {}): ParsedFile {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    return parseBytes(fileName, sha256, bytes, overrides);
  } catch {
    // A reader failing deep inside a damaged file must not end the batch.
    return unreadableFile(fileName, sha256, 'unreadable', []);
  }
}

function unreadableFile(fileName: string, sha256: string, key: Parameters<typeof problemAt>[0], sheets: ParsedSheet[]): ParsedFile {
  return {
    name: fileName,
    ok: false,
    sha256,
    schoolHint: { udise: null, name: null },
    month: null,
    daysOpen: 0,
    layoutKey: '',
    sheets,
    children: [],
    problems: [problemAt(key, { file: fileName })],
  };
}

function mappingFor(overrides: ParseOverrides, sheetName: string, layout: SheetLayout): ColumnMapping | undefined {
  const own = overrides.mappings?.[sheetName];
  if (own) return own;
  // "Every sheet" means every sheet that could be a register, not the summary or an empty sheet.
  return layout.kind === 'empty' || layout.summary ? undefined : overrides.mappings?.['*'];
}

/** How much of a sheet the preview shows for choosing columns: through the header and a few children. */
const shownRows = 15;
const shownRowsMost = 40;
const shownColumns = 45;

function firstRowsOf(layout: SheetLayout): string[][] {
  if (layout.kind === 'empty') return [];
  const through = layout.columns ? layout.dataStart + 3 : layout.headerRow >= 0 ? layout.headerRow + 5 : shownRows;
  const rows: string[][] = [];
  for (let r = 0; r < Math.min(through, shownRowsMost, layout.grid.rows.length); r++) {
    const row = layout.grid.rows[r];
    const texts: string[] = [];
    for (let c = 0; c < Math.min(row?.length ?? 0, shownColumns); c++) texts.push(displayText(valueAt(row, c)));
    while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
    rows.push(texts);
  }
  return rows;
}

/** YYYY-MM: the user's choice, else the titles, the day headers' dates, the sheet names, the file name. */
function monthOf(fileName: string, layouts: SheetLayout[], overrides: ParseOverrides): string | null {
  if (overrides.month) return overrides.month;
  const titles = layouts.flatMap((l) => l.titles);
  const fromTitles = monthOfTitles(titles);
  if (fromTitles) return fromTitles;
  for (const layout of layouts) {
    const dated = layout.dayMonth;
    const year = dated?.year ?? onlyYearIn([...titles, fileName]);
    if (dated && year !== null) return monthKey(year, dated.month);
  }
  for (const layout of layouts) {
    const fromSheet = monthOfName(layout.grid.name);
    if (fromSheet) return fromSheet;
  }
  return monthOfName(fileName);
}

function parseBytes(fileName: string, sha256: string, bytes: Uint8Array, overrides: ParseOverrides): ParsedFile {
  // A CSV's one sheet is named after the file (without folder and extension), so its messages say which file.
  const opened = openSpreadsheet(bytes, fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
  if (!opened.ok) return unreadableFile(fileName, sha256, opened.reason, []);

  const detectedLayouts = opened.sheets.map((grid) => layoutOf(grid));
  const layouts = opened.sheets.map((grid, i) => {
    const detected = detectedLayouts[i] as SheetLayout;
    const mapping = mappingFor(overrides, grid.name, detected);
    return mapping ? layoutOf(grid, mapping) : detected;
  });
  const sheetsOf = (isRegister: (l: SheetLayout) => boolean): ParsedSheet[] =>
    layouts.map((l) => ({
      name: l.grid.name,
      skipped: !isRegister(l),
      mapping: isRegister(l) ? mappingOf(l) : null,
      class: isRegister(l) ? (l.sheetClass?.grade ?? null) : null,
      firstRows: firstRowsOf(l),
    }));
  const noRegister = () => sheetsOf(() => false);
  if (layouts.every((l) => l.kind === 'empty')) return unreadableFile(fileName, sha256, 'emptyWorkbook', noRegister());

  // Summary and hidden sheets are skipped, unless the only tables of the file are on such sheets.
  const named = layouts.filter((l) => !l.summary && !l.grid.hidden && l.kind !== 'other' && l.kind !== 'empty');
  const candidates = named.length > 0 ? named : layouts.filter((l) => l.kind !== 'other' && l.kind !== 'empty');
  const registers = candidates.filter((l) => l.kind === 'register');
  // A list of names without days is a register the user must map only when nothing else is one.
  const toMap = candidates.filter((l) => l.kind === 'needsMapping' || (l.kind === 'namesOnly' && registers.length === 0));
  if (registers.length === 0 && toMap.length === 0) return unreadableFile(fileName, sha256, 'noNameColumn', noRegister());

  const month = monthOf(fileName, layouts, overrides);
  const monthLength = month ? daysInMonth(month) : Math.max(...registers.flatMap((l) => (l.days ?? []).map((d) => d.day)), 28);

  const problems: ProblemAt[] = [];
  const children: ParsedChild[] = [];
  for (const layout of layouts) {
    if (toMap.includes(layout)) {
      problems.push(problemAt('mapColumns', { sheet: layout.grid.name }, { sheet: layout.grid.name }));
      continue;
    }
    if (!registers.includes(layout)) continue;
    const sheetProblems = new SheetProblems(layout.grid.name);
    children.push(...childrenOf(layout, monthLength, sheetProblems));
    problems.push(...sheetProblems.done());
  }
  // A day is open for the file when any class was open on it: the union over its sheets.
  const open = openDaysOf(
    children.map((c) => c.marks),
    monthLength,
  );

  const titles = layouts.flatMap((l) => l.titles);
  let udise: string | null = null;
  for (const title of [...titles, fileName]) udise ??= udiseIn(title);
  return {
    name: fileName,
    ok: true,
    sha256,
    schoolHint: { udise, name: schoolNameIn(titles) },
    month,
    daysOpen: countOpen(open),
    // From the file as it came, not as the user mapped it: next month's file, before anyone maps it,
    // must find the mapping remembered under this key.
    layoutKey: layoutKeyOf(
      detectedLayouts.map((l) => ({ name: opened.format === 'csv' ? '' : l.grid.name, titles: l.titles, headerTexts: l.headerTexts })),
    ),
    sheets: sheetsOf((l) => registers.includes(l) || toMap.includes(l)),
    children,
    problems,
  };
}
