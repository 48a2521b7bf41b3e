import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { ApiInput } from '../../../electron/api/contract';
import { call } from '../../api/client';

export type ChildSearchParams = Omit<ApiInput<'children.search'>, 'limit' | 'offset'>;

export const CHILD_PAGE_SIZE = 100;

/** Query keys of the register: invalidate `registerKeys.all` after any write to schools or children. */
export const registerKeys = {
  all: ['register'] as const,
  schools: () => [...registerKeys.all, 'schools'] as const,
  schoolList: (q: string) => [...registerKeys.schools(), 'list', q] as const,
  children: () => [...registerKeys.all, 'children'] as const,
  childSearch: (params: ChildSearchParams) => [...registerKeys.children(), 'search', params] as const,
  childFilters: () => [...registerKeys.children(), 'filters'] as const,
  child: (id: number) => [...registerKeys.children(), 'detail', id] as const,
};

export function useSchoolList(q = '') {
  return useQuery({
    queryKey: registerKeys.schoolList(q),
    queryFn: () => call('schools.list', q ? { q } : {}),
    placeholderData: keepPreviousData,
  });
}

export function useChildFilters() {
  return useQuery({ queryKey: registerKeys.childFilters(), queryFn: () => call('children.filters', {}) });
}

export function useChild(id: number) {
  return useQuery({ queryKey: registerKeys.child(id), queryFn: () => call('children.get', { id }) });
}

/** The register in pages of 100, fetched as the user scrolls. */
export function useChildSearch(params: ChildSearchParams) {
  return useInfiniteQuery({
    queryKey: registerKeys.childSearch(params),
    queryFn: ({ pageParam }) => call('children.search', { ...params, limit: CHILD_PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.rows.length, 0);
      return loaded < last.total && last.rows.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}
