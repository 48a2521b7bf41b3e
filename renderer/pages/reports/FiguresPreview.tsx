import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { formatRupees } from '../../../electron/shared/money';
import { caseloadStatuses, withheldFigures } from '../../../electron/shared/monthlyReport';
import { formatNumber } from '../../format';

type Figures = ApiResult<'reports.monthlyFigures'>['figures'];
type Printed = number | 'lt5' | 'hidden';

function FigureTable({ caption, rows }: { caption: string; rows: [string, string | number][] }) {
  const { t } = useTranslation();
  return (
    <Table fz="sm" verticalSpacing={4} striped aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('monthlyReport.words.figure')}</Table.Th>
          <Table.Th ta="right">{t('monthlyReport.words.count')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" fw={500}>
              {label}
            </Table.Th>
            <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {typeof value === 'number' ? formatNumber(value) : value}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Section({ number, title, children }: { number: number; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h4" mb="xs">
        {formatNumber(number)}. {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The month's figures on screen, section by section, as the PDF will print them. */
export function FiguresPreview({ figures }: { figures: Figures }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  const g = figures.atAGlance;
  const printed = (c: Printed) => (c === 'lt5' ? `< ${formatNumber(5)}` : c === 'hidden' ? '×' : formatNumber(c));
  // What the PDF prints "×" the preview shows "×": a figure withheld to protect a village's small counts.
  const withheld = withheldFigures(figures);
  const shown = (key: string, value: number): string | number => (withheld.has(key) ? '×' : value);
  const printedStatus = (st: (typeof caseloadStatuses)[number]) => !withheld.has(`status.${st}`);
  const glanceHidden = ['casesOpened', 'status.closed', 'casesActive', 'marriagesAverted', 'childrenFlagged'].some((k) => withheld.has(k));
  const s = figures.sponsorship;
  const w = figures.schoolWarning;
  const m = figures.migration;
  const c = figures.committees;
  const a = figures.awareness;
  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
      <Section number={1} title={t('monthlyReport.sections.atAGlance')}>
        <FigureTable
          caption={t('monthlyReport.sections.atAGlance')}
          rows={[
            [t('monthlyReport.glance.casesOpened'), shown('casesOpened', g.casesOpened)],
            [t('monthlyReport.glance.casesClosed'), shown('status.closed', g.casesClosed)],
            [t('monthlyReport.glance.casesActive'), shown('casesActive', g.casesActive)],
            [t('monthlyReport.glance.marriagesAverted'), shown('marriagesAverted', g.marriagesAverted)],
            [t('monthlyReport.glance.childrenFromLabour'), g.childrenFromLabour],
            [t('monthlyReport.glance.childrenBeforeCwc'), g.childrenBeforeCwc],
            [t('monthlyReport.glance.childrenInSponsorship'), g.childrenInSponsorship],
            [
              t('monthlyReport.glance.cpcMeetings'),
              t('monthlyReport.glance.cpcMeetingsValue', { held: formatNumber(g.cpcMeetingsHeld), due: formatNumber(g.cpcMeetingsDue) }),
            ],
            [t('monthlyReport.glance.childrenFlagged'), shown('childrenFlagged', g.childrenFlagged)],
          ]}
        />
        {glanceHidden && (
          <Text size="xs" c="dimmed">
            {t('monthlyReport.pdf.lt5')}
          </Text>
        )}
      </Section>
      <Section number={2} title={t('monthlyReport.sections.caseload')}>
        <Table fz="sm" verticalSpacing={4} aria-label={t('monthlyReport.figures.casesInMonth')} style={{ overflowX: 'auto' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('monthlyReport.words.caseType')}</Table.Th>
              {caseloadStatuses.map((st) => (
                <Table.Th key={st} ta="right">
                  {t(`monthlyReport.statuses.${st}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.caseload.byType
              .filter((r) => caseloadStatuses.some((st) => printedStatus(st) && r[st] > 0))
              .map((r) => (
                <Table.Tr key={r.type}>
                  <Table.Th scope="row" fw={500}>
                    {t(`cases.types.${r.type}`)}
                  </Table.Th>
                  {caseloadStatuses.map((st) => (
                    <Table.Td key={st} ta="right">
                      {printed(withheld.has(`status.${st}`) ? 'hidden' : r[st])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            <Table.Tr>
              <Table.Th scope="row">{t('monthlyReport.words.total')}</Table.Th>
              {caseloadStatuses.map((st) => (
                <Table.Td key={st} ta="right" fw={700}>
                  {printed(withheld.has(`status.${st}`) ? 'hidden' : figures.caseload.totals[st])}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Title order={3} size="h5" mt="sm">
          {t('monthlyReport.words.village')}
        </Title>
        <Table fz="sm" verticalSpacing={4} aria-label={`${t('monthlyReport.figures.casesInMonth')} · ${t('monthlyReport.words.village')}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('monthlyReport.words.village')}</Table.Th>
              {caseloadStatuses.map((st) => (
                <Table.Th key={st} ta="right">
                  {t(`monthlyReport.statuses.${st}`)}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('monthlyReport.words.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.caseload.byVillage.rows.map((r) => (
              <Table.Tr key={r.village}>
                <Table.Th scope="row" fw={500}>
                  {r.village || t('monthlyReport.words.noVillage')}
                </Table.Th>
                {r.cells.map((cell, i) => (
                  <Table.Td key={i} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {printed(cell)}
                  </Table.Td>
                ))}
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {printed(r.total)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          {t('monthlyReport.pdf.lt5')}
        </Text>
      </Section>
      <Section number={3} title={t('monthlyReport.sections.childMarriage')}>
        <FigureTable
          caption={t('monthlyReport.sections.childMarriage')}
          rows={[
            [t('monthlyReport.figures.stopped'), shown('marriagesAverted', figures.childMarriage.stopped)],
            [t('monthlyReport.figures.safetynet'), figures.childMarriage.safetynetAlerts],
            [t('monthlyReport.figures.beforeCwc'), figures.childMarriage.beforeCwc],
            [t('monthlyReport.figures.firs'), figures.childMarriage.firs],
            [t('monthlyReport.figures.underAge'), figures.childMarriage.pcma.underAge],
          ]}
        />
      </Section>
      <Section number={4} title={t('monthlyReport.sections.referrals')}>
        <FigureTable
          caption={t('monthlyReport.sections.referrals')}
          rows={[
            [t('monthlyReport.figures.referralsMade'), figures.referrals.madeTotal],
            [t('monthlyReport.figures.receivedChildline'), figures.referrals.receivedFrom.childline],
            [t('monthlyReport.figures.receivedPolice'), figures.referrals.receivedFrom.police],
            [t('monthlyReport.figures.pendingOver30'), figures.referrals.pendingOver30Days],
          ]}
        />
      </Section>
      <Section number={5} title={t('monthlyReport.sections.sponsorship')}>
        <FigureTable
          caption={t('monthlyReport.sections.sponsorship')}
          rows={[
            [t('monthlyReport.figures.childrenSupported'), s.childrenSupported],
            [t('monthlyReport.figures.familiesPaid'), s.familiesPaid],
            [t('monthlyReport.figures.paid'), formatRupees(s.paidPaise, lang)],
            [t('monthlyReport.figures.sponsorsInArrears'), s.sponsorsInArrears],
            [t('monthlyReport.figures.arrears'), formatRupees(s.arrearsPaise, lang)],
            [t('monthlyReport.figures.absentOver30'), s.absentOver30Days],
          ]}
        />
      </Section>
      <Section number={6} title={t('monthlyReport.sections.schoolWarning')}>
        <FigureTable
          caption={t('monthlyReport.sections.schoolWarning')}
          rows={[
            [
              t('monthlyReport.figures.registers'),
              t('monthlyReport.figures.registersValue', {
                imported: formatNumber(w.registersImported),
                expected: formatNumber(w.registersExpected),
              }),
            ],
            [t('monthlyReport.figures.childrenTracked'), w.childrenTracked],
            [t('monthlyReport.figures.childrenFlagged'), shown('childrenFlagged', w.childrenFlagged)],
            [t('monthlyReport.figures.absent30'), w.absent30Days],
            [t('monthlyReport.figures.visits'), w.visitsTotal],
            [t('monthlyReport.figures.backInSchool'), w.backInSchool],
          ]}
        />
      </Section>
      <Section number={7} title={t('monthlyReport.sections.migration')}>
        <FigureTable
          caption={t('monthlyReport.sections.migration')}
          rows={[
            [t('monthlyReport.figures.departures'), m.departures],
            [t('monthlyReport.figures.minors'), m.minors],
            [`${t('monthlyReport.words.level')}: ${t('monthlyReport.departureLevels.high')}`, m.byLevel.high],
            [t('monthlyReport.figures.checkInsOverdue'), m.checkInsOverdue],
            [t('monthlyReport.figures.returned'), m.returned],
            [t('monthlyReport.figures.missing'), m.missing],
          ]}
        />
      </Section>
      <Section number={8} title={t('monthlyReport.sections.committees')}>
        <FigureTable
          caption={t('monthlyReport.sections.committees')}
          rows={[
            [
              t('monthlyReport.words.dueHeld'),
              t('monthlyReport.glance.cpcMeetingsValue', { held: formatNumber(c.dueHeld), due: formatNumber(c.due) }),
            ],
            [t('monthlyReport.words.held'), c.held],
            [t('monthlyReport.figures.actionPointsDone'), c.actionPointsDone],
            [t('monthlyReport.figures.actionPointsOpen'), c.actionPointsOpen],
          ]}
        />
      </Section>
      <Section number={9} title={t('monthlyReport.sections.awareness')}>
        <FigureTable
          caption={t('monthlyReport.sections.awareness')}
          rows={[
            [t('monthlyReport.words.activities'), a.activitiesHeld],
            [t('monthlyReport.words.participants'), a.participantsBySex.total],
            [t('monthlyReport.figures.womenTrained'), a.communityWomenTrained],
            [t('monthlyReport.figures.villagesReached'), a.villagesReached],
          ]}
        />
      </Section>
    </SimpleGrid>
  );
}
