import { Box, Button, Group, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import type { DayMark } from '../../../electron/attendance/types';
import { errorText } from '../../components/errors';
import { formatNumber } from '../../format';
import { SectionTitle } from '../../components/SectionTitle';
import { daysText, monthLabel, percentText } from './labels';
import { useChildCalendar } from './queries';

type CalendarMonth = ApiResult<'attendance.childCalendar'>['months'][number];

/** Months shown before "show all": a year is what a visit or a meeting needs. */
const MONTHS_SHOWN = 12;
const days = Array.from({ length: 31 }, (_, i) => i + 1);

type Shown = Exclude<DayMark, '.'>;
/** Each mark has a letter as well as a colour, so the grid reads in black-and-white print and without colour vision. */
const markStyle: Record<Shown, { bg: string; fg: string }> = {
  P: { bg: 'var(--mantine-color-teal-1)', fg: 'var(--mantine-color-teal-light-color)' },
  A: { bg: 'var(--mantine-color-red-filled)', fg: 'white' },
  L: { bg: 'var(--mantine-color-orange-1)', fg: 'var(--mantine-color-orange-light-color)' },
  D: { bg: 'var(--mantine-color-yellow-1)', fg: 'var(--mantine-color-yellow-light-color)' },
  H: { bg: 'var(--mantine-color-gray-3)', fg: 'var(--mantine-color-gray-8)' },
  U: { bg: 'var(--mantine-color-red-1)', fg: 'var(--mantine-color-red-9)' },
};
const shownMarks: readonly Shown[] = ['P', 'A', 'L', 'D', 'U', 'H'];

const cellBase = {
  width: 22,
  minWidth: 22,
  height: 24,
  padding: 0,
  textAlign: 'center',
  fontSize: 11,
  fontWeight: 600,
  border: '1px solid var(--mantine-color-gray-2)',
  printColorAdjust: 'exact',
  WebkitPrintColorAdjust: 'exact',
} as const;

function isShown(mark: string): mark is Shown {
  return (shownMarks as readonly string[]).includes(mark);
}

function Legend() {
  const { t } = useTranslation();
  return (
    <Group gap="md" mb="xs" aria-label={t('attendance.calendar.legend')}>
      {shownMarks.map((mark) => (
        <Group key={mark} gap={4} wrap="nowrap">
          <Box
            component="span"
            style={{ ...cellBase, display: 'inline-block', lineHeight: '22px', background: markStyle[mark].bg, color: markStyle[mark].fg }}
          >
            {t(`attendance.calendar.letters.${mark}`)}
          </Box>
          <Text size="xs">{t(`attendance.marks.${mark}`)}</Text>
        </Group>
      ))}
      <Group gap={4} wrap="nowrap">
        <Box component="span" style={{ ...cellBase, display: 'inline-block' }} />
        <Text size="xs">{t('attendance.marks.none')}</Text>
      </Group>
    </Group>
  );
}

function MonthRow({ month }: { month: CalendarMonth }) {
  const { t } = useTranslation();
  const percent = month.daysOpen > 0 ? (month.daysPresent / month.daysOpen) * 100 : null;
  return (
    <Table.Tr>
      <Table.Th scope="row" style={{ whiteSpace: 'nowrap', fontWeight: 500 }}>
        <Text size="sm" fw={600}>
          {monthLabel(month.month, 'long')}
        </Text>
        <Text size="xs" c="dimmed" maw={180} truncate>
          {month.schoolName}
        </Text>
      </Table.Th>
      {days.map((day) => {
        const mark = month.marks[day - 1];
        if (mark === undefined) return <Table.Td key={day} style={{ ...cellBase, background: 'var(--mantine-color-gray-1)' }} />;
        const word = isShown(mark) ? t(`attendance.marks.${mark}`) : t('attendance.marks.none');
        return (
          <Table.Td
            key={day}
            title={`${formatNumber(day)}: ${word}`}
            style={isShown(mark) ? { ...cellBase, background: markStyle[mark].bg, color: markStyle[mark].fg } : cellBase}
          >
            {isShown(mark) ? t(`attendance.calendar.letters.${mark}`) : ''}
          </Table.Td>
        );
      })}
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {t('attendance.calendar.presentOfOpen', { present: daysText(month.daysPresent), open: formatNumber(month.daysOpen) })}
      </Table.Td>
      <Table.Td ta="right" fw={600}>
        {percentText(percent)}
      </Table.Td>
      <Table.Td ta="right">{formatNumber(month.longestAbsenceRun)}</Table.Td>
    </Table.Tr>
  );
}

/** A child's school attendance month by month, one cell per day, newest month first. */
export function AttendanceCalendar({ childId }: { childId: number }) {
  const { t } = useTranslation();
  const calendar = useChildCalendar(childId);
  const [all, setAll] = useState(false);
  const months = calendar.data?.months ?? [];
  const shown = all ? months : months.slice(0, MONTHS_SHOWN);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('attendance.calendar.title')}>
      <SectionTitle>{t('attendance.calendar.title')}</SectionTitle>
      {calendar.isError && (
        <Text size="sm" c="red">
          {errorText(t, calendar.error)}
        </Text>
      )}
      {calendar.data && months.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('attendance.calendar.empty')}
        </Text>
      )}
      {months.length > 0 && (
        <>
          <Legend />
          <Table.ScrollContainer minWidth={1000}>
            <Table fz="xs" verticalSpacing={0} horizontalSpacing={6} aria-label={t('attendance.calendar.table')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('attendance.calendar.month')}</Table.Th>
                  {days.map((day) => (
                    <Table.Th key={day} style={{ ...cellBase, border: 0, fontWeight: 500 }}>
                      {formatNumber(day)}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{t('attendance.calendar.present')}</Table.Th>
                  <Table.Th ta="right">%</Table.Th>
                  <Table.Th ta="right" title={t('attendance.calendar.longestHint')}>
                    {t('attendance.calendar.longest')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((month) => (
                  <MonthRow key={month.month} month={month} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {months.length > MONTHS_SHOWN && (
            <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll((a) => !a)}>
              {all
                ? t('attendance.calendar.showRecent')
                : t('attendance.calendar.showAll', { count: months.length, n: formatNumber(months.length) })}
            </Button>
          )}
        </>
      )}
    </Paper>
  );
}
