import { Checkbox, Group, Select, TextInput, type TextInputProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { isOneOf, knownAnswers, type KnownAnswer } from './labels';

/** A fact that is written in, or ticked "not known": the box empties and locks the field. */
export function KnowableInput({
  label,
  value,
  notKnown,
  error,
  date = false,
  onChange,
  onNotKnown,
  ...rest
}: Omit<TextInputProps, 'onChange' | 'value'> & {
  label: string;
  value: string;
  notKnown: boolean;
  error?: ReactNode;
  date?: boolean;
  onChange: (value: string) => void;
  onNotKnown: (notKnown: boolean) => void;
}) {
  const { t } = useTranslation();
  const input = {
    label,
    value: notKnown ? '' : value,
    disabled: notKnown,
    error,
    onChange: (e: { currentTarget: HTMLInputElement }) => onChange(e.currentTarget.value),
    style: { flex: 1 },
    ...rest,
  };
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      {date ? <DateField {...input} /> : <TextInput {...input} />}
      <Checkbox
        label={t('safetynet.form.notKnown')}
        aria-label={`${label}: ${t('safetynet.form.notKnown')}`}
        checked={notKnown}
        onChange={(e) => onNotKnown(e.currentTarget.checked)}
        mb={error ? 26 : 8}
      />
    </Group>
  );
}

/** Yes / no / not known, with nothing chosen until the reporter's answer is entered. */
export function KnownSelect({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: KnownAnswer | null;
  error?: ReactNode;
  onChange: (value: KnownAnswer | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      withAsterisk
      data={knownAnswers.map((a) => ({ value: a, label: t(`safetynet.known.${a}`) }))}
      value={value}
      error={error}
      allowDeselect={false}
      onChange={(v) => onChange(isOneOf(knownAnswers, v) ? v : null)}
    />
  );
}
