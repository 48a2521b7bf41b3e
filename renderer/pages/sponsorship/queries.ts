import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApiInput } from '../../../electron/api/contract';
import { call } from '../../api/client';

export type PostingFilters = ApiInput<'ledger.postings'>;

/**
 * Query keys of the sponsorship area. Every write (a receipt, a batch, a reversal, a status change)
 * moves balances, arrears and dues at once, so mutations invalidate `sponsorshipKeys.all`.
 */
export const sponsorshipKeys = {
  all: ['sponsorship'] as const,
  sponsors: (q: string) => [...sponsorshipKeys.all, 'sponsors', q] as const,
  sponsor: (id: number) => [...sponsorshipKeys.all, 'sponsor', id] as const,
  allSponsorships: () => [...sponsorshipKeys.all, 'sponsorships'] as const,
  children: (status: string | null) => [...sponsorshipKeys.all, 'children', status] as const,
  child: (id: number) => [...sponsorshipKeys.all, 'child', id] as const,
  due: (month: string | null) => [...sponsorshipKeys.all, 'due', month] as const,
  postings: (filters: PostingFilters) => [...sponsorshipKeys.all, 'postings', filters] as const,
  trialBalance: (asOf: string | null) => [...sponsorshipKeys.all, 'trialBalance', asOf] as const,
};

export function useSponsors(q: string) {
  return useQuery({
    queryKey: sponsorshipKeys.sponsors(q),
    queryFn: () => call('sponsors.list', q ? { q } : {}),
    placeholderData: keepPreviousData,
  });
}

export function useSponsor(id: number) {
  return useQuery({ queryKey: sponsorshipKeys.sponsor(id), queryFn: () => call('sponsors.get', { id }) });
}

export function useSponsoredChildren(status: ApiInput<'sponsoredChildren.list'>['status'] | null) {
  return useQuery({
    queryKey: sponsorshipKeys.children(status ?? null),
    queryFn: () => call('sponsoredChildren.list', status ? { status } : {}),
    placeholderData: keepPreviousData,
  });
}

export function useSponsoredChild(id: number) {
  return useQuery({ queryKey: sponsorshipKeys.child(id), queryFn: () => call('sponsoredChildren.get', { id }) });
}

/** The month's dues; without a month, the office's current month (the server's calendar, not this PC's). */
export function useDue(month: string | null) {
  return useQuery({
    queryKey: sponsorshipKeys.due(month),
    queryFn: () => call('sponsorships.due', month ? { month } : {}),
    placeholderData: keepPreviousData,
  });
}

export function usePostings(filters: PostingFilters) {
  return useQuery({
    queryKey: sponsorshipKeys.postings(filters),
    queryFn: () => call('ledger.postings', filters),
    placeholderData: keepPreviousData,
  });
}

export function useTrialBalance(asOf: string | null) {
  return useQuery({
    queryKey: sponsorshipKeys.trialBalance(asOf),
    queryFn: () => call('ledger.trialBalance', asOf ? { asOf } : {}),
  });
}
