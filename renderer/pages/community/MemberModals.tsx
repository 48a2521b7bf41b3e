import { Button, Group, Modal, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { committeeRoles } from '../../../electron/shared/communityVocabulary';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import type { Me } from '../../session';
import { DateField, parseDay, todayText } from '../../components/DateField';
import { useFieldErrors } from '../register/useFieldErrors';
import { PersonSelect, personRefOf } from './PeopleSelect';
import { communityKeys, type MemberRow } from './queries';

type Role = ApiInput<'committees.addMember'>['role'];
const fields = ['person', 'role', 'joinedOn', 'childCode'] as const;

function AddMemberBody({ me, committeeId, onDone }: { me: Me; committeeId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFieldErrors<(typeof fields)[number]>();
  const [source, setSource] = useState<'register' | 'child'>('register');
  const [person, setPerson] = useState<string | null>(null);
  const [childCode, setChildCode] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [joinedOn, setJoinedOn] = useState(todayText());
  const save = useMutation({
    mutationFn: async () => {
      let ref: ApiInput<'committees.addMember'>['person'];
      if (source === 'child') {
        const found = await call('children.search', { q: childCode.trim(), limit: 5 });
        const child = found.rows.find((c) => c.childCode === childCode.trim().toUpperCase());
        if (!child) throw new Error(t('community.members.childNotFound', { code: childCode.trim() }));
        ref = { childId: child.id };
      } else ref = personRefOf(person ?? '');
      return call('committees.addMember', { committeeId, person: ref, role: role ?? 'member', joinedOn: parseDay(joinedOn) ?? '' });
    },
    onSuccess: async (row) => {
      notifications.show({ color: 'teal', message: t('community.members.added', { name: row.childCode ?? row.name }) });
      await queryClient.invalidateQueries({ queryKey: communityKeys.all });
      onDone();
    },
    onError: (error) => showError(t, error, form, fields),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    let ok = true;
    if (source === 'register' && !person) ok = (form.setFieldError('person', t('errors.required')), false);
    if (source === 'child' && !childCode.trim()) ok = (form.setFieldError('childCode', t('errors.required')), false);
    if (!role) ok = (form.setFieldError('role', t('errors.required')), false);
    if (!parseDay(joinedOn)) ok = (form.setFieldError('joinedOn', t('errors.date')), false);
    if (ok) save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SegmentedControl
          value={source}
          onChange={(v) => setSource(v === 'child' ? 'child' : 'register')}
          data={[
            { value: 'register', label: t('community.members.fromRegister') },
            { value: 'child', label: t('community.members.childRepresentative') },
          ]}
        />
        {source === 'register' ? (
          <PersonSelect me={me} label={t('community.members.person')} value={person} onChange={setPerson} error={form.errors.person} />
        ) : (
          <TextInput
            label={t('community.members.childCode')}
            placeholder="BSH-C00001"
            value={childCode}
            error={form.errors.childCode}
            onChange={(e) => setChildCode(e.currentTarget.value)}
          />
        )}
        <Select
          label={t('community.members.role')}
          withAsterisk
          data={committeeRoles.map((r) => ({ value: r, label: t(`community.roles.${r}`) }))}
          value={role}
          error={form.errors.role}
          onChange={(v) => setRole(v as Role | null)}
        />
        <DateField
          label={t('community.members.joinedOn')}
          withAsterisk
          value={joinedOn}
          error={form.errors.joinedOn}
          onChange={(e) => setJoinedOn(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('community.members.add')}
          </Button>
        </Group>
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
  const form = useFieldErrors<'leftOn'>();
  const [leftOn, setLeftOn] = useState(todayText());
  const save = useMutation({
    mutationFn: (iso: string) => call('committees.removeMember', { memberId: member.id, leftOn: iso }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: communityKeys.all });
      onDone();
    },
    onError: (error) => showError(t, error, form, ['leftOn']),
  });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const iso = parseDay(leftOn);
        if (!iso) form.setFieldError('leftOn', t('errors.date'));
        else save.mutate(iso);
      }}
    >
      <Stack gap="sm">
        <DateField
          label={t('community.members.leftOn')}
          withAsterisk
          value={leftOn}
          error={form.errors.leftOn}
          onChange={(e) => setLeftOn(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" color="red" loading={save.isPending}>
            {t('community.members.markLeft')}
          </Button>
        </Group>
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
