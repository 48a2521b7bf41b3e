import { Alert, Button, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { saveFile } from '../../components/ExportButton';
import { errorText, showError } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { chosen, filled } from '../../components/forms';
import { ListHeader } from '../../components/ListHeader';
import { formatDate, formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { reportingPointKinds, type ReportingPointKind } from './labels';
import { safetynetKeys, useReportingPoints } from './queries';

const fields = ['kind', 'name', 'contactPerson', 'phone', 'village', 'gramPanchayat'] as const;
type TextField = Exclude<(typeof fields)[number], 'kind'>;

function PointFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { kind: null as ReportingPointKind | null, name: '', contactPerson: '', phone: '', village: '', gramPanchayat: '' },
    validate: { kind: filled(t('errors.safetynet.pointKind')), name: filled(t('errors.required')) },
  });
  const save = useMutation({
    mutationFn: (values: typeof form.values) => call('reportingPoints.create', { ...values, kind: chosen(values.kind) }),
    onSuccess: async (point) => {
      notifications.show({ color: 'teal', message: t('safetynet.points.saved', { name: point.name }) });
      await queryClient.invalidateQueries({ queryKey: safetynetKeys.points });
      onClose();
    },
    onError: (error) => showError(t, error, form, fields),
  });
  const input = (field: TextField, label: string, required = false) => (
    <TextInput label={label} withAsterisk={required} maxLength={200} {...form.getInputProps(field)} />
  );
  return (
    <FormModal
      title={t('safetynet.points.add')}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      submitLabel={t('safetynet.points.save')}
      pending={save.isPending}
    >
      <Select
        label={t('safetynet.points.kind')}
        withAsterisk
        data={reportingPointKinds.map((k) => ({ value: k, label: t(`safetynet.pointKinds.${k}`) }))}
        {...form.getInputProps('kind')}
      />
      {input('name', t('safetynet.points.name'), true)}
      {input('contactPerson', t('safetynet.points.contactPerson'))}
      {input('phone', t('safetynet.points.phone'))}
      {input('village', t('safetynet.points.village'))}
      {input('gramPanchayat', t('safetynet.points.gramPanchayat'))}
    </FormModal>
  );
}

function BlankRegisterButton({ id, name }: { id: number; name: string }) {
  const { t } = useTranslation();
  const print = useMutation({
    mutationFn: () => call('reportingPoints.blankRegisterPdf', { id, language: 'bn' }),
    onSuccess: (file) => saveFile(file, 'application/pdf'),
    onError: (error) => showError(t, error),
  });
  return (
    <Button
      size="compact-xs"
      variant="light"
      loading={print.isPending}
      aria-label={t('safetynet.points.blankPdfFor', { name })}
      onClick={() => print.mutate()}
    >
      {t('safetynet.points.blankPdf')}
    </Button>
  );
}

/** The register of who reports departures, with each one's blank paper register to print. */
export function PointsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const points = useReportingPoints();
  const [adding, setAdding] = useState(false);
  const rows = points.data ?? [];
  return (
    <Stack gap="sm">
      <ListHeader title={t('safetynet.points.title')} countText={null} countTestId="points-total" clearLabel="" onClear={null}>
        {can(me, 'safetynet.write') && <Button onClick={() => setAdding(true)}>{t('safetynet.points.add')}</Button>}
      </ListHeader>
      <Text size="sm" c="dimmed">
        {t('safetynet.points.intro')}
      </Text>
      {points.isError && <Alert color="red">{errorText(t, points.error)}</Alert>}
      <Paper withBorder>
        <Table striped verticalSpacing={6} fz="sm" aria-label={t('safetynet.points.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('safetynet.columns.name')}</Table.Th>
              <Table.Th>{t('safetynet.columns.kind')}</Table.Th>
              <Table.Th>{t('safetynet.columns.contactPerson')}</Table.Th>
              <Table.Th>{t('safetynet.columns.phone')}</Table.Th>
              <Table.Th>{t('safetynet.columns.village')}</Table.Th>
              <Table.Th ta="right">{t('safetynet.columns.departures')}</Table.Th>
              <Table.Th>{t('safetynet.columns.lastReport')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={8}>
                  <Text c="dimmed" size="sm" p="sm">
                    {t('safetynet.points.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td fw={500}>{p.name}</Table.Td>
                <Table.Td>{t(`safetynet.pointKinds.${p.kind}`)}</Table.Td>
                <Table.Td>{p.contactPerson}</Table.Td>
                <Table.Td>{p.phone}</Table.Td>
                <Table.Td>{[p.village, p.gramPanchayat].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td ta="right">{formatNumber(p.departures)}</Table.Td>
                <Table.Td>{formatDate(p.lastReportedOn)}</Table.Td>
                <Table.Td>
                  <BlankRegisterButton id={p.id} name={p.name} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {adding && <PointFormModal onClose={() => setAdding(false)} />}
    </Stack>
  );
}
