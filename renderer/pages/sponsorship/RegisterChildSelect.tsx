import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { childName, FoundChildOption } from '../cases/ChildPicker';
import { registerKeys } from '../register/queries';

export type RegisterChild = ApiResult<'children.search'>['rows'][number];

/**
 * One child found in the register by name (any spelling, English or Bengali) or code. The register's
 * own search; cases pick several children, a sponsored child is exactly one.
 */
export function RegisterChildSelect({
  value,
  onChange,
  error,
}: {
  value: RegisterChild | null;
  onChange: (child: RegisterChild | null) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: [...registerKeys.children(), 'pick', q],
    queryFn: () => call('children.search', { q, limit: 20 }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
  const rows = q.length >= 2 ? (found.data?.rows ?? []) : [];
  const options = value && !rows.some((r) => r.id === value.id) ? [value, ...rows] : rows;
  const byId = new Map(options.map((r) => [r.id, r]));

  return (
    <Select<number>
      label={t('sponsorship.childForm.findChild')}
      description={t('sponsorship.childForm.findChildHint')}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      placeholder={t('sponsorship.childForm.findChildPlaceholder')}
      withAsterisk
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      data={options.map((r) => ({ value: r.id, label: `${r.childCode} ${childName(r)}` }))}
      filter={({ options: all }) => all}
      nothingFoundMessage={q.length >= 2 && !found.isFetching ? t('sponsorship.childForm.noChildFound') : undefined}
      renderOption={({ option }) => {
        const r = byId.get(option.value);
        if (!r) return option.label;
        return <FoundChildOption child={r} />;
      }}
      onChange={(id) => onChange(id === null ? null : (byId.get(id) ?? null))}
      error={error}
    />
  );
}
