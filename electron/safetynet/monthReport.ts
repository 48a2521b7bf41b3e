import { and, desc, eq, like } from 'drizzle-orm';
import { z } from 'zod';
import { departures } from '../db/schema';
import type { AuthedCtx } from '../api/types';
import { monthPattern } from '../shared/periods';
import { migrationPurposes, type MigrationPurpose } from '../shared/safetynetVocabulary';
import { listedDeparture, listQuery } from './departureList';
import { explainFlags } from './flagText';
import { safetynetWorklist } from './worklist';

export const monthReportInput = z.object({
  month: z.string().regex(monthPattern, 'errors.month'),
  gramPanchayat: z.string().trim().max(200).optional(),
});

export const ageBands = ['under14', 'from14to17', 'from18to24', 'from25', 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];

export function ageBandOf(age: number | null): AgeBand {
  if (age === null) return 'unknown';
  if (age < 14) return 'under14';
  if (age < 18) return 'from14to17';
  if (age < 25) return 'from18to24';
  return 'from25';
}

export interface MonthDepartures {
  total: number;
  byPurpose: Record<MigrationPurpose, number>;
  byState: { state: string; count: number }[];
  bySex: { female: number; male: number; other: number };
  byAgeBand: Record<AgeBand, number>;
}

/** Departures counted by purpose, sex, age band on leaving and destination state (most left for first). */
export function departureCounts(
  rows: readonly { purpose: MigrationPurpose; sex: 'female' | 'male' | 'other'; age: number | null; destState: string }[],
): MonthDepartures {
  const byPurpose = Object.fromEntries(migrationPurposes.map((p) => [p, 0])) as Record<MigrationPurpose, number>;
  const bySex = { female: 0, male: 0, other: 0 };
  const byAgeBand = Object.fromEntries(ageBands.map((b) => [b, 0])) as Record<AgeBand, number>;
  const states = new Map<string, number>();
  for (const r of rows) {
    byPurpose[r.purpose]++;
    bySex[r.sex]++;
    byAgeBand[ageBandOf(r.age)]++;
    states.set(r.destState, (states.get(r.destState) ?? 0) + 1);
  }
  return {
    total: rows.length,
    byPurpose,
    bySex,
    byAgeBand,
    byState: [...states.entries()]
      .map(([state, count]) => ({ state, count }))
      .sort((a, b) => b.count - a.count || a.state.localeCompare(b.state)),
  };
}

/**
 * The month's SafetyNet report: who left by purpose, destination state, sex and age band; the
 * departures with red flags and why; who is overdue a check-in now; and the agents who arranged them.
 */
export function monthReport(ctx: AuthedCtx, input: z.output<typeof monthReportInput>) {
  const where = and(
    like(departures.leftOn, `${input.month}-%`),
    input.gramPanchayat ? eq(departures.gramPanchayat, input.gramPanchayat) : undefined,
  );
  const raw = listQuery(ctx, where).orderBy(desc(departures.leftOn), desc(departures.id)).all();
  const rows = raw.map((r) => ({
    ...listedDeparture(ctx, r),
    flags: explainFlags(ctx.session.language, r.d.flagsJson),
    agentId: r.d.agentId,
  }));
  const agents = new Map<string, { agentId: number | null; name: string; departures: number; minors: number; high: number }>();
  for (const r of rows) {
    if (r.agent) {
      const key = r.agentId !== null ? `id:${r.agentId}` : `name:${r.agent}`;
      const entry = agents.get(key) ?? { agentId: r.agentId, name: r.agent, departures: 0, minors: 0, high: 0 };
      entry.departures++;
      if (r.age !== null && r.age < 18) entry.minors++;
      if (r.level === 'high') entry.high++;
      agents.set(key, entry);
    }
  }
  return {
    month: input.month,
    gramPanchayat: input.gramPanchayat ?? null,
    ...departureCounts(rows),
    redFlags: rows.filter((r) => r.flags.length > 0).sort((a, b) => b.score - a.score),
    overdue: safetynetWorklist(ctx, { status: 'overdue', ...(input.gramPanchayat ? { gramPanchayat: input.gramPanchayat } : {}) }),
    agents: [...agents.values()].sort((a, b) => b.high - a.high || b.departures - a.departures || a.name.localeCompare(b.name)),
    departures: rows,
  };
}

export type MonthReport = ReturnType<typeof monthReport>;
