import { Alert, Button, Paper, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { SectionTitle } from '../../components/SectionTitle';
import { Money } from './money';
import { monthLabel } from './months';
import { CodeBadge, Fact, FcraBadge } from './parts';
import { RecordHeader, RecordPage } from '../../components/RecordPage';
import { useSponsor } from './queries';
import { ReceivePaymentModal } from './ReceivePaymentModal';
import { SponsorFormModal } from './SponsorForm';
import { SponsorPayments } from './SponsorPayments';
import { SponsorSponsorships, sponsorshipTitle, type SponsorshipRow } from './SponsorSponsorships';
import { StatementModal } from './StatementModal';

type Dialog = 'edit' | 'receive' | 'statement' | null;

/** A sponsor: who they are, the children they support, what they paid, what they owe, and their statement. */
export function SponsorPage({ id, me }: { id: number; me: Me }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  const sponsor = useSponsor(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const writes = can(me, 'sponsorship.write');

  return (
    <RecordPage
      query={sponsor}
      back={{ to: '/sponsorship/sponsors', label: t('sponsorship.sponsor.back') }}
      maw={1300}
      notFound={t('sponsorship.sponsor.notFound')}
    >
      {(s) => {
        const rows: SponsorshipRow[] = s.sponsorships.map((x) => ({
          ...x,
          other: { to: `/sponsorship/children/${x.sponsoredChildId}`, name: x.childName, code: x.childCode },
        }));
        const live = rows.filter((x) => x.status !== 'ended');
        const taxId = s.taxId ? `${s.taxIdType ? t(`sponsorship.taxIdTypes.${s.taxIdType}`) : ''} ${s.taxId}`.trim() : '';
        const correspondent = [s.correspondentName, s.correspondentPhone, s.correspondentEmail].filter(Boolean).join(' · ');
        return (
          <>
            <RecordHeader
              title={s.name}
              badges={
                <>
                  <CodeBadge code={s.code} />
                  <FcraBadge citizenship={s.citizenship} />
                </>
              }
              about={
                <Text size="sm" c="dimmed">
                  {t(`sponsorship.sponsorKinds.${s.kind}`)} · {t(`sponsorship.citizenships.${s.citizenship}`)}
                  {s.passportCountry ? ` (${s.passportCountry})` : ''}
                </Text>
              }
              actions={
                <>
                  <Button variant="default" onClick={() => setDialog('statement')}>
                    {t('sponsorship.sponsor.statement')}
                  </Button>
                  {writes && (
                    <>
                      <Button variant="default" onClick={() => setDialog('edit')}>
                        {t('common.edit')}
                      </Button>
                      <Button onClick={() => setDialog('receive')}>{t('sponsorship.sponsor.receive')}</Button>
                    </>
                  )}
                </>
              }
            />

            {s.arrears.arrearsPaise > 0 ? (
              <Alert
                color={s.arrears.state === 'past_due' ? 'orange' : 'red'}
                variant="light"
                title={s.arrears.state ? t(`sponsorship.arrearsStates.${s.arrears.state}`) : t('sponsorship.sponsor.inArrears')}
              >
                <Text size="sm">
                  {t('sponsorship.sponsor.owes')} <Money paise={s.arrears.arrearsPaise} fw={700} data-testid="sponsor-arrears" />
                  {s.arrears.oldestUnpaidMonth &&
                    ` · ${t('sponsorship.sponsor.oldestUnpaid', { month: monthLabel(s.arrears.oldestUnpaidMonth, lang), count: s.arrears.monthsMissed })}`}
                </Text>
              </Alert>
            ) : (
              <Text size="sm" c="teal" fw={500}>
                {t('sponsorship.sponsor.upToDate')}
              </Text>
            )}

            <Paper withBorder p="md" component="section" aria-label={t('sponsorship.sponsor.details')}>
              <SectionTitle>{t('sponsorship.sponsor.details')}</SectionTitle>
              <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
                <Fact label={t('sponsorship.sponsorForm.phone')}>{s.phone}</Fact>
                <Fact label={t('sponsorship.sponsorForm.email')}>{s.email}</Fact>
                <Fact label={t('sponsorship.sponsor.taxId')}>{taxId}</Fact>
                <Fact label={t('sponsorship.sponsor.receipts80g')}>{s.wants80g ? t('common.yes') : t('common.no')}</Fact>
                <Fact label={t('sponsorship.sponsorForm.address')} wide>
                  {s.address}
                </Fact>
                <Fact label={t('sponsorship.sponsor.correspondent')}>{correspondent}</Fact>
                <Fact label={t('sponsorship.sponsor.activeSponsorships')}>
                  {formatNumber(live.filter((x) => x.status === 'active').length)}
                </Fact>
                <Fact label={t('sponsorship.sponsorForm.notes')} wide>
                  {s.notes}
                </Fact>
              </SimpleGrid>
            </Paper>

            <SponsorSponsorships sponsorId={s.id} rows={rows} writes={writes} />
            <SponsorPayments receipts={s.receipts} />

            {dialog === 'edit' && <SponsorFormModal opened sponsor={s} onClose={() => setDialog(null)} />}
            {dialog === 'statement' && <StatementModal sponsor={s} onClose={() => setDialog(null)} />}
            {dialog === 'receive' && (
              <ReceivePaymentModal
                payer={s}
                sponsorships={live.map((x) => ({ id: x.id, label: sponsorshipTitle(t, x) }))}
                onClose={() => setDialog(null)}
              />
            )}
          </>
        );
      }}
    </RecordPage>
  );
}
