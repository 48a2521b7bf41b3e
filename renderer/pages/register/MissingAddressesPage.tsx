import { Alert, Autocomplete, Button, FileButton, Group, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { ApiError, call } from '../../api/client';
import { saveFile } from '../../components/ExportButton';
import { SchoolFilter } from './RegisterFilters';
import { errorText, fieldProblems, problemText, showError } from '../../components/errors';
import { Link } from '../../components/Link';
import { formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { readBase64 } from '../../components/fileBase64';
import { classSectionShort } from './labels';
import { registerKeys, useChildFilters } from './queries';

type Row = ApiResult<'addresses.missing'>['rows'][number];

const pageSize = 100;
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const addressKeys = (schoolId: number | null, limit: number) => [...registerKeys.children(), 'missingAddress', schoolId, limit] as const;

/**
 * Children with no village or no Gram Panchayat, so that the worklist's filters and the volunteers'
 * visit lists find them: filled in row by row here, or by downloading the list, filling it in Excel
 * and uploading it back (every cell checked first; nothing saved unless all are right).
 */
export function MissingAddressesPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [schoolId, setSchoolId] = useState<number | null>(null);
  const [limit, setLimit] = useState(pageSize);
  const [uploaded, setUploaded] = useState<{ kind: 'done'; text: string } | { kind: 'refused'; title: string; lines: string[] } | null>(
    null,
  );
  const choices = useChildFilters();
  const list = useQuery({
    queryKey: addressKeys(schoolId, limit),
    queryFn: () => call('addresses.missing', { ...(schoolId === null ? {} : { schoolId }), limit }),
    placeholderData: keepPreviousData,
  });
  const writable = can(me, 'register.write');
  const total = list.data?.total;

  const download = useMutation({
    mutationFn: () => call('addresses.export', schoolId === null ? {} : { schoolId }),
    onSuccess: (file) => saveFile(file, xlsx),
    onError: (error) => showError(t, error),
  });
  const upload = useMutation({
    mutationFn: async (file: File) => ({
      file,
      result: await call('addresses.import', { fileName: file.name, contentBase64: await readBase64(file) }),
    }),
    onSuccess: async ({ file, result }) => {
      setUploaded({
        kind: 'done',
        text: t('register.addresses.uploaded', {
          count: result.updated,
          formatted: formatNumber(result.updated),
          file: file.name,
          left: formatNumber(result.stillMissing),
        }),
      });
      await queryClient.invalidateQueries({ queryKey: registerKeys.all });
    },
    onError: (error, file) => {
      const problems = fieldProblems(error);
      setUploaded({
        kind: 'refused',
        title: t('register.addresses.refused', { file: file.name }),
        lines: problems.length > 0 ? problems.map((p) => problemText(t, p)) : [errorText(t, error)],
      });
      if (!(error instanceof ApiError)) showError(t, error);
    },
  });

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('register.addresses.title')}
          </Title>
          {total !== undefined && (
            <Text c="dimmed" size="sm" aria-live="polite" data-testid="missing-address-total">
              {t('register.addresses.count', { count: total, formatted: formatNumber(total) })}
            </Text>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" loading={download.isPending} onClick={() => download.mutate()} disabled={total === 0}>
            {t('register.addresses.download')}
          </Button>
          {writable && (
            <FileButton onChange={(file) => file && upload.mutate(file)} accept={`${xlsx},.xlsx`}>
              {(props) => (
                <Button {...props} loading={upload.isPending} title={t('register.addresses.uploadHint')}>
                  {t('register.addresses.upload')}
                </Button>
              )}
            </FileButton>
          )}
        </Group>
      </Group>
      <Text size="sm" maw={900}>
        {t('register.addresses.intro')}
      </Text>

      {uploaded?.kind === 'done' && (
        <Alert color="teal" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setUploaded(null)}>
          {uploaded.text}
        </Alert>
      )}
      {uploaded?.kind === 'refused' && (
        <Alert color="red" title={uploaded.title} withCloseButton closeButtonLabel={t('common.close')} onClose={() => setUploaded(null)}>
          <List size="sm">
            {uploaded.lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <SchoolFilter
        label={t('register.addresses.school')}
        anyLabel={t('register.addresses.allSchools')}
        value={schoolId}
        onChange={setSchoolId}
        w={280}
      />

      {list.isError && <Alert color="red">{errorText(t, list.error)}</Alert>}
      {total === 0 && <Alert color="teal">{t('register.addresses.none')}</Alert>}
      {list.data && list.data.rows.length > 0 && (
        <Table striped withTableBorder verticalSpacing={4} aria-label={t('register.addresses.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('register.addresses.columns.name')}</Table.Th>
              <Table.Th>{t('register.children.columns.school')}</Table.Th>
              <Table.Th>{t('register.form.guardianName')}</Table.Th>
              <Table.Th>{t('register.form.phone')}</Table.Th>
              <Table.Th>{t('register.form.village')}</Table.Th>
              <Table.Th>{t('register.form.gramPanchayat')}</Table.Th>
              <Table.Th>{t('register.addresses.columns.save')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.rows.map((row) => (
              <AddressRow
                key={row.id}
                row={row}
                writable={writable}
                villages={choices.data?.villages ?? []}
                gramPanchayats={choices.data?.gramPanchayats ?? []}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.data && list.data.rows.length < list.data.total && (
        <Button variant="default" onClick={() => setLimit((n) => n + pageSize)} w="fit-content">
          {t('register.addresses.showMore', { formatted: formatNumber(Math.min(pageSize, list.data.total - list.data.rows.length)) })}
        </Button>
      )}
    </Stack>
  );
}

const fields = ['guardianName', 'phone', 'village', 'gramPanchayat'] as const;

/** One child's row: its four fields typed in place and saved with the row's own button (or Enter). */
function AddressRow({
  row,
  writable,
  villages,
  gramPanchayats,
}: {
  row: Row;
  writable: boolean;
  villages: string[];
  gramPanchayats: string[];
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const name = row.nameEn ?? row.nameBn ?? row.childCode;
  const form = useForm({
    initialValues: {
      guardianName: row.guardianName ?? '',
      phone: row.phone ?? '',
      village: row.village ?? '',
      gramPanchayat: row.gramPanchayat ?? '',
    },
  });
  const save = useMutation({
    mutationFn: (values: typeof form.values) => call('addresses.set', { id: row.id, ...values }),
    onSuccess: async (result) => {
      notifications.show({
        color: result.missing ? 'orange' : 'teal',
        message: t(result.missing ? 'register.addresses.savedStillMissing' : 'register.addresses.saved', { name }),
      });
      await queryClient.invalidateQueries({ queryKey: registerKeys.all });
    },
    onError: (error) => showError(t, error, form, fields),
  });
  const cell = (field: (typeof fields)[number]) => ({
    'aria-label': `${t(`register.form.${field}`)}: ${name}`,
    size: 'xs' as const,
    disabled: !writable,
    ...form.getInputProps(field),
  });
  const formId = `address-${row.id}`;

  return (
    <Table.Tr>
      <Table.Td>
        <Link to={`/children/${row.id}`}>{name}</Link>
        <Text size="xs" c="dimmed">
          {row.childCode}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{row.schoolName}</Text>
        <Text size="xs" c="dimmed">
          {[classSectionShort(t, row.classGrade, row.section), row.roll ? `${t('register.children.columns.roll')} ${row.roll}` : '']
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <form id={formId} onSubmit={form.onSubmit((values) => save.mutate(values))} />
        <TextInput {...cell('guardianName')} form={formId} maxLength={200} />
      </Table.Td>
      <Table.Td>
        <TextInput {...cell('phone')} form={formId} inputMode="tel" maxLength={16} w={130} />
      </Table.Td>
      <Table.Td>
        <Autocomplete {...cell('village')} form={formId} data={villages} maxLength={200} />
      </Table.Td>
      <Table.Td>
        <Autocomplete {...cell('gramPanchayat')} form={formId} data={gramPanchayats} maxLength={200} />
      </Table.Td>
      <Table.Td>
        {writable && (
          <Button type="submit" form={formId} size="xs" loading={save.isPending} aria-label={t('register.addresses.saveNamed', { name })}>
            {t('register.addresses.save')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
