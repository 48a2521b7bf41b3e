import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { digitsFor, latinDigits } from '../../electron/shared/words';

export type NumberFieldProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  value?: string | number | null;
  /** What was typed, with its digits as ASCII whichever digit set the keyboard wrote. */
  onChange?: (value: string) => void;
};

/**
 * A number (an age, a count, a setting) shown in the screen's digits and read in either digit set:
 * a Bengali screen shows ৭৫, and 75 or ৭৫ typed both reach the form as "75". One character stands for
 * one character, so the cursor keeps its place.
 */
export function NumberField({ value, onChange, ...props }: NumberFieldProps) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      {...props}
      value={value === null || value === undefined ? '' : digitsFor(String(value), lang)}
      onChange={(e) => onChange?.(latinDigits(e.currentTarget.value))}
    />
  );
}
