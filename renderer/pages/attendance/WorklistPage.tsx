import { Alert, Button, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { ExportButton } from '../../components/ExportButton';
import { ListHeader } from '../../components/ListHeader';
import { formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { AssignModal } from './AssignModal';
import { FollowUpModal } from './FollowUpModal';
import type { FlagRow, ReasonCode } from './labels';
import { useFlags } from './queries';
import { VisitListModal } from './VisitListModal';
import { flagFilters, isFiltered, noFilters, WorklistFilters, type WorklistFilterValues } from './WorklistFilters';
import { WorklistTable } from './WorklistTable';
import { useDeparturesByChild } from '../safetynet/worklistDepartures';

/**
 * The children the attendance registers flag as irregular, most urgent first: who they are, why
 * they are here, who visits them and what the last visit found.
 */
export function WorklistPage({ me, schoolId, reason }: { me: Me; schoolId?: number; reason?: ReasonCode }) {
  const { t } = useTranslation();
  const canWrite = can(me, 'worklist.write');
  const [filters, setFilters] = useState<WorklistFilterValues>({ ...noFilters, schoolId: schoolId ?? null, reason: reason ?? null });
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [assigning, setAssigning] = useState(false);
  const [visitList, setVisitList] = useState(false);
  const [visiting, setVisiting] = useState<FlagRow | null>(null);
  const params = useMemo(() => flagFilters(filters), [filters]);
  const flags = useFlags(params);
  const rows = useMemo(() => flags.data?.rows ?? [], [flags.data]);
  const total = flags.data?.total;
  const departures = useDeparturesByChild(rows, me);
  const filtered = isFiltered(filters);
  // Selection follows what is on screen: a child filtered out is no longer selected.
  const shownSelection = useMemo(() => new Set(rows.filter((r) => selected.has(r.childId)).map((r) => r.childId)), [rows, selected]);

  const select = (childIds: number[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const id of childIds) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  return (
    <Stack gap="sm" h="calc(100vh - 92px)">
      <ListHeader
        title={t('attendance.worklist.title')}
        countText={total === undefined ? null : t('attendance.worklist.total', { count: total, formatted: formatNumber(total) })}
        countTestId="worklist-total"
        clearLabel={t('attendance.worklist.clearFilters')}
        onClear={filtered ? () => setFilters(noFilters) : null}
      >
        {canWrite && (
          <Button disabled={shownSelection.size === 0} onClick={() => setAssigning(true)}>
            {shownSelection.size > 0
              ? t('attendance.worklist.assignN', { n: formatNumber(shownSelection.size) })
              : t('attendance.worklist.assign')}
          </Button>
        )}
        <Button variant="default" onClick={() => setVisitList(true)}>
          {t('attendance.worklist.visitList')}
        </Button>
        <ExportButton exportList={() => call('attendance.exportFlags', params)} />
      </ListHeader>

      <WorklistFilters filters={filters} canFilterByVolunteer={canWrite} onChange={(change) => setFilters((f) => ({ ...f, ...change }))} />

      {flags.isError && <Alert color="red">{errorText(t, flags.error)}</Alert>}

      <WorklistTable
        rows={rows}
        loading={flags.isPending}
        filtered={filtered}
        selected={shownSelection}
        onSelect={select}
        onRecordVisit={setVisiting}
        canWrite={canWrite}
        resetKey={JSON.stringify(params)}
        departureOf={(childId) => departures.get(childId)}
      />

      {assigning && (
        <AssignModal
          rows={rows.filter((r) => shownSelection.has(r.childId))}
          onClose={(done) => {
            setAssigning(false);
            if (done) setSelected(new Set());
          }}
        />
      )}
      {visiting && <FollowUpModal row={visiting} me={me} onClose={() => setVisiting(null)} />}
      {visitList && <VisitListModal volunteerId={filters.volunteerId} onClose={() => setVisitList(false)} />}
    </Stack>
  );
}
