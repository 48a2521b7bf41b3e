import { Alert, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { ExportButton } from '../../components/ExportButton';
import { ListHeader } from '../../components/ListHeader';
import { formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { PointsTable } from './PointsTable';
import { useActionPoints } from './queries';

type Status = NonNullable<ApiInput<'actionPoints.list'>['status']>;

/** Action points across committees; by default the open ones past their date. */
export function ActionPointsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('overdue');
  const points = useActionPoints({ status });
  const rows = points.data ?? [];
  return (
    <Stack gap="sm">
      <ListHeader
        title={t('community.points.title')}
        countText={points.data ? t('community.points.count', { count: rows.length, formatted: formatNumber(rows.length) }) : null}
        countTestId="points-total"
        clearLabel={t('community.clearFilters')}
        onClear={null}
      >
        <ExportButton exportList={() => call('actionPoints.export', { status })} />
      </ListHeader>
      <SegmentedControl
        w="fit-content"
        value={status}
        onChange={(v) => setStatus(v as Status)}
        data={(['overdue', 'open', 'done', 'dropped'] as const).map((s) => ({ value: s, label: t(`community.points.filter.${s}`) }))}
      />
      {points.isError && <Alert color="red">{errorText(t, points.error)}</Alert>}
      <PointsTable
        points={rows}
        writable={can(me, 'community.write')}
        showCommittee
        label={t('community.points.table')}
        empty={t('community.points.empty')}
      />
    </Stack>
  );
}
