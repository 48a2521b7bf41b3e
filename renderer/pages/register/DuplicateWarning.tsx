import { Alert, Anchor, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { formatNumber } from '../../format';
import { href } from '../../router';
import { classSectionShort } from './labels';

export type DuplicateCandidate = ApiResult<'children.checkDuplicates'>[number];

/** Children of the same school with a similar name and age, shown before a possible duplicate is saved. */
export function DuplicateWarning({ candidates, onOpen }: { candidates: DuplicateCandidate[]; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, []);

  return (
    <Alert ref={ref} color="orange" variant="light" title={t('register.duplicates.title')} role="alert">
      <Stack gap="xs">
        <Text size="sm">
          {t('register.duplicates.found', { count: candidates.length, formatted: formatNumber(candidates.length) })}{' '}
          {t('register.duplicates.advice')}
        </Text>
        <ScrollArea.Autosize mah={190} type="auto">
          <Table fz="sm" verticalSpacing={4} withRowBorders={false} aria-label={t('register.duplicates.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('register.duplicates.columns.code')}</Table.Th>
                <Table.Th>{t('register.duplicates.columns.name')}</Table.Th>
                <Table.Th>{t('register.duplicates.columns.age')}</Table.Th>
                <Table.Th>{t('register.duplicates.columns.class')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidates.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td ff="monospace">{c.childCode}</Table.Td>
                  <Table.Td>
                    <div>{c.nameEn}</div>
                    {c.nameBn && (
                      <Text size="xs" c="dimmed" lang="bn">
                        {c.nameBn}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{c.age === null ? '' : formatNumber(c.age)}</Table.Td>
                  <Table.Td>{classSectionShort(t, c.classGrade, c.section)}</Table.Td>
                  <Table.Td>
                    <Anchor
                      href={href(`/children/${c.id}`)}
                      size="sm"
                      aria-label={t('register.duplicates.openCode', { code: c.childCode })}
                      onClick={(e) => {
                        e.preventDefault();
                        onOpen(c.id);
                      }}
                    >
                      {t('register.duplicates.open')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </Stack>
    </Alert>
  );
}
