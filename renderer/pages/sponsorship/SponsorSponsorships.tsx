import { Button, Paper, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { SectionTitle } from '../../components/SectionTitle';
import { Money } from './money';
import { monthLabel } from './months';
import type { EndReason, Purpose, SponsorshipStatus } from './labels';
import { SponsorshipStatusBadge } from './parts';
import { Link } from '../../components/Link';
import { SponsorshipFormModal } from './SponsorshipForm';
import { SponsorshipStatusModal } from './SponsorshipStatusModal';

/** A sponsorship as a list shows it; `other` is the child on a sponsor's page, the sponsor on a child's. */
export interface SponsorshipRow {
  id: number;
  other: { to: string; name: string; code: string };
  purpose: Purpose;
  monthlyPaise: number;
  startMonth: string;
  plannedEnd: string | null;
  plannedEndApproximate: boolean;
  status: SponsorshipStatus;
  statusReasonKind: EndReason | null;
  statusReason: string | null;
}

/** "Rina Khatun (BSH-C00012) — Education": a sponsorship named by the other party and its purpose. */
export function sponsorshipTitle(t: TFunction, s: SponsorshipRow): string {
  return `${s.other.name} (${s.other.code}) — ${t(`sponsorship.purposes.${s.purpose}`)}`;
}

function statusNote(t: TFunction, s: SponsorshipRow): string {
  if (s.status === 'ended' && s.statusReasonKind) {
    const why = t(`sponsorship.endReasons.${s.statusReasonKind}`);
    return s.statusReason ? `${why}: ${s.statusReason}` : why;
  }
  return s.statusReason ?? '';
}

/** The children a sponsor supports, or the sponsors of a child: either list of sponsorships, with status changes. */
export function SponsorshipsTable({
  rows,
  show,
  writes,
  label,
}: {
  rows: SponsorshipRow[];
  show: 'child' | 'sponsor';
  writes: boolean;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  const [changing, setChanging] = useState<SponsorshipRow | null>(null);
  return (
    <>
      <Table verticalSpacing={6} fz="sm" miw={820} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{show === 'child' ? t('sponsorship.sponsorships.child') : t('sponsorship.sponsorships.sponsor')}</Table.Th>
            <Table.Th>{t('sponsorship.sponsorships.purpose')}</Table.Th>
            <Table.Th ta="right">{t('sponsorship.sponsorships.monthly')}</Table.Th>
            <Table.Th>{t('sponsorship.sponsorships.start')}</Table.Th>
            <Table.Th>{t('sponsorship.sponsorships.plannedEnd')}</Table.Th>
            <Table.Th>{t('sponsorship.sponsorships.status')}</Table.Th>
            {writes && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Link to={s.other.to} fw={600}>
                  {s.other.name}
                </Link>
                <Text span ff="monospace" size="xs" c="dimmed" ml={6}>
                  {s.other.code}
                </Text>
              </Table.Td>
              <Table.Td>{t(`sponsorship.purposes.${s.purpose}`)}</Table.Td>
              <Table.Td ta="right">
                <Money paise={s.monthlyPaise} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{monthLabel(s.startMonth, lang)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {s.plannedEnd ? formatDate(s.plannedEnd) : t('common.none')}
                {s.plannedEnd && s.plannedEndApproximate && (
                  <Text span size="xs" c="dimmed" ml={4}>
                    {t('sponsorship.sponsorships.approximate')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <SponsorshipStatusBadge status={s.status} />
                {statusNote(t, s) && (
                  <Text size="xs" c="dimmed" mt={2} maw={240}>
                    {statusNote(t, s)}
                  </Text>
                )}
              </Table.Td>
              {writes && (
                <Table.Td ta="right">
                  {s.status !== 'ended' && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('sponsorship.sponsorships.changeStatusOf', { sponsorship: sponsorshipTitle(t, s) })}
                      onClick={() => setChanging(s)}
                    >
                      {t('sponsorship.sponsorships.changeStatus')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {changing && (
        <SponsorshipStatusModal
          sponsorship={{ id: changing.id, status: changing.status, title: sponsorshipTitle(t, changing) }}
          onClose={() => setChanging(null)}
        />
      )}
    </>
  );
}

/** The sponsor page's list of sponsorships, with "New sponsorship". */
export function SponsorSponsorships({ sponsorId, rows, writes }: { sponsorId: number; rows: SponsorshipRow[]; writes: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('sponsorship.sponsor.sponsorships')} style={{ overflowX: 'auto' }}>
      <SectionTitle
        right={
          writes && (
            <Button size="compact-sm" onClick={() => setAdding(true)}>
              {t('sponsorship.sponsor.newSponsorship')}
            </Button>
          )
        }
      >
        {t('sponsorship.sponsor.sponsorships')}
      </SectionTitle>
      {rows.length > 0 ? (
        <SponsorshipsTable rows={rows} show="child" writes={writes} label={t('sponsorship.sponsor.sponsorships')} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('sponsorship.sponsor.noSponsorships')}
        </Text>
      )}
      {adding && <SponsorshipFormModal sponsorId={sponsorId} onClose={() => setAdding(false)} />}
    </Paper>
  );
}
