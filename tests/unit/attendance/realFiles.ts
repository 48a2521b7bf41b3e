import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegister } from '../../../electron/attendance/parse';
import type { ParsedChild, ParsedFile, ParseOverrides } from '../../../electron/attendance/types';

/** The committed fixture registers of issue 11 (tests/fixtures/attendance/real/make.mjs), by writer. */
export const writers = ['sheetjs.xlsx', 'exceljs.xlsx', 'lo.xlsx', 'lo.ods'] as const;

const folder = join(__dirname, '../../fixtures/attendance/real/files');

export function realBytes(name: string, writer: (typeof writers)[number]): Buffer {
  return readFileSync(join(folder, `${name}.${writer}`));
}

/** The register as each writer wrote it, parsed. */
export function parsedByWriter(name: string, overrides: ParseOverrides = {}): [string, ParsedFile][] {
  return writers.map((w) => [w, parseRegister(`${name}.${w}`, realBytes(name, w), overrides)]);
}

/** One writer's file, parsed with the user's choices. */
export function parsedWith(name: string, writer: (typeof writers)[number], overrides: ParseOverrides = {}): ParsedFile {
  return parseRegister(`${name}.${writer}`, realBytes(name, writer), overrides);
}

/** What a user checks on each child's row: [name, present, open, unmarked, percent, longest absence run, section]. */
export function numbers(children: ParsedChild[]) {
  return children.map((c) => [
    c.name,
    c.daysPresent,
    c.daysOpen,
    c.unmarkedDays,
    c.daysOpen > 0 ? Math.round((c.daysPresent * 100) / c.daysOpen) : null,
    c.longestAbsenceRun,
    c.section,
  ]);
}
