import { Modal, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { roleOptions } from './labels';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import type { Me } from '../../session';
import { DateField, todayText } from '../../components/DateField';
import { SubmitRow } from '../../components/FormModal';
import { chosen, dayOf, filled, readableDay } from '../../components/forms';
import { PersonSelect, personRefOf } from './PeopleSelect';
import { communityKeys, type MemberRow } from './queries';

type Role = ApiInput<'committees.addMember'>['role'];
const fields = ['person', 'role', 'joinedOn', 'childCode'] as const;

function AddMemberBody({ me, committeeId, onDone }: { me: Me; committeeId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const required = filled(t('errors.required'));
  const form = useForm({
    initialValues: {
      source: 'register' as 'register' | 'child',
      person: null as string | null,
      childCode: '',
      role: null as Role | null,
      joinedOn: todayText(),
    },
    validate: {
      // Only the way the member is named counts: a person from the register, or a child by code.
      person: (person, values) => (values.source === 'register' ? required(person) : null),
      childCode: (code, values) => (values.source === 'child' ? required(code) : null),
      role: required,
      joinedOn: readableDay(t('errors.date')),
    },
  });
  const save = useMutation({
    mutationFn: async ({ source, person, childCode, role, joinedOn }: typeof form.values) => {
      let ref: ApiInput<'committees.addMember'>['person'];
      if (source === 'child') {
        const found = await call('children.search', { q: childCode.trim(), limit: 5 });
        const child = found.rows.find((c) => c.childCode === childCode.trim().toUpperCase());
        if (!child) throw new Error(t('community.members.childNotFound', { code: childCode.trim() }));
        ref = { childId: child.id };
      } else ref = personRefOf(person ?? '');
      return call('committees.addMember', { committeeId, person: ref, role: chosen(role), joinedOn: dayOf(joinedOn) });
    },
    onSuccess: async (row) => {
      notifications.show({ color: 'teal', message: t('community.members.added', { name: row.childCode ?? row.name }) });
      await queryClient.invalidateQueries({ queryKey: communityKeys.all });
      onDone();
    },
    onError: (error) => showError(t, error, form, fields),
  });
  const person = form.getInputProps('person');
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="sm">
        <SegmentedControl
          {...form.getInputProps('source')}
          data={[
            { value: 'register', label: t('community.members.fromRegister') },
            { value: 'child', label: t('community.members.childRepresentative') },
          ]}
        />
        {form.values.source === 'register' ? (
          <PersonSelect
            me={me}
            label={t('community.members.person')}
            value={form.values.person}
            onChange={person.onChange}
            error={form.errors.person}
          />
        ) : (
          <TextInput label={t('community.members.childCode')} placeholder="BSH-C00001" {...form.getInputProps('childCode')} />
        )}
        <Select label={t('community.members.role')} withAsterisk data={roleOptions(t)} {...form.getInputProps('role')} />
        <DateField label={t('community.members.joinedOn')} withAsterisk {...form.getInputProps('joinedOn')} />
        <SubmitRow label={t('community.members.add')} pending={save.isPending} />
      </Stack>
    </form>
  );
}

export function AddMemberModal(props: { me: Me; committeeId: number; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('community.members.add')} size="lg">
      {props.opened && <AddMemberBody me={props.me} committeeId={props.committeeId} onDone={props.onClose} />}
    </Modal>
  );
}

function LeftBody({ member, onDone }: { member: MemberRow; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { leftOn: todayText() }, validate: { leftOn: readableDay(t('errors.date')) } });
  const save = useMutation({
    mutationFn: ({ leftOn }: typeof form.values) => call('committees.removeMember', { memberId: member.id, leftOn: dayOf(leftOn) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: communityKeys.all });
      onDone();
    },
    onError: (error) => showError(t, error, form, ['leftOn']),
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => save.mutate(values))}>
      <Stack gap="sm">
        <DateField label={t('community.members.leftOn')} withAsterisk {...form.getInputProps('leftOn')} />
        <SubmitRow label={t('community.members.markLeft')} color="red" pending={save.isPending} />
      </Stack>
    </form>
  );
}

/** A member who leaves keeps their place in the meetings they attended; only the date they left is recorded. */
export function MemberLeftModal({ member, onClose }: { member: MemberRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={member !== null}
      onClose={onClose}
      title={t('community.members.leftTitle', { name: member?.childCode ?? member?.name ?? '' })}
    >
      {member && <LeftBody member={member} onDone={onClose} />}
    </Modal>
  );
}
