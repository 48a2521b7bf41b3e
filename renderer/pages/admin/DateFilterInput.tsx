import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDate } from '../../format';

/**
 * A DD/MM/YYYY text box for a filter. The date applies when the user leaves the box or presses
 * Enter, so a half-typed date is neither applied nor flagged as wrong.
 */
export function DateFilterInput({ label, value, onApply }: { label: string; value: string; onApply: (iso: string | null) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | undefined>();
  const [text, setText] = useState(value);

  const apply = () => {
    if (text.trim() === '') {
      setError(undefined);
      onApply(null);
      return;
    }
    const iso = parseDate(text);
    setError(iso ? undefined : t('errors.date'));
    onApply(iso);
  };

  return (
    <TextInput
      label={label}
      placeholder="DD/MM/YYYY"
      w={210}
      value={text}
      error={error}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={apply}
      onKeyDown={(e) => {
        if (e.key === 'Enter') apply();
      }}
    />
  );
}
