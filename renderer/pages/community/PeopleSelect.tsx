import { Button, Group, MultiSelect, Select } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useVolunteers } from '../attendance/queries';
import { can, type Me } from '../../session';
import { useStakeholders, type PersonRef } from './queries';
import { StakeholderFormModal } from './StakeholderForm';

/** `s:12` for a stakeholder, `v:3` for a volunteer: one value per person, whatever register holds them. */
export function personRefOf(value: string): PersonRef {
  const id = Number(value.slice(2));
  return value.startsWith('v:') ? { volunteerId: id } : { stakeholderId: id };
}

function usePeopleOptions(me: Me) {
  const { t } = useTranslation();
  const stakeholders = useStakeholders({});
  const volunteers = useVolunteers({});
  const showVolunteers = can(me, 'attendance.read');
  return [
    {
      group: t('community.person.fromStakeholders'),
      items: (stakeholders.data ?? []).map((s) => ({
        value: `s:${s.id}`,
        label: [s.name, t(`community.categories.${s.category}`), s.designation, s.schoolName ?? s.institution].filter(Boolean).join(' · '),
      })),
    },
    ...(showVolunteers
      ? [
          {
            group: t('community.person.fromVolunteers'),
            items: (volunteers.data ?? []).map((v) => ({ value: `v:${v.id}`, label: v.name })),
          },
        ]
      : []),
  ];
}

/**
 * Chooses people from the stakeholders' and volunteers' registers, or adds a new person to the
 * stakeholders' register on the spot: so the same person met twice is the same row.
 */
export function PeopleMultiSelect(props: { me: Me; label: string; value: string[]; onChange: (v: string[]) => void; error?: ReactNode }) {
  const { t } = useTranslation();
  const data = usePeopleOptions(props.me);
  const [adding, setAdding] = useState(false);
  return (
    <>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <MultiSelect
          label={props.label}
          searchable
          clearable
          hidePickedOptions
          data={data}
          value={props.value}
          onChange={props.onChange}
          error={props.error}
          style={{ flex: 1 }}
          nothingFoundMessage={t('community.person.nobody')}
        />
        <Button variant="default" onClick={() => setAdding(true)}>
          {t('community.person.new')}
        </Button>
      </Group>
      <StakeholderFormModal
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={(row) => props.onChange([...props.value, `s:${row.id}`])}
      />
    </>
  );
}

export function PersonSelect(props: {
  me: Me;
  label: string;
  value: string | null;
  onChange: (v: string | null) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const data = usePeopleOptions(props.me);
  const [adding, setAdding] = useState(false);
  return (
    <>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select
          label={props.label}
          searchable
          data={data}
          value={props.value}
          onChange={props.onChange}
          error={props.error}
          style={{ flex: 1 }}
          nothingFoundMessage={t('community.person.nobody')}
        />
        <Button variant="default" onClick={() => setAdding(true)}>
          {t('community.person.new')}
        </Button>
      </Group>
      <StakeholderFormModal opened={adding} onClose={() => setAdding(false)} onSaved={(row) => props.onChange(`s:${row.id}`)} />
    </>
  );
}
