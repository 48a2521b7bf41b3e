import { Alert, Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { saveFile } from '../../components/ExportButton';
import { errorText, showError } from '../../components/errors';
import { ListHeader } from '../../components/ListHeader';
import { formatDate, formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { useFieldErrors } from '../register/useFieldErrors';
import { isOneOf, reportingPointKinds, type ReportingPointKind } from './labels';
import { safetynetKeys, useReportingPoints } from './queries';

const fields = ['kind', 'name', 'contactPerson', 'phone', 'village', 'gramPanchayat'] as const;
type TextField = Exclude<(typeof fields)[number], 'kind'>;

function PointFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ReportingPointKind | null>(null);
  const [values, setValues] = useState<Record<TextField, string>>({
    name: '',
    contactPerson: '',
    phone: '',
    village: '',
    gramPanchayat: '',
  });
  const form = useFieldErrors<(typeof fields)[number]>();
  const save = useMutation({
    mutationFn: (k: ReportingPointKind) => call('reportingPoints.create', { kind: k, ...values }),
    onSuccess: async (point) => {
      notifications.show({ color: 'teal', message: t('safetynet.points.saved', { name: point.name }) });
      await queryClient.invalidateQueries({ queryKey: safetynetKeys.points });
      onClose();
    },
    onError: (error) => showError(t, error, form, fields),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    if (!kind) form.setFieldError('kind', t('errors.safetynet.pointKind'));
    if (!values.name.trim()) form.setFieldError('name', t('errors.required'));
    if (kind && values.name.trim()) save.mutate(kind);
  };
  const input = (field: TextField, label: string, required = false) => (
    <TextInput
      label={label}
      withAsterisk={required}
      maxLength={200}
      value={values[field]}
      error={form.errors[field]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [field]: value }));
        form.clearFieldError(field);
      }}
    />
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('safetynet.points.add')}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('safetynet.points.kind')}
            withAsterisk
            data={reportingPointKinds.map((k) => ({ value: k, label: t(`safetynet.pointKinds.${k}`) }))}
            value={kind}
            error={form.errors.kind}
            onChange={(k) => setKind(isOneOf(reportingPointKinds, k) ? k : null)}
          />
          {input('name', t('safetynet.points.name'), true)}
          {input('contactPerson', t('safetynet.points.contactPerson'))}
          {input('phone', t('safetynet.points.phone'))}
          {input('village', t('safetynet.points.village'))}
          {input('gramPanchayat', t('safetynet.points.gramPanchayat'))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('safetynet.points.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
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
