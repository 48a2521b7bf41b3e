import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { activityTopics, activityTypes, personCategories } from '../../../electron/shared/communityVocabulary';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { formatNumber } from '../../format';
import type { Me } from '../../session';
import { DateField, parseDay, todayText } from '../../components/DateField';
import { useFieldErrors } from '../register/useFieldErrors';
import { PeopleMultiSelect, personRefOf } from './PeopleSelect';
import { communityKeys } from './queries';

type Input = ApiInput<'activities.create'>;
type Headcount = { category: string; sex: string; count: string };

function ActivityFormBody({ me, onDone }: { me: Me; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFieldErrors<string>();
  const [type, setType] = useState<string | null>(null);
  const [heldOn, setHeldOn] = useState(todayText());
  const [village, setVillage] = useState('');
  const [gramPanchayat, setGramPanchayat] = useState('');
  const [topics, setTopics] = useState<string[]>([]);
  const [topicsNote, setTopicsNote] = useState('');
  const [facilitators, setFacilitators] = useState('');
  const [participants, setParticipants] = useState<string[]>([]);
  const [headcounts, setHeadcounts] = useState<Headcount[]>([]);
  const [notes, setNotes] = useState('');
  const setCount = (i: number, patch: Partial<Headcount>) => setHeadcounts((h) => h.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const save = useMutation({
    mutationFn: (input: Input) => call('activities.create', input),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('community.activityForm.saved') });
      await queryClient.invalidateQueries({ queryKey: communityKeys.all });
      onDone();
    },
    onError: (error) => showError(t, error, form),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const day = parseDay(heldOn);
    let ok = true;
    const fail = (field: string, text: string) => {
      form.setFieldError(field, text);
      ok = false;
    };
    if (!type) fail('type', t('errors.required'));
    if (!day) fail('heldOn', t('errors.date'));
    if (!facilitators.trim()) fail('facilitators', t('errors.required'));
    headcounts.forEach((h, i) => {
      if (!h.category) fail(`headcounts.${i}.category`, t('errors.required'));
      if (!h.sex) fail(`headcounts.${i}.sex`, t('errors.required'));
      if (!(Number(h.count) > 0)) fail(`headcounts.${i}.count`, t('errors.community.headcount'));
    });
    if (!ok || !day || !type) return;
    save.mutate({
      type: type as Input['type'],
      heldOn: day,
      village,
      gramPanchayat,
      topics: topics as NonNullable<Input['topics']>,
      topicsNote,
      facilitators: facilitators.trim(),
      notes,
      participants: participants.map(personRefOf),
      headcounts: headcounts.map((h) => ({
        category: h.category as NonNullable<Input['headcounts']>[number]['category'],
        sex: h.sex as 'female' | 'male' | 'other',
        count: Number(h.count),
      })),
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select
            label={t('community.activityForm.type')}
            withAsterisk
            data={activityTypes.map((a) => ({ value: a, label: t(`community.activityTypes.${a}`) }))}
            value={type}
            error={form.errors.type}
            onChange={setType}
          />
          <DateField
            label={t('community.activityForm.heldOn')}
            withAsterisk
            value={heldOn}
            error={form.errors.heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
          />
          <TextInput label={t('community.activityForm.village')} value={village} onChange={(e) => setVillage(e.currentTarget.value)} />
          <TextInput
            label={t('community.activityForm.gramPanchayat')}
            value={gramPanchayat}
            onChange={(e) => setGramPanchayat(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Checkbox.Group label={t('community.activityForm.topics')} value={topics} onChange={setTopics}>
          <SimpleGrid cols={3} spacing={4} mt={4}>
            {activityTopics.map((topic) => (
              <Checkbox key={topic} value={topic} label={t(`community.topics.${topic}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TextInput
          label={t('community.activityForm.topicsNote')}
          value={topicsNote}
          onChange={(e) => setTopicsNote(e.currentTarget.value)}
        />
        <TextInput
          label={t('community.activityForm.facilitators')}
          withAsterisk
          value={facilitators}
          error={form.errors.facilitators}
          onChange={(e) => setFacilitators(e.currentTarget.value)}
        />
        <PeopleMultiSelect
          me={me}
          label={t('community.activityForm.participants')}
          value={participants}
          onChange={setParticipants}
          error={form.errors.participants}
        />
        <div>
          <Text size="sm" fw={500}>
            {t('community.activityForm.headcounts')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('community.activityForm.headcountsHint')}
          </Text>
          <Stack gap={6} mt={4}>
            {headcounts.map((h, i) => (
              <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
                <Select
                  aria-label={t('community.activityForm.countCategory', { n: formatNumber(i + 1) })}
                  placeholder={t('community.person.category')}
                  searchable
                  style={{ flex: 2 }}
                  data={personCategories.map((c) => ({ value: c, label: t(`community.categories.${c}`) }))}
                  value={h.category || null}
                  error={form.errors[`headcounts.${i}.category`]}
                  onChange={(v) => setCount(i, { category: v ?? '' })}
                />
                <Select
                  aria-label={t('community.activityForm.countSex', { n: formatNumber(i + 1) })}
                  placeholder={t('community.person.sex')}
                  style={{ flex: 1 }}
                  data={(['female', 'male', 'other'] as const).map((s) => ({ value: s, label: t(`community.sexes.${s}`) }))}
                  value={h.sex || null}
                  error={form.errors[`headcounts.${i}.sex`]}
                  onChange={(v) => setCount(i, { sex: v ?? '' })}
                />
                <NumberInput
                  aria-label={t('community.activityForm.countNumber', { n: formatNumber(i + 1) })}
                  w={110}
                  min={1}
                  allowDecimal={false}
                  allowNegative={false}
                  value={h.count}
                  error={form.errors[`headcounts.${i}.count`]}
                  onChange={(v) => setCount(i, { count: String(v) })}
                />
                <ActionIcon
                  mt={6}
                  variant="subtle"
                  color="red"
                  aria-label={t('community.activityForm.removeCount', { n: formatNumber(i + 1) })}
                  onClick={() => setHeadcounts((x) => x.filter((_, j) => j !== i))}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="light" size="compact-sm" onClick={() => setHeadcounts((h) => [...h, { category: '', sex: '', count: '' }])}>
                {t('community.activityForm.addCount')}
              </Button>
            </Group>
          </Stack>
        </div>
        <Textarea
          label={t('community.activityForm.notes')}
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('community.activityForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ActivityFormModal({ me, opened, onClose }: { me: Me; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('community.activities.add')} size="xl">
      {opened && <ActivityFormBody me={me} onDone={onClose} />}
    </Modal>
  );
}
