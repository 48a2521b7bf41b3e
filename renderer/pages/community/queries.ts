import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';

export type CommitteeRow = ApiResult<'committees.list'>[number];
export type CommitteePageData = ApiResult<'committees.get'>;
export type MemberRow = CommitteePageData['members'][number];
export type MeetingDetail = ApiResult<'meetings.get'>;
export type ActionPointRow = ApiResult<'actionPoints.list'>[number];
export type ActivityRow = ApiResult<'activities.list'>[number];
export type StakeholderRow = ApiResult<'stakeholders.list'>[number];
export type CommunityCounts = ApiResult<'community.counts'>;
export type PersonRef = ApiInput<'committees.addMember'>['person'];

/** Query keys of the community work: invalidate `communityKeys.all` after any write. */
export const communityKeys = {
  all: ['community'] as const,
  committees: (params: ApiInput<'committees.list'>) => [...communityKeys.all, 'committees', params] as const,
  due: () => [...communityKeys.all, 'due'] as const,
  committee: (id: number) => [...communityKeys.all, 'committee', id] as const,
  meeting: (id: number) => [...communityKeys.all, 'meeting', id] as const,
  actionPoints: (params: ApiInput<'actionPoints.list'>) => [...communityKeys.all, 'actionPoints', params] as const,
  activities: (params: ApiInput<'activities.list'>) => [...communityKeys.all, 'activities', params] as const,
  stakeholders: (params: ApiInput<'stakeholders.list'>) => [...communityKeys.all, 'stakeholders', params] as const,
  counts: (params: ApiInput<'community.counts'>) => [...communityKeys.all, 'counts', params] as const,
  gramPanchayats: () => [...communityKeys.all, 'gramPanchayats'] as const,
};

export function useCommittees(params: ApiInput<'committees.list'>) {
  return useQuery({
    queryKey: communityKeys.committees(params),
    queryFn: () => call('committees.list', params),
    placeholderData: keepPreviousData,
  });
}

export function useCommitteesDue() {
  return useQuery({ queryKey: communityKeys.due(), queryFn: () => call('committees.due', {}) });
}

export function useCommittee(id: number) {
  return useQuery({ queryKey: communityKeys.committee(id), queryFn: () => call('committees.get', { id }) });
}

export function useMeeting(id: number) {
  return useQuery({ queryKey: communityKeys.meeting(id), queryFn: () => call('meetings.get', { id }) });
}

export function useActionPoints(params: ApiInput<'actionPoints.list'>) {
  return useQuery({
    queryKey: communityKeys.actionPoints(params),
    queryFn: () => call('actionPoints.list', params),
    placeholderData: keepPreviousData,
  });
}

export function useActivities(params: ApiInput<'activities.list'>) {
  return useQuery({
    queryKey: communityKeys.activities(params),
    queryFn: () => call('activities.list', params),
    placeholderData: keepPreviousData,
  });
}

export function useStakeholders(params: ApiInput<'stakeholders.list'>) {
  return useQuery({
    queryKey: communityKeys.stakeholders(params),
    queryFn: () => call('stakeholders.list', params),
    placeholderData: keepPreviousData,
  });
}

export function useCounts(params: ApiInput<'community.counts'>) {
  return useQuery({
    queryKey: communityKeys.counts(params),
    queryFn: () => call('community.counts', params),
    placeholderData: keepPreviousData,
  });
}

export function useGramPanchayats() {
  return useQuery({ queryKey: communityKeys.gramPanchayats(), queryFn: () => call('community.gramPanchayats', {}) });
}
