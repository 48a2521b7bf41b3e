import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { formatMonthName, localDigits } from '../../format';
import { monthLabel, percentText } from './labels';

type TrendMonth = ApiResult<'attendance.schoolTrend'>['months'][number];

const HEIGHT = 250;
const TOP = 22;
const BOTTOM = 36;
const LEFT = 40;
const BAR_SLOT = 52;
const gridLines = [0, 25, 50, 75, 100];

const monthName = (month: string) => formatMonthName(month);
const yearOf = (month: string) => localDigits(month.slice(0, 4));

/**
 * A school's average attendance month by month as plain SVG bars (oldest on the left). Each bar
 * carries its number, so the chart reads in print; the table under it has the same figures.
 */
export function SchoolTrendChart({ months }: { months: TrendMonth[] }) {
  const { t } = useTranslation();
  const ordered = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const width = LEFT + ordered.length * BAR_SLOT + 10;
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (percent: number) => TOP + plot - (Math.max(0, Math.min(100, percent)) / 100) * plot;
  // With many months, every label would collide: label every second or third month.
  const labelEvery = ordered.length > 24 ? 3 : ordered.length > 12 ? 2 : 1;
  return (
    <Box style={{ overflowX: 'auto' }}>
      <svg
        role="img"
        aria-label={t('attendance.schoolPage.chartLabel')}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={width}
        height={HEIGHT}
        style={{ display: 'block', fontFamily: 'inherit' }}
      >
        {gridLines.map((g) => (
          <g key={g}>
            <line
              x1={LEFT}
              x2={width - 5}
              y1={y(g)}
              y2={y(g)}
              stroke="var(--mantine-color-gray-3)"
              strokeDasharray={g === 0 ? undefined : '3 3'}
            />
            <text x={LEFT - 6} y={y(g) + 4} fontSize={11} textAnchor="end" fill="var(--mantine-color-gray-7)">
              {percentText(g)}
            </text>
          </g>
        ))}
        {ordered.map((m, i) => {
          const x = LEFT + i * BAR_SLOT + 6;
          const barWidth = BAR_SLOT - 12;
          // A month whose school was never open has no average: its place stays empty.
          const top = y(m.averagePercent ?? 0);
          return (
            <g key={m.month}>
              <title>{`${monthLabel(m.month, 'long')}: ${percentText(m.averagePercent)}`}</title>
              <rect x={x} y={top} width={barWidth} height={TOP + plot - top} fill="var(--mantine-color-teal-6)" rx={2} />
              <text x={x + barWidth / 2} y={top - 4} fontSize={11} textAnchor="middle" fill="var(--mantine-color-gray-9)">
                {percentText(m.averagePercent)}
              </text>
              {i % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={HEIGHT - BOTTOM + 14} fontSize={11} textAnchor="middle" fill="var(--mantine-color-gray-7)">
                  {monthName(m.month)}
                  <tspan x={x + barWidth / 2} dy={12}>
                    {m.month.slice(0, 4) === ordered[i - labelEvery]?.month.slice(0, 4) ? '' : yearOf(m.month)}
                  </tspan>
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </Box>
  );
}
