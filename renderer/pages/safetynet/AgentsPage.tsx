import { Alert, Anchor, Button, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText, showError } from '../../components/errors';
import { ListTable } from '../../components/ListTable';
import { SearchInput } from '../../components/SearchInput';
import { FormModal } from '../../components/FormModal';
import { filled } from '../../components/forms';
import { ListHeader } from '../../components/ListHeader';
import { formatDate, formatNumber } from '../../format';
import { href, navigate } from '../../router';
import { can, type Me } from '../../session';
import { Known } from './labels';
import { safetynetKeys, useAgents } from './queries';

const fields = ['name', 'aliases', 'phones', 'village', 'worksFor', 'licenceNumber'] as const;
type Field = (typeof fields)[number];

function AgentFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: '', aliases: '', phones: '', village: '', worksFor: '', licenceNumber: '' },
    validate: { name: filled(t('errors.required')) },
  });
  const save = useMutation({
    mutationFn: (values: typeof form.values) => call('agents.create', values),
    onSuccess: async (agent) => {
      notifications.show({ color: 'teal', message: t('safetynet.agents.saved', { name: agent.name }) });
      await queryClient.invalidateQueries({ queryKey: safetynetKeys.all });
      onClose();
    },
    onError: (error) => showError(t, error, form, fields),
  });
  const input = (field: Field, label: string, extra: { description?: string; withAsterisk?: boolean } = {}) => (
    <TextInput
      label={label}
      {...extra}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      maxLength={300}
      {...form.getInputProps(field)}
    />
  );
  return (
    <FormModal
      title={t('safetynet.agents.add')}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      submitLabel={t('safetynet.agents.save')}
      pending={save.isPending}
    >
      {input('name', t('safetynet.agents.name'), { withAsterisk: true })}
      {input('aliases', t('safetynet.agents.aliases'))}
      {input('phones', t('safetynet.agents.phones'), { description: t('safetynet.agents.phonesHint') })}
      {input('village', t('safetynet.agents.village'))}
      {input('worksFor', t('safetynet.agents.worksFor'))}
      {input('licenceNumber', t('safetynet.agents.licenceNumber'), { description: t('safetynet.agents.licenceHint') })}
    </FormModal>
  );
}

/** The agent register: who arranges journeys away, how many they arranged, how many were high. */
export function AgentsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const agents = useAgents(q);
  const [adding, setAdding] = useState(false);
  const rows = agents.data ?? [];
  return (
    <Stack gap="sm">
      <ListHeader title={t('safetynet.agents.title')} countText={null} countTestId="agents-total" clearLabel="" onClear={null}>
        {can(me, 'safetynet.write') && <Button onClick={() => setAdding(true)}>{t('safetynet.agents.add')}</Button>}
      </ListHeader>
      <Text size="sm" c="dimmed">
        {t('safetynet.agents.intro')}
      </Text>
      <SearchInput label={t('safetynet.agents.search')} value={search} onSearch={setSearch} w={380} />
      {agents.isError && <Alert color="red">{errorText(t, agents.error)}</Alert>}
      <ListTable
        label={t('safetynet.agents.table')}
        columns={[
          { label: t('safetynet.agents.name') },
          { label: t('safetynet.agents.phones') },
          { label: t('safetynet.agents.village') },
          { label: t('safetynet.agents.worksFor') },
          { label: t('safetynet.columns.departures'), numeric: true },
          { label: t('safetynet.columns.high'), numeric: true },
          { label: t('safetynet.columns.leftOn') },
        ]}
      >
        {rows.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={7}>
              <Text c="dimmed" size="sm" p="sm">
                {t('safetynet.agents.empty')}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
        {rows.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>
              <Anchor
                href={href(`/safetynet/agents/${a.id}`)}
                fw={500}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/safetynet/agents/${a.id}`);
                }}
              >
                {a.name}
              </Anchor>
              {a.aliases && (
                <Text size="xs" c="dimmed">
                  {a.aliases}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Known value={a.phones} />
            </Table.Td>
            <Table.Td>{a.village}</Table.Td>
            <Table.Td>{a.worksFor}</Table.Td>
            <Table.Td ta="right">{formatNumber(a.departures)}</Table.Td>
            <Table.Td ta="right" fw={a.high > 0 ? 700 : undefined} c={a.high > 0 ? 'red.8' : undefined}>
              {formatNumber(a.high)}
            </Table.Td>
            <Table.Td>{formatDate(a.lastLeftOn)}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      {adding && <AgentFormModal onClose={() => setAdding(false)} />}
    </Stack>
  );
}
