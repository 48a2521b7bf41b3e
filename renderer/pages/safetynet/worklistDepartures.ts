import { useMemo } from 'react';
import { can, type Me } from '../../session';
import { useDeparturesOfChildren } from './queries';

export interface WorklistDeparture {
  id: number;
  leftOn: string;
  returnedOn: string | null;
}

/** The latest departure of each child on the attendance worklist, for users who may see SafetyNet. */
export function useDeparturesByChild(rows: readonly { childId: number }[], me: Me): Map<number, WorklistDeparture> {
  // The API answers for at most 5,000 children at once; the worklist's first rows are the most urgent.
  const childIds = useMemo(() => rows.slice(0, 5000).map((r) => r.childId), [rows]);
  const found = useDeparturesOfChildren(childIds, can(me, 'safetynet.read'));
  return useMemo(() => new Map((found.data ?? []).map((d) => [d.childId ?? 0, d])), [found.data]);
}
