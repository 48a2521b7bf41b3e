import { Group, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { classGrades, classLabel, sexes, type Sex } from '../register/labels';
import { useChildFilters, useSchoolList } from '../register/queries';
import { isOneOf, reasonCodes, type ReasonCode } from './labels';
import type { FlagFilters } from './queries';
import { useVolunteers } from './queries';

export interface WorklistFilterValues {
  schoolId: number | null;
  gramPanchayat: string | null;
  village: string | null;
  classGrade: number | null;
  sex: Sex | null;
  reason: ReasonCode | null;
  volunteerId: number | null;
  status: 'open' | 'all';
}

export const noFilters: WorklistFilterValues = {
  schoolId: null,
  gramPanchayat: null,
  village: null,
  classGrade: null,
  sex: null,
  reason: null,
  volunteerId: null,
  status: 'open',
};

/** The filters as attendance.flags (and its Excel export) take them: unset ones left out. */
export function flagFilters(f: WorklistFilterValues): FlagFilters {
  return {
    ...(f.schoolId !== null ? { schoolId: f.schoolId } : {}),
    ...(f.gramPanchayat !== null ? { gramPanchayat: f.gramPanchayat } : {}),
    ...(f.village !== null ? { village: f.village } : {}),
    ...(f.classGrade !== null ? { classGrade: f.classGrade } : {}),
    ...(f.sex !== null ? { sex: f.sex } : {}),
    ...(f.reason !== null ? { reason: f.reason } : {}),
    ...(f.volunteerId !== null ? { volunteerId: f.volunteerId } : {}),
    status: f.status,
  };
}

export function isFiltered(f: WorklistFilterValues): boolean {
  return Object.entries(f).some(([key, value]) => (key === 'status' ? value !== 'open' : value !== null));
}

export function WorklistFilters({
  filters,
  onChange,
  canFilterByVolunteer,
}: {
  filters: WorklistFilterValues;
  onChange: (change: Partial<WorklistFilterValues>) => void;
  canFilterByVolunteer: boolean;
}) {
  const { t } = useTranslation();
  const schools = useSchoolList();
  const places = useChildFilters();
  const volunteers = useVolunteers({ includeInactive: true }, canFilterByVolunteer);
  return (
    <Group gap="xs" align="flex-start" wrap="wrap">
      <Select<number>
        aria-label={t('attendance.worklist.filterSchool')}
        placeholder={t('attendance.worklist.allSchools')}
        searchable
        clearable
        data={(schools.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={filters.schoolId}
        onChange={(v) => onChange({ schoolId: v })}
        w={220}
      />
      <Select
        aria-label={t('attendance.worklist.filterGramPanchayat')}
        placeholder={t('attendance.worklist.allGramPanchayats')}
        searchable
        clearable
        data={places.data?.gramPanchayats ?? []}
        value={filters.gramPanchayat}
        onChange={(v) => onChange({ gramPanchayat: v })}
        w={170}
      />
      <Select
        aria-label={t('attendance.worklist.filterVillage')}
        placeholder={t('attendance.worklist.allVillages')}
        searchable
        clearable
        data={places.data?.villages ?? []}
        value={filters.village}
        onChange={(v) => onChange({ village: v })}
        w={160}
      />
      <Select<number>
        aria-label={t('attendance.worklist.filterClass')}
        placeholder={t('attendance.worklist.allClasses')}
        clearable
        data={classGrades.map((g) => ({ value: g, label: classLabel(t, g) }))}
        value={filters.classGrade}
        onChange={(v) => onChange({ classGrade: v })}
        w={130}
      />
      <Select
        aria-label={t('attendance.worklist.filterSex')}
        placeholder={t('attendance.worklist.allSexes')}
        clearable
        data={sexes.map((s) => ({ value: s, label: t(`register.sexFilter.${s}`) }))}
        value={filters.sex}
        onChange={(v) => onChange({ sex: sexes.find((s) => s === v) ?? null })}
        w={150}
      />
      <Select
        aria-label={t('attendance.worklist.filterReason')}
        placeholder={t('attendance.worklist.allReasons')}
        clearable
        data={reasonCodes.map((r) => ({ value: r, label: t(`attendance.worklist.reasonNames.${r}`) }))}
        value={filters.reason}
        onChange={(v) => onChange({ reason: isOneOf(reasonCodes, v) ? v : null })}
        w={200}
      />
      {canFilterByVolunteer && (
        <Select<number>
          aria-label={t('attendance.worklist.filterVolunteer')}
          placeholder={t('attendance.worklist.allVolunteers')}
          searchable
          clearable
          data={(volunteers.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
          value={filters.volunteerId}
          onChange={(v) => onChange({ volunteerId: v })}
          w={180}
        />
      )}
      <SegmentedControl
        aria-label={t('attendance.worklist.filterStatus')}
        value={filters.status}
        onChange={(v) => onChange({ status: v === 'all' ? 'all' : 'open' })}
        data={[
          { value: 'open', label: t('attendance.worklist.statusOpen') },
          { value: 'all', label: t('attendance.worklist.statusAll') },
        ]}
      />
    </Group>
  );
}
