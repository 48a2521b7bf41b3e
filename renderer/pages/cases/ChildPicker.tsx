import { Badge, Button, CloseButton, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { formatNumber } from '../../format';
import { ChildFormModal } from '../register/ChildForm';
import { registerKeys } from '../register/queries';

/** A child of the case as the form shows it: enough to tell two children apart. */
type FoundChild = ApiResult<'children.search'>['rows'][number];

export interface PickedChild {
  id: number;
  childCode: string;
  nameEn: string | null;
  nameBn: string | null;
  sex: 'female' | 'male' | 'other';
  age: number | null;
  village: string | null;
  gramPanchayat?: string | null;
  schoolName: string | null;
}

export function childName(c: { nameEn: string | null; nameBn: string | null; childCode: string }): string {
  return c.nameEn ?? c.nameBn ?? c.childCode;
}

/**
 * A child's Bengali name, dimmed after the English one `childName` shows; nothing when the child has
 * only one of the two (the Bengali name is then the name itself).
 */
export function BengaliName({ child }: { child: { nameEn: string | null; nameBn: string | null } }) {
  if (!child.nameEn || !child.nameBn) return null;
  return (
    <Text span size="sm" c="dimmed" lang="bn" ml={6}>
      {child.nameBn}
    </Text>
  );
}

/** A child the register search found, as the list offers it: code, name in both scripts, and what tells namesakes apart. */
export function FoundChildOption({ child: r }: { child: FoundChild }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm">
        <Text span ff="monospace" size="xs" c="dimmed" mr={6}>
          {r.childCode}
        </Text>
        {childName(r)}
        <BengaliName child={r} />
      </Text>
      <Text size="xs" c="dimmed">
        {[
          t(`register.sex.${r.sex}`),
          r.age === null ? null : t('register.years', { count: r.age, formatted: formatNumber(r.age) }),
          r.village,
          r.schoolName,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </div>
  );
}

/** The id of a child just added to the register, from the register's own form (which reports no callback). */
function createdChildId(data: unknown): number | null {
  if (!data || typeof data !== 'object' || !('saved' in data)) return null;
  const saved: unknown = data.saved;
  if (!saved || typeof saved !== 'object' || !('id' in saved) || !('childCode' in saved)) return null;
  return typeof saved.id === 'number' ? saved.id : null;
}

/**
 * Calls `onCreated` with each child the register's "Add child" form creates while this is mounted.
 * ChildFormModal closes itself without telling who was added; its mutation result says it.
 */
function useChildrenCreated(onCreated: (id: number) => void) {
  const queryClient = useQueryClient();
  const latest = useRef(onCreated);
  useEffect(() => {
    latest.current = onCreated;
  });
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        const id = createdChildId(event.action.data);
        if (id !== null) latest.current(id);
      }),
    [queryClient],
  );
}

function ChildLine({ child, onRemove }: { child: PickedChild; onRemove: () => void }) {
  const { t } = useTranslation();
  const name = childName(child);
  const details = [
    t(`register.sex.${child.sex}`),
    child.age === null ? null : t('register.years', { count: child.age, formatted: formatNumber(child.age) }),
    child.village,
    child.schoolName,
  ].filter(Boolean);
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" px="sm" py={6}>
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Badge variant="outline" color="teal" radius="sm" ff="monospace" tt="none">
          {child.childCode}
        </Badge>
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} lang={child.nameEn ? undefined : 'bn'}>
            {name}
            <BengaliName child={child} />
          </Text>
          <Text size="xs" c="dimmed">
            {details.join(' · ')}
          </Text>
        </div>
      </Group>
      <CloseButton size="sm" aria-label={t('cases.form.removeChild', { name })} onClick={onRemove} />
    </Group>
  );
}

/** Children of a case: found in the register by name or code, or added to it on the spot. */
export function ChildPicker({
  picked,
  onAdd,
  onRemove,
  error,
  canAddToRegister,
}: {
  picked: PickedChild[];
  onAdd: (child: PickedChild) => void;
  onRemove: (id: number) => void;
  error?: ReactNode;
  canAddToRegister: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [adding, setAdding] = useState(false);
  const found = useQuery({
    queryKey: [...registerKeys.children(), 'pick', q],
    queryFn: () => call('children.search', { q, limit: 20 }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
  const rows = q.length >= 2 ? (found.data?.rows ?? []).filter((r) => !picked.some((p) => p.id === r.id)) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));

  const onCreated = async (id: number) => {
    const child = await call('children.get', { id });
    onAdd(child);
  };
  useChildrenCreated((id) => void onCreated(id));

  return (
    <Stack gap="xs">
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Select<number>
          label={t('cases.form.findChild')}
          withAsterisk
          description={t('cases.form.findChildHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          placeholder={t('cases.form.findChildPlaceholder')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          value={null}
          data={rows.map((r) => ({ value: r.id, label: `${r.childCode} ${childName(r)}` }))}
          filter={({ options }) => options}
          nothingFoundMessage={q.length >= 2 && !found.isFetching ? t('cases.form.noChildFound') : undefined}
          renderOption={({ option }) => {
            const r = byId.get(option.value);
            if (!r) return option.label;
            return <FoundChildOption child={r} />;
          }}
          onChange={(id) => {
            const r = id === null ? undefined : byId.get(id);
            if (r) onAdd(r);
            setSearch('');
          }}
          error={error}
          style={{ flex: 1 }}
        />
        {canAddToRegister && (
          <Button variant="default" mt={25} onClick={() => setAdding(true)}>
            {t('cases.form.addNewChild')}
          </Button>
        )}
      </Group>
      {picked.length > 0 && (
        <Paper withBorder role="list" aria-label={t('cases.form.childrenOfCase')}>
          <Stack gap={0}>
            {picked.map((child, i) => (
              <div
                key={child.id}
                role="listitem"
                aria-label={childName(child)}
                style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
              >
                <ChildLine child={child} onRemove={() => onRemove(child.id)} />
              </div>
            ))}
          </Stack>
        </Paper>
      )}
      {canAddToRegister && <ChildFormModal opened={adding} child={null} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
