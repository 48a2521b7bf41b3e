import type { MessageKey } from '../../renderer/i18n/en/index';

export type { MessageKey };

export type ErrorValues = Record<string, string | number>;

/**
 * What is wrong, in the user's words: a message key of the English catalogue (so a key that does not
 * exist fails the type-check) and the values it names. Every error shape is this plus where it is.
 */
export interface Problem {
  key: MessageKey;
  values: ErrorValues;
}

/** A problem at one field of a form: the server's answer for each field, and the FCRA rules' refusals. */
export interface FieldProblem extends Problem {
  field: string;
}

/** The rest of the keys under a prefix: `Under<'errors.attendance.'>` is every attendance problem's name. */
export type Under<P extends string> = MessageKey extends infer K ? (K extends `${P}${infer Rest}` ? Rest : never) : never;

/** Checks, at the one place a message key is written as text (zod messages), that it is a catalogue key. */
export function key<K extends MessageKey>(k: K): K {
  return k;
}
