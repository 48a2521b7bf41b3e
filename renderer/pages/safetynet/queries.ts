import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';

export type DepartureFilters = ApiInput<'migrations.list'>;
export type WorklistFilters = ApiInput<'migrations.worklist'>;
export type Departure = ApiResult<'migrations.get'>;
export type DepartureRow = ApiResult<'migrations.list'>['rows'][number];

/**
 * Query keys of SafetyNet. A departure, check-in, return or override changes the register, the
 * worklist, an agent's page and the month's report alike, so a write invalidates `all`.
 */
export const safetynetKeys = {
  all: ['safetynet'] as const,
  list: (filters: DepartureFilters) => [...safetynetKeys.all, 'list', filters] as const,
  departure: (id: number) => [...safetynetKeys.all, 'departure', id] as const,
  worklist: (filters: WorklistFilters) => [...safetynetKeys.all, 'worklist', filters] as const,
  gone: (filters: ApiInput<'migrations.goneWithNoReport'>) => [...safetynetKeys.all, 'gone', filters] as const,
  agents: (q: string) => [...safetynetKeys.all, 'agents', q] as const,
  agent: (id: number) => [...safetynetKeys.all, 'agent', id] as const,
  points: ['safetynet', 'points'] as const,
  places: ['safetynet', 'places'] as const,
  report: (input: ApiInput<'migrations.monthReport'>) => [...safetynetKeys.all, 'report', input] as const,
  ofChildren: (childIds: number[]) => [...safetynetKeys.all, 'ofChildren', childIds] as const,
};

export function useDepartures(filters: DepartureFilters) {
  return useQuery({
    queryKey: safetynetKeys.list(filters),
    queryFn: () => call('migrations.list', filters),
    placeholderData: keepPreviousData,
  });
}

export function useDeparture(id: number) {
  return useQuery({ queryKey: safetynetKeys.departure(id), queryFn: () => call('migrations.get', { id }) });
}

export function useReportingPoints() {
  return useQuery({ queryKey: safetynetKeys.points, queryFn: () => call('reportingPoints.list', {}) });
}

export function useAgents(q = '') {
  return useQuery({
    queryKey: safetynetKeys.agents(q),
    queryFn: () => call('agents.list', q ? { q } : {}),
    placeholderData: keepPreviousData,
  });
}

export function usePlaces() {
  return useQuery({ queryKey: safetynetKeys.places, queryFn: () => call('migrations.places', {}) });
}

/** The latest departure of each child of a list, when the user may see SafetyNet at all. */
export function useDeparturesOfChildren(childIds: number[], enabled: boolean) {
  return useQuery({
    queryKey: safetynetKeys.ofChildren(childIds),
    queryFn: () => call('migrations.ofChildren', { childIds }),
    enabled: enabled && childIds.length > 0,
    placeholderData: keepPreviousData,
  });
}
