import { createHash } from 'node:crypto';
import { englishMessage } from '../api/messages';
import { parseRegister } from './parse';
import type { ParsedFile, ParseOverrides } from './types';

/** One file to read: what the worker receives and what the in-process path runs. */
export interface ParseJob {
  name: string;
  bytes: Uint8Array;
  overrides?: ParseOverrides;
}

/** A file the parser could not even start on: one problem naming the file, the batch goes on. */
export function failedFile(job: ParseJob, detail: string): ParsedFile {
  const values = { file: job.name, detail };
  return {
    name: job.name,
    ok: false,
    sha256: createHash('sha256').update(job.bytes).digest('hex'),
    schoolHint: { udise: null, name: null },
    month: null,
    daysOpen: 0,
    layoutKey: '',
    sheets: [],
    children: [],
    problems: [
      {
        sheet: '',
        cell: '',
        row: 0,
        key: 'errors.attendance.fileFailed',
        values,
        message: englishMessage('errors.attendance.fileFailed', values),
      },
    ],
  };
}

/** The parser, with anything it throws turned into an unreadable-file answer instead of ending the batch. */
export function parseJob(job: ParseJob): ParsedFile {
  try {
    return parseRegister(job.name, job.bytes, job.overrides);
  } catch (err) {
    return failedFile(job, err instanceof Error ? err.message : String(err));
  }
}
