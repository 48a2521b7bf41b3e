import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A label and its value in a details grid (<dl>); an empty value says "none". `wide` spans the row,
 * `keepLines` shows the line breaks a note was typed with, `lang` marks a value in the other language.
 */
export function Fact({
  label,
  children,
  wide,
  keepLines,
  lang,
}: {
  label: string;
  children: ReactNode;
  wide?: boolean;
  keepLines?: boolean;
  lang?: string;
}) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '';
  return (
    <div style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text
        component="dd"
        size="sm"
        m={0}
        fw={empty ? undefined : 500}
        c={empty ? 'dimmed' : undefined}
        lang={lang}
        style={keepLines ? { whiteSpace: 'pre-wrap' } : undefined}
      >
        {empty ? t('common.none') : children}
      </Text>
    </div>
  );
}
