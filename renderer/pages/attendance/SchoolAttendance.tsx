import { Anchor, Button, Group, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { ExportButton } from '../../components/ExportButton';
import { formatDate, formatDateTime, formatNumber } from '../../format';
import { href, navigate } from '../../router';
import { SectionTitle } from '../../components/SectionTitle';
import { classSectionShort } from '../register/labels';
import { childName, findingText, monthLabel, percentText, reasonText } from './labels';
import { useSchoolImports, useSchoolTrend } from './queries';
import { SchoolTrendChart } from './SchoolTrendChart';

function Trend({ schoolId }: { schoolId: number }) {
  const { t } = useTranslation();
  const trend = useSchoolTrend(schoolId);
  const months = trend.data?.months ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-label={t('attendance.schoolPage.trendTitle')}>
      <SectionTitle>{t('attendance.schoolPage.trendTitle')}</SectionTitle>
      {trend.isError && (
        <Text size="sm" c="red">
          {errorText(t, trend.error)}
        </Text>
      )}
      {trend.data && months.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('attendance.schoolPage.noAttendance')}
        </Text>
      )}
      {months.length > 0 && (
        // A year fits beside its table; three years of bars need the page's width.
        <SimpleGrid cols={{ base: 1, lg: months.length <= 12 ? 2 : 1 }} spacing="lg">
          <SchoolTrendChart months={months} />
          <Table.ScrollContainer minWidth={380}>
            <Table fz="sm" verticalSpacing={4} striped aria-label={t('attendance.schoolPage.trendTable')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('attendance.schoolPage.columns.month')}</Table.Th>
                  <Table.Th ta="right">{t('attendance.schoolPage.columns.children')}</Table.Th>
                  <Table.Th ta="right">{t('attendance.schoolPage.columns.daysOpen')}</Table.Th>
                  <Table.Th ta="right">{t('attendance.schoolPage.columns.average')}</Table.Th>
                  <Table.Th ta="right">{t('attendance.schoolPage.columns.flagged')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {months.map((m) => (
                  <Table.Tr key={m.month}>
                    <Table.Td>{monthLabel(m.month, 'long')}</Table.Td>
                    <Table.Td ta="right">{formatNumber(m.children)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(m.daysOpen)}</Table.Td>
                    <Table.Td ta="right">{percentText(m.averagePercent)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(m.flagged)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </SimpleGrid>
      )}
    </Paper>
  );
}

function IrregularChildren({ schoolId }: { schoolId: number }) {
  const { t } = useTranslation();
  const trend = useSchoolTrend(schoolId);
  const rows = trend.data?.flagged ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-label={t('attendance.schoolPage.flaggedTitle')}>
      <SectionTitle
        right={
          <Group gap="xs">
            <ExportButton exportList={() => call('attendance.exportFlags', { schoolId, status: 'open' })} />
            <Button variant="light" onClick={() => navigate(`/worklist/school/${schoolId}`)}>
              {t('attendance.schoolPage.openWorklist')}
            </Button>
          </Group>
        }
      >
        {t('attendance.schoolPage.flaggedTitle')}
      </SectionTitle>
      {trend.data && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('attendance.schoolPage.noneFlagged')}
        </Text>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table fz="sm" verticalSpacing={4} striped aria-label={t('attendance.schoolPage.flaggedTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('attendance.worklist.columns.child')}</Table.Th>
                <Table.Th>{t('attendance.worklist.columns.class')}</Table.Th>
                <Table.Th>{t('attendance.worklist.columns.reasons')}</Table.Th>
                <Table.Th ta="right">{t('attendance.worklist.columns.lastPercent')}</Table.Th>
                <Table.Th>{t('attendance.worklist.columns.volunteer')}</Table.Th>
                <Table.Th>{t('attendance.worklist.columns.lastFollowUp')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.childId} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <Anchor href={href(`/children/${row.childId}`)} size="sm" fw={500}>
                      {childName(row)}
                    </Anchor>
                    <Text ff="monospace" fz="xs" c="dimmed">
                      {row.childCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>{classSectionShort(t, row.classGrade, row.section)}</Table.Td>
                  <Table.Td>
                    {row.reasons.map((reason) => (
                      <Text key={reason.code} size="xs">
                        {reasonText(t, reason)}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td ta="right">{percentText(row.lastPercent)}</Table.Td>
                  <Table.Td>{row.volunteer?.name ?? ''}</Table.Td>
                  <Table.Td>
                    {row.lastFollowUp && `${formatDate(row.lastFollowUp.visitDate)} · ${findingText(t, row.lastFollowUp.finding)}`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function Imports({ schoolId }: { schoolId: number }) {
  const { t } = useTranslation();
  const imports = useSchoolImports(schoolId);
  const rows = imports.data?.rows ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-label={t('attendance.schoolPage.importsTitle')}>
      <SectionTitle>{t('attendance.schoolPage.importsTitle')}</SectionTitle>
      {imports.isError && (
        <Text size="sm" c="red">
          {errorText(t, imports.error)}
        </Text>
      )}
      {imports.data && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('attendance.schoolPage.noImports')}
        </Text>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table fz="sm" verticalSpacing={4} striped aria-label={t('attendance.schoolPage.importsTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('attendance.schoolPage.columns.month')}</Table.Th>
                <Table.Th>{t('attendance.importer.columns.file')}</Table.Th>
                <Table.Th ta="right">{t('attendance.schoolPage.columns.children')}</Table.Th>
                <Table.Th>{t('attendance.schoolPage.columns.importedAt')}</Table.Th>
                <Table.Th>{t('attendance.schoolPage.columns.importedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id} c={row.current ? undefined : 'dimmed'}>
                  <Table.Td>{monthLabel(row.month, 'long')}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'break-word' }}>
                    {row.fileName}
                    {!row.current && ` (${t('attendance.schoolPage.replaced')})`}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(row.childrenCount)}</Table.Td>
                  <Table.Td>{formatDateTime(row.importedAt)}</Table.Td>
                  <Table.Td>{row.importedBy}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

/** A school's attendance on its page: the monthly trend, its irregular children, the registers imported. */
export function SchoolAttendance({ schoolId }: { schoolId: number }) {
  return (
    <>
      <Trend schoolId={schoolId} />
      <IrregularChildren schoolId={schoolId} />
      <Imports schoolId={schoolId} />
    </>
  );
}
