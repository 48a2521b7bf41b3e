import { createHash } from 'node:crypto';
import { daysInMonth } from '../../shared/periods';
import type { ColumnMapping, ParsedChild, ParsedFile, ParsedSheet, ParseOverrides, ProblemAt } from '../types';
import { duplicateRollsOf } from './duplicateRolls';
import { displayText } from './text';
import { valueAt } from './grid';
import { layoutKeyOf } from './layoutKey';
import { layoutOf, mappingOf, type SheetLayout } from './layout';
import { monthOfFile } from './monthSources';
import { openSpreadsheet } from './open';
import { problemAt, SheetProblems } from './problems';
import { childrenOf, type SheetRead } from './rows';
import type { UnknownTally } from './unknownMarks';
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

function countTrue(days: readonly boolean[]): number {
  let n = 0;
  for (const d of days) if (d) n++;
  return n;
}

/** Which columns the user must choose, saying which row was taken for the header and what it holds. */
function mapColumnsProblem(fileName: string, layout: SheetLayout): ProblemAt {
  const sheet = layout.grid.name;
  const at = layout.lookedAt;
  return problemAt(
    'mapColumns',
    { file: fileName, sheet, row: (at?.row ?? layout.headerRow) + 1, columns: (at?.columns ?? []).join(' · ') },
    { sheet, row: (at?.row ?? layout.headerRow) + 1 },
  );
}

/** For a refused file: each sheet, the row taken for its header and the columns seen there. */
function whereItLooked(fileName: string, layouts: SheetLayout[]): ProblemAt[] {
  return layouts.flatMap((l) => {
    if (l.kind === 'empty' || !l.lookedAt) return [];
    const sheet = l.grid.name;
    const row = l.lookedAt.row + 1;
    return [problemAt('noNameColumnIn', { file: fileName, sheet, row, columns: l.lookedAt.columns.join(' · ') }, { sheet, row })];
  });
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
  const reads = new Map<SheetLayout, SheetRead>();
  const sheetsOf = (isRegister: (l: SheetLayout) => boolean): ParsedSheet[] =>
    layouts.map((l) => {
      const read = reads.get(l);
      return {
        name: l.grid.name,
        skipped: !isRegister(l),
        mapping: isRegister(l) ? mappingOf(l) : null,
        class: isRegister(l) ? (l.sheetClass?.grade ?? null) : null,
        firstRows: firstRowsOf(l),
        openDays: read ? countTrue(read.open) : 0,
        unmarkedDays: read?.unmarkedDays ?? 0,
        closures: read?.closures ?? [],
        skippedRows: read?.skippedRows ?? [],
      };
    });
  const noRegister = () => sheetsOf(() => false);
  if (layouts.every((l) => l.kind === 'empty')) return unreadableFile(fileName, sha256, 'emptyWorkbook', noRegister());

  // Summary and hidden sheets are skipped, unless the only tables of the file are on such sheets.
  const named = layouts.filter((l) => !l.summary && !l.grid.hidden && l.kind !== 'other' && l.kind !== 'empty');
  const candidates = named.length > 0 ? named : layouts.filter((l) => l.kind !== 'other' && l.kind !== 'empty');
  const registers = candidates.filter((l) => l.kind === 'register');
  // A list of names without days is a register the user must map only when nothing else is one.
  const toMap = candidates.filter((l) => l.kind === 'needsMapping' || (l.kind === 'namesOnly' && registers.length === 0));
  if (registers.length === 0 && toMap.length === 0) {
    const refused = unreadableFile(fileName, sha256, 'noNameColumn', noRegister());
    return { ...refused, problems: [...refused.problems, ...whereItLooked(fileName, candidates.length > 0 ? candidates : layouts)] };
  }

  const problems: ProblemAt[] = [];
  const dated = monthOfFile(fileName, layouts, overrides);
  const month = dated.month;
  if (dated.disagreement) problems.push(problemAt('monthDisagrees', { file: fileName, ...dated.disagreement }));
  const monthLength = month ? daysInMonth(month) : Math.max(...registers.flatMap((l) => (l.days ?? []).map((d) => d.day)), 28);

  const children: ParsedChild[] = [];
  const unknown: UnknownTally = new Map();
  const choices = { meanings: overrides.markMeanings ?? {}, rolls: overrides.rolls ?? {}, unknown };
  // A day is open for the file when any class was open on it: the union over its sheets.
  const open = new Array<boolean>(monthLength).fill(false);
  for (const layout of layouts) {
    if (toMap.includes(layout)) {
      problems.push(mapColumnsProblem(fileName, layout));
      continue;
    }
    if (!registers.includes(layout)) continue;
    const sheetProblems = new SheetProblems(fileName, layout.grid.name);
    const read = childrenOf(layout, monthLength, sheetProblems, choices);
    reads.set(layout, read);
    children.push(...read.children);
    read.open.forEach((o, d) => {
      if (o) open[d] = true;
    });
    problems.push(...sheetProblems.done());
  }
  const duplicateRolls = duplicateRollsOf(children);
  for (const d of duplicateRolls) {
    const [first, ...others] = d.rows;
    for (const other of others) {
      problems.push(
        problemAt(
          'rollTwice',
          {
            file: fileName,
            sheet: other.sheet,
            roll: d.roll,
            rowA: first?.row ?? 0,
            nameA: first?.name ?? '',
            rowB: other.row,
            nameB: other.name,
          },
          { sheet: other.sheet, row: other.row },
        ),
      );
    }
  }
  const unknownMarks = [...unknown.values()];
  if (unknownMarks.some((m) => m.meaning === null)) {
    const undecided = unknownMarks.filter((m) => m.meaning === null);
    problems.unshift(problemAt('chooseMarks', { file: fileName, marks: undecided.map((m) => `'${m.value}'`).join(', ') }));
  }

  const titles = layouts.flatMap((l) => l.titles);
  let udise: string | null = null;
  for (const title of [...titles, fileName]) udise ??= udiseIn(title);
  return {
    name: fileName,
    ok: true,
    sha256,
    schoolHint: { udise, name: schoolNameIn(titles) },
    month,
    daysOpen: countTrue(open),
    unmarkedDays: children.reduce((n, c) => n + c.unmarkedDays, 0),
    unknownMarks,
    duplicateRolls,
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
