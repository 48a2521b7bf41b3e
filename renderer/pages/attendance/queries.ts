import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApiInput } from '../../../electron/api/contract';
import { call } from '../../api/client';

export type FlagFilters = ApiInput<'attendance.flags'>;
export type VolunteerListParams = ApiInput<'volunteers.list'>;

/**
 * Query keys of attendance, the worklist and volunteers. An import, an assignment or a home visit
 * can change any of them (flags, counts of assigned children), so a write invalidates `all`.
 */
export const attendanceKeys = {
  all: ['attendance'] as const,
  flags: (filters: FlagFilters) => [...attendanceKeys.all, 'flags', filters] as const,
  calendar: (childId: number) => [...attendanceKeys.all, 'calendar', childId] as const,
  schoolTrend: (schoolId: number) => [...attendanceKeys.all, 'schoolTrend', schoolId] as const,
  imports: (schoolId: number) => [...attendanceKeys.all, 'imports', schoolId] as const,
  followUps: (childId: number) => [...attendanceKeys.all, 'followUps', childId] as const,
  volunteers: (params: VolunteerListParams) => [...attendanceKeys.all, 'volunteers', params] as const,
};

export function useFlags(filters: FlagFilters) {
  return useQuery({
    queryKey: attendanceKeys.flags(filters),
    queryFn: () => call('attendance.flags', filters),
    placeholderData: keepPreviousData,
  });
}

/** The volunteers' register (phones, villages): only for those who keep the worklist, never the sponsorship coordinator. */
export function useVolunteers(params: VolunteerListParams = {}, enabled = true) {
  return useQuery({
    queryKey: attendanceKeys.volunteers(params),
    queryFn: () => call('volunteers.list', params),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useChildCalendar(childId: number) {
  return useQuery({ queryKey: attendanceKeys.calendar(childId), queryFn: () => call('attendance.childCalendar', { childId }) });
}

export function useFollowUps(childId: number, enabled = true) {
  return useQuery({ queryKey: attendanceKeys.followUps(childId), queryFn: () => call('followUps.list', { childId }), enabled });
}

export function useSchoolTrend(schoolId: number) {
  return useQuery({ queryKey: attendanceKeys.schoolTrend(schoolId), queryFn: () => call('attendance.schoolTrend', { schoolId }) });
}

export function useSchoolImports(schoolId: number) {
  return useQuery({ queryKey: attendanceKeys.imports(schoolId), queryFn: () => call('attendance.imports', { schoolId }) });
}
