import { Button, Group, Modal, Radio, Stack, Table, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictCurrent } from '../../electron/api/errors';
import { ApiError } from '../api/client';
import { formatDateTime } from '../format';

/** How the dialog names a field of the form and reads its value (a code in the user's words, a date as shown). */
export type ConflictFields<V> = { [K in keyof V]?: { label: string; text?: (value: V[K]) => string } };

type Choice = 'yours' | 'theirs';

interface Conflict<V> {
  current: ConflictCurrent;
  theirs: V;
  differing: (keyof V & string)[];
  choices: Record<string, Choice>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A save refused because someone else saved the record after the form read it (409 `conflict`): the
 * dialog shows, for each field that differs, the user's value and theirs (who saved it, when), lets the
 * user choose per field or keep all theirs, then saves with the version now stored. Never a silent
 * overwrite. A field the user did not touch starts on theirs; one the user changed starts on theirs too
 * only if they choose it.
 */
export function useSaveConflict<V extends object>({
  form,
  version,
  toValues,
  fields,
  save,
}: {
  form: UseFormReturnType<V>;
  /** The version the form read (null for a new record, which cannot conflict). */
  version: number | null;
  /** The record as the server answered it, as the form's values. */
  toValues: (record: Record<string, unknown>) => V;
  fields: ConflictFields<V>;
  /** Saves these values over the given version (the form's own submit). */
  save: (values: V, version: number) => void;
}): { version: number | null; caught: (error: unknown) => boolean; dialog: ReactNode } {
  const { t } = useTranslation();
  const [readVersion, setReadVersion] = useState(version);
  const [initial] = useState(() => form.getValues());
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);

  const caught = (error: unknown): boolean => {
    if (!(error instanceof ApiError) || error.body.code !== 'conflict' || !error.body.current) return false;
    const current = error.body.current;
    const theirs = toValues(current.record);
    const yours = form.getValues();
    const differing = (Object.keys(fields) as (keyof V & string)[]).filter((f) => !same(yours[f], theirs[f]));
    // What the user did not change starts on theirs; what the user typed starts on theirs only when chosen.
    const choices = Object.fromEntries(differing.map((f) => [f, same(yours[f], initial[f]) ? 'theirs' : 'yours'])) as Record<
      string,
      Choice
    >;
    setConflict({ current, theirs, differing, choices });
    return true;
  };

  const text = (field: keyof V & string, value: unknown): string => {
    const own = fields[field]?.text as ((v: unknown) => string) | undefined;
    const shown = own ? own(value) : Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : String(value);
    return shown.trim() ? shown : t('conflicts.blank');
  };

  const keepAllTheirs = () => {
    if (!conflict) return;
    form.setValues(conflict.theirs);
    setReadVersion(conflict.current.version);
    setConflict(null);
    notifications.show({ color: 'blue', message: t('conflicts.keptTheirs') });
  };

  const saveChoices = () => {
    if (!conflict) return;
    const merged = { ...form.getValues() };
    for (const f of conflict.differing) if (conflict.choices[f] === 'theirs') merged[f] = conflict.theirs[f];
    form.setValues(merged);
    setReadVersion(conflict.current.version);
    setConflict(null);
    save(merged, conflict.current.version);
  };

  const who = conflict?.current.savedBy ?? null;
  const when = conflict?.current.savedAt ? formatDateTime(conflict.current.savedAt) : '';
  const theirsHeading = who ? t('conflicts.theirs', { name: who, time: when }) : t('conflicts.theirsUnknown');

  const dialog = (
    <Modal
      opened={conflict !== null}
      onClose={() => setConflict(null)}
      title={t('conflicts.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {conflict && (
        <Stack gap="md">
          <Text size="sm">{who ? t('conflicts.intro', { name: who, time: when }) : t('conflicts.introUnknown')}</Text>
          {conflict.differing.length === 0 ? (
            <Text size="sm">{t('conflicts.sameFields')}</Text>
          ) : (
            <Table withTableBorder verticalSpacing="xs" aria-label={t('conflicts.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('conflicts.field')}</Table.Th>
                  <Table.Th>{t('conflicts.yours')}</Table.Th>
                  <Table.Th>{theirsHeading}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {conflict.differing.map((f) => {
                  const label = fields[f]?.label ?? f;
                  const pick = (choice: Choice) => setConflict({ ...conflict, choices: { ...conflict.choices, [f]: choice } });
                  return (
                    <Table.Tr key={f} data-field={f}>
                      <Table.Td fw={600}>{label}</Table.Td>
                      <Table.Td>
                        <Radio
                          checked={conflict.choices[f] === 'yours'}
                          onChange={() => pick('yours')}
                          label={text(f, form.getValues()[f])}
                          aria-label={t('conflicts.keepYours', { field: label })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Radio
                          checked={conflict.choices[f] === 'theirs'}
                          onChange={() => pick('theirs')}
                          label={text(f, conflict.theirs[f])}
                          aria-label={t('conflicts.keepTheirs', { field: label })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={keepAllTheirs}>
              {t('conflicts.keepAllTheirs')}
            </Button>
            <Button onClick={saveChoices}>{t('conflicts.saveChoices')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );

  return { version: readVersion, caught, dialog };
}
