import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { createElement, type ReactNode } from 'react';
import type { FieldProblem, Problem } from '../../electron/api/errors';
import { sentenceValues } from '../../electron/shared/sentenceValues';
import { ApiError } from '../api/client';
import { currentLanguage } from '../i18n';
import { ProblemMessage, SaidAgain } from './FieldMessage';

/** A problem in the user's language; `fallback` (the server's English) when the catalogue lacks the key. */
export function problemText(t: TFunction, problem: Problem, fallback?: string): string {
  const text = t(problem.key, sentenceValues(problem.values, currentLanguage()));
  return text === problem.key && fallback ? fallback : text;
}

/** The user's-language text of any error a call threw. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) return problemText(t, error.body, error.body.message);
  return error instanceof Error ? error.message : String(error);
}

/** Every field's problem of an API error: `fields` when the server sent them, else the one field it named. */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError)) return [];
  const { fields, field, key, values } = error.body;
  return fields ?? (field ? [{ field, key, values }] : []);
}

/** What `showError` writes into: a Mantine form (`useForm`) has it. */
export interface FieldErrorTarget {
  setFieldError(path: string, error: ReactNode): void;
}

/**
 * Puts each of an API error's field problems at the form field it names, all at once; what has no
 * field on this form (or no field at all) becomes one notification. `own` is the form's own word for a
 * field whose text it could not convert (an amount), said in place of the server's. Returns the first text.
 */
export function showError(
  t: TFunction,
  error: unknown,
  form?: FieldErrorTarget,
  fields?: readonly string[],
  own: Record<string, string | undefined> = {},
): string {
  const problems = fieldProblems(error);
  const onForm = form ? problems.filter((p) => !fields || fields.includes(p.field)) : [];
  // Kept as what it is made from, not as text: a language switch says it again in the new language.
  for (const p of onForm) {
    const ownWords = own[p.field];
    form?.setFieldError(p.field, ownWords ? createElement(SaidAgain, { text: ownWords }) : createElement(ProblemMessage, { problem: p }));
  }
  const text = errorText(t, error);
  if (onForm.length === 0 || onForm.length < problems.length) {
    const rest = problems.filter((p) => !onForm.includes(p)).map((p) => problemText(t, p));
    notifications.show({ color: 'red', title: t('common.errorTitle'), message: rest.length ? rest.join(' · ') : text, autoClose: 8000 });
  }
  return text;
}
