import { TextInput, type TextInputProps } from '@mantine/core';
import { asciiDigits, formatDate, parseDate, todayIso } from '../format';

/** A date typed as DD/MM/YYYY (Bengali digits too), as ISO, or null when it is not a date. */
export function parseDay(text: string): string | null {
  return parseDate(asciiDigits(text));
}

/** Today as the user types a date: DD/MM/YYYY. */
export function todayText(): string {
  return formatDate(todayIso());
}

/** A DD/MM/YYYY text box; the form parses it when it is submitted. */
export function DateField(props: Omit<TextInputProps, 'placeholder' | 'inputMode'>) {
  return <TextInput placeholder="DD/MM/YYYY" inputMode="numeric" autoComplete="off" maxLength={10} {...props} />;
}
