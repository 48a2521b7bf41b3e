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

/** What both people pickers offer: everyone of both registers, searchable, saying so when nobody matches. */
function usePeoplePicker(me: Me) {
  const { t } = useTranslation();
  const stakeholders = useStakeholders({});
  const volunteers = useVolunteers({});
  const showVolunteers = can(me, 'attendance.read');
  const data = [
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
  return { data, searchable: true, style: { flex: 1 }, nothingFoundMessage: t('community.person.nobody') };
}

/** A people picker beside "New person", which adds someone to the stakeholders' register and picks them (`s:<id>`). */
function WithNewPerson({ onAdded, children }: { onAdded: (value: string) => void; children: ReactNode }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        {children}
        <Button variant="default" onClick={() => setAdding(true)}>
          {t('community.person.new')}
        </Button>
      </Group>
      <StakeholderFormModal opened={adding} onClose={() => setAdding(false)} onSaved={(row) => onAdded(`s:${row.id}`)} />
    </>
  );
}

/**
 * Chooses people from the stakeholders' and volunteers' registers, or adds a new person to the
 * stakeholders' register on the spot: so the same person met twice is the same row.
 */
export function PeopleMultiSelect(props: { me: Me; label: string; value: string[]; onChange: (v: string[]) => void; error?: ReactNode }) {
  const picker = usePeoplePicker(props.me);
  return (
    <WithNewPerson onAdded={(value) => props.onChange([...props.value, value])}>
      <MultiSelect
        label={props.label}
        clearable
        hidePickedOptions
        value={props.value}
        onChange={props.onChange}
        error={props.error}
        {...picker}
      />
    </WithNewPerson>
  );
}

export function PersonSelect(props: {
  me: Me;
  label: string;
  value: string | null;
  onChange: (v: string | null) => void;
  error?: ReactNode;
}) {
  const picker = usePeoplePicker(props.me);
  return (
    <WithNewPerson onAdded={props.onChange}>
      <Select label={props.label} value={props.value} onChange={props.onChange} error={props.error} {...picker} />
    </WithNewPerson>
  );
}
