import { ActionIcon, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { activityTopics, personCategories } from '../../../electron/shared/communityVocabulary';
import { activityTypeOptions } from './labels';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { formatNumber } from '../../format';
import type { Me } from '../../session';
import { DateField, todayText } from '../../components/DateField';
import { SubmitRow } from '../../components/FormModal';
import { chosen, dayOf, filled, readableDay } from '../../components/forms';
import { PeopleMultiSelect, personRefOf } from './PeopleSelect';
import { communityKeys } from './queries';
import { NumberField } from '../../components/NumberField';

type Input = ApiInput<'activities.create'>;
type Headcount = { category: string | null; sex: string | null; count: string | number };

function ActivityFormBody({ me, onDone }: { me: Me; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const required = filled(t('errors.required'));
  const form = useForm({
    initialValues: {
      type: null as string | null,
      heldOn: todayText(),
      village: '',
      gramPanchayat: '',
      topics: [] as string[],
      topicsNote: '',
      facilitators: '',
      participants: [] as string[],
      headcounts: [] as Headcount[],
      notes: '',
    },
    validate: {
      type: required,
      heldOn: readableDay(t('errors.date')),
      facilitators: required,
      headcounts: {
        category: required,
        sex: required,
        count: (count) => (Number(count) > 0 ? null : t('errors.community.headcount')),
      },
    },
  });
  const save = useMutation({
    mutationFn: (input: Input) => call('activities.create', input),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('community.activityForm.saved') });
      await queryClient.invalidateQueries({ queryKey: communityKeys.all });
      onDone();
    },
    onError: (error) => showError(t, error, form),
  });
  // The vocabularies' words come from the lists the selects offer; the server refuses any other.
  const submit = (v: typeof form.values) =>
    save.mutate({
      ...v,
      type: chosen(v.type) as Input['type'],
      heldOn: dayOf(v.heldOn),
      topics: v.topics as NonNullable<Input['topics']>,
      facilitators: v.facilitators.trim(),
      participants: v.participants.map(personRefOf),
      headcounts: v.headcounts.map((h) => ({
        category: h.category as NonNullable<Input['headcounts']>[number]['category'],
        sex: h.sex as 'female' | 'male' | 'other',
        count: Number(h.count),
      })),
    });
  const participants = form.getInputProps('participants');
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select label={t('community.activityForm.type')} withAsterisk data={activityTypeOptions(t)} {...form.getInputProps('type')} />
          <DateField label={t('community.activityForm.heldOn')} withAsterisk {...form.getInputProps('heldOn')} />
          <TextInput label={t('community.activityForm.village')} {...form.getInputProps('village')} />
          <TextInput label={t('community.activityForm.gramPanchayat')} {...form.getInputProps('gramPanchayat')} />
        </SimpleGrid>
        <Checkbox.Group label={t('community.activityForm.topics')} {...form.getInputProps('topics')}>
          <SimpleGrid cols={3} spacing={4} mt={4}>
            {activityTopics.map((topic) => (
              <Checkbox key={topic} value={topic} label={t(`community.topics.${topic}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TextInput label={t('community.activityForm.topicsNote')} {...form.getInputProps('topicsNote')} />
        <TextInput label={t('community.activityForm.facilitators')} withAsterisk {...form.getInputProps('facilitators')} />
        <PeopleMultiSelect
          me={me}
          label={t('community.activityForm.participants')}
          value={form.values.participants}
          onChange={participants.onChange}
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
            {form.values.headcounts.map((_, i) => (
              <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
                <Select
                  aria-label={t('community.activityForm.countCategory', { n: formatNumber(i + 1) })}
                  placeholder={t('community.person.category')}
                  searchable
                  style={{ flex: 2 }}
                  data={personCategories.map((c) => ({ value: c, label: t(`community.categories.${c}`) }))}
                  {...form.getInputProps(`headcounts.${i}.category`)}
                />
                <Select
                  aria-label={t('community.activityForm.countSex', { n: formatNumber(i + 1) })}
                  placeholder={t('community.person.sex')}
                  style={{ flex: 1 }}
                  data={(['female', 'male', 'other'] as const).map((s) => ({ value: s, label: t(`community.sexes.${s}`) }))}
                  {...form.getInputProps(`headcounts.${i}.sex`)}
                />
                <NumberField
                  aria-label={t('community.activityForm.countNumber', { n: formatNumber(i + 1) })}
                  w={110}
                  {...form.getInputProps(`headcounts.${i}.count`)}
                />
                <ActionIcon
                  mt={6}
                  variant="subtle"
                  color="red"
                  aria-label={t('community.activityForm.removeCount', { n: formatNumber(i + 1) })}
                  onClick={() => form.removeListItem('headcounts', i)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="compact-sm"
                onClick={() => form.insertListItem('headcounts', { category: null, sex: null, count: '' })}
              >
                {t('community.activityForm.addCount')}
              </Button>
            </Group>
          </Stack>
        </div>
        <Textarea label={t('community.activityForm.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <SubmitRow label={t('community.activityForm.save')} pending={save.isPending} />
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
