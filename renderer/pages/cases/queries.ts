import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApiInput } from '../../../electron/api/contract';
import { call } from '../../api/client';

export type CaseListParams = Omit<ApiInput<'cases.list'>, 'limit' | 'offset'>;

/** Query keys of case files: invalidate `casesKeys.all` after any write to a case. */
export const casesKeys = {
  all: ['cases'] as const,
  list: (params: CaseListParams, page: number) => [...casesKeys.all, 'list', params, page] as const,
  detail: (id: number) => [...casesKeys.all, 'detail', id] as const,
  firs: (caseId: number) => [...casesKeys.all, 'firs', caseId] as const,
  workers: () => [...casesKeys.all, 'workers'] as const,
  forChild: (childId: number) => [...casesKeys.all, 'forChild', childId] as const,
  summary: (from: string, to: string) => [...casesKeys.all, 'summary', from, to] as const,
  emergencyOpenings: () => [...casesKeys.all, 'emergencyOpenings'] as const,
};

export const CASE_PAGE_SIZE = 50;

export function useCaseList(params: CaseListParams, page: number) {
  return useQuery({
    queryKey: casesKeys.list(params, page),
    queryFn: () => call('cases.list', { ...params, limit: CASE_PAGE_SIZE, offset: (page - 1) * CASE_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

/**
 * A case file. Every read is written to the audit log by the server, so it is fetched when the
 * page opens and after a change, not again in the background.
 */
export function useCase(id: number) {
  return useQuery({ queryKey: casesKeys.detail(id), queryFn: () => call('cases.get', { id }), staleTime: 60_000 });
}

/** Who may be assigned to a case or own one of its actions. */
export function useCaseWorkers() {
  return useQuery({ queryKey: casesKeys.workers(), queryFn: () => call('cases.workers', {}), staleTime: 5 * 60_000 });
}
