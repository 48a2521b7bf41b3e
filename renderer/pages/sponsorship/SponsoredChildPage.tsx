import { Badge, Button, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { SectionTitle } from '../../components/SectionTitle';
import { isOneOf, accountCodes } from './labels';
import { Money } from './money';
import { monthLabel } from './months';
import { CodeBadge, Fact } from './parts';
import { Link } from '../../components/Link';
import { RecordHeader, RecordPage } from '../../components/RecordPage';
import { useSponsoredChild } from './queries';
import { SponsoredChildFormModal, type SponsoredChild } from './SponsoredChildForm';
import { PriorityBadge } from './SponsoredChildrenPage';
import { SponsorshipFormModal } from './SponsorshipForm';
import { SponsorshipsTable, type SponsorshipRow } from './SponsorSponsorships';

function Disbursements({ child }: { child: SponsoredChild }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  const rows = [...child.disbursements].reverse();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('sponsorship.child.disbursements')} style={{ overflowX: 'auto' }}>
      <SectionTitle
        right={
          <Text size="sm">
            {t('sponsorship.child.supportToDate')} <Money paise={child.supportToDatePaise} fw={700} />
          </Text>
        }
      >
        {t('sponsorship.child.disbursements')}
      </SectionTitle>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sponsorship.child.noDisbursements')}
        </Text>
      ) : (
        <Table verticalSpacing={6} fz="sm" miw={760} aria-label={t('sponsorship.child.disbursements')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sponsorship.child.month')}</Table.Th>
              <Table.Th>{t('sponsorship.child.paidOn')}</Table.Th>
              <Table.Th>{t('sponsorship.child.voucher')}</Table.Th>
              <Table.Th ta="right">{t('sponsorship.child.amount')}</Table.Th>
              <Table.Th>{t('sponsorship.child.mode')}</Table.Th>
              <Table.Th>{t('sponsorship.child.funding')}</Table.Th>
              <Table.Th>{t('sponsorship.child.account')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((d) => {
              const reversed = d.reversedBy !== null;
              return (
                <Table.Tr key={d.postingId} c={reversed ? 'dimmed' : undefined}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{monthLabel(d.month, lang)}</Table.Td>
                  <Table.Td>{formatDate(d.valueDate)}</Table.Td>
                  <Table.Td ff="monospace">{d.voucherNo}</Table.Td>
                  <Table.Td ta="right" td={reversed ? 'line-through' : undefined}>
                    <Money paise={d.amountPaise} />
                  </Table.Td>
                  <Table.Td>
                    {isOneOf(['cash', 'cheque', 'bank_transfer', 'upi', 'in_kind'] as const, d.mode)
                      ? t(`sponsorship.modes.${d.mode}`)
                      : ''}
                  </Table.Td>
                  <Table.Td>{t(`sponsorship.funding.${d.funding}`)}</Table.Td>
                  <Table.Td>
                    {isOneOf(accountCodes, d.account) ? t(`sponsorship.accounts.${d.account}`) : d.account}
                    {reversed && (
                      <Badge ml={6} color="gray" variant="light" radius="sm" tt="none">
                        {t('sponsorship.payments.reversed')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

type Dialog = 'edit' | 'sponsorship' | null;

/** A sponsored child's family: guardian, how they are paid, the sponsors, and every month's support. */
export function SponsoredChildPage({ id, me }: { id: number; me: Me }) {
  const { t } = useTranslation();
  const child = useSponsoredChild(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const writes = can(me, 'sponsorship.write');

  return (
    <RecordPage
      query={child}
      back={{ to: '/sponsorship/children', label: t('sponsorship.child.back') }}
      maw={1300}
      notFound={t('sponsorship.child.notFound')}
    >
      {(c) => {
        const rows: SponsorshipRow[] = c.sponsorships.map((s) => ({
          ...s,
          other: { to: `/sponsorship/sponsors/${s.sponsorId}`, name: s.sponsorName, code: s.sponsorCode },
        }));
        const payout =
          c.payoutMethod === 'bank'
            ? [c.bankName, c.accountNumber, c.ifsc].filter(Boolean).join(' · ')
            : t('sponsorship.payoutMethods.cash');

        return (
          <>
            <RecordHeader
              title={c.name}
              badges={
                <>
                  <CodeBadge code={c.childCode} />
                  <PriorityBadge priority={c.priority} />
                  <Badge
                    variant="light"
                    color={c.status === 'supported' ? 'teal' : c.status === 'waiting' ? 'orange' : 'gray'}
                    radius="sm"
                    tt="none"
                  >
                    {t(`sponsorship.childStatuses.${c.status}`)}
                  </Badge>
                </>
              }
              about={
                <Text size="sm" c="dimmed">
                  {[
                    c.age === null ? null : t('register.years', { count: c.age, formatted: formatNumber(c.age) }),
                    c.village,
                    c.plannedEnd
                      ? t(c.plannedEnd.approximate ? 'sponsorship.child.turns18Approx' : 'sponsorship.child.turns18', {
                          date: formatDate(c.plannedEnd.date),
                        })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              }
              actions={
                <>
                  <Link to={`/children/${c.childId}`}>{t('sponsorship.child.registerPage')}</Link>
                  {writes && (
                    <>
                      <Button variant="default" onClick={() => setDialog('edit')}>
                        {t('common.edit')}
                      </Button>
                      {c.status !== 'left' && (
                        <Button onClick={() => setDialog('sponsorship')}>{t('sponsorship.child.findSponsor')}</Button>
                      )}
                    </>
                  )}
                </>
              }
            />

            <Paper withBorder p="md" component="section" aria-label={t('sponsorship.child.family')}>
              <SectionTitle>{t('sponsorship.child.family')}</SectionTitle>
              <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
                <Fact label={t('sponsorship.childForm.guardianName')}>{`${c.guardianName} (${c.guardianRelation})`}</Fact>
                <Fact label={t('sponsorship.childForm.payoutMethod')}>{payout}</Fact>
                <Fact label={t('sponsorship.childForm.monthlySupport')}>
                  <Money paise={c.monthlySupportPaise} />
                </Fact>
                <Fact label={t('sponsorship.child.missionVatsalya')}>{c.missionVatsalya ? t('common.yes') : t('common.no')}</Fact>
                <Fact label={t('sponsorship.child.consent')}>
                  {[
                    c.photoConsent ? t('sponsorship.child.photoYes') : t('sponsorship.child.photoNo'),
                    c.storyConsent ? t('sponsorship.child.storyYes') : t('sponsorship.child.storyNo'),
                  ].join(' · ')}
                </Fact>
                <Fact label={t('sponsorship.childForm.progressNote')} wide>
                  {c.progressNote}
                </Fact>
              </SimpleGrid>
            </Paper>

            <Paper withBorder p="md" component="section" aria-label={t('sponsorship.child.sponsors')} style={{ overflowX: 'auto' }}>
              <SectionTitle>{t('sponsorship.child.sponsors')}</SectionTitle>
              {rows.length > 0 ? (
                <SponsorshipsTable rows={rows} show="sponsor" writes={writes} label={t('sponsorship.child.sponsors')} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('sponsorship.child.noSponsors')}
                </Text>
              )}
            </Paper>

            <Disbursements child={c} />

            {dialog === 'edit' && <SponsoredChildFormModal existing={c} onClose={() => setDialog(null)} />}
            {dialog === 'sponsorship' && <SponsorshipFormModal sponsoredChildId={c.id} onClose={() => setDialog(null)} />}
          </>
        );
      }}
    </RecordPage>
  );
}
