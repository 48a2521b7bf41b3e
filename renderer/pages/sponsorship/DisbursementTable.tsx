import { Checkbox, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { Draft, RowErrors } from './disbursementDrafts';
import { DraftRow, ROW_HEIGHT, StatusRow } from './DisbursementRow';
import type { Family } from './labels';
import { sponsorshipKeys, useSponsors } from './queries';

/** Which sponsorships are funded by a foreign source: their money goes out only from an FCRA account. */
export function useForeignSponsorships(): Set<number> {
  const sponsors = useSponsors('');
  const ships = useQuery({ queryKey: sponsorshipKeys.allSponsorships(), queryFn: () => call('sponsorships.list', {}) });
  return useMemo(() => {
    const foreign = new Set((sponsors.data ?? []).filter((s) => s.foreignSource).map((s) => s.id));
    return new Set((ships.data ?? []).filter((s) => foreign.has(s.sponsorId)).map((s) => s.id));
  }, [sponsors.data, ships.data]);
}

export function BatchTable({
  families,
  drafts,
  errors,
  foreign,
  onChange,
  onSelectAll,
}: {
  families: Family[];
  drafts: Map<number, Draft>;
  errors: Map<number, RowErrors>;
  foreign: Set<number>;
  onChange: (id: number, patch: Partial<Draft>) => void;
  onSelectAll: (selected: boolean) => void;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // A block has up to a thousand families: only the rows in view are drawn.
  const virtualizer = useVirtualizer({
    count: families.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const unpaid = families.filter((f) => f.state !== 'paid');
  const selectedCount = unpaid.filter((f) => drafts.get(f.sponsoredChildId)?.selected).length;

  return (
    <div ref={scrollRef} style={{ maxHeight: 'calc(100vh - 300px)', overflow: 'auto' }}>
      <Table verticalSpacing={6} horizontalSpacing="xs" fz="sm" miw={1040} stickyHeader aria-label={t('sponsorship.pay.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('sponsorship.pay.selectAll')}
                checked={unpaid.length > 0 && selectedCount === unpaid.length}
                indeterminate={selectedCount > 0 && selectedCount < unpaid.length}
                disabled={unpaid.length === 0 || drafts.size === 0}
                onChange={(e) => onSelectAll(e.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th>{t('sponsorship.pay.child')}</Table.Th>
            <Table.Th>{t('sponsorship.pay.amount')}</Table.Th>
            <Table.Th>{t('sponsorship.pay.mode')}</Table.Th>
            <Table.Th>{t('sponsorship.pay.account')}</Table.Th>
            <Table.Th>{t('sponsorship.pay.details')}</Table.Th>
            <Table.Th>{t('sponsorship.pay.proof')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && (
            <tr>
              <td colSpan={7} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const family = families[item.index];
            if (!family) return null;
            const draft = drafts.get(family.sponsoredChildId);
            if (family.state === 'paid' || !draft) return <StatusRow key={family.sponsoredChildId} family={family} />;
            return (
              <DraftRow
                key={family.sponsoredChildId}
                family={family}
                draft={draft}
                errors={errors.get(family.sponsoredChildId)}
                foreignSponsor={family.sponsorshipId !== null && foreign.has(family.sponsorshipId)}
                onChange={onChange}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr>
              <td colSpan={7} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
