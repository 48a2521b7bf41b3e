import { Group, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { FilterSelect, PlaceFilter } from '../../components/FilterSelect';
import { SchoolFilter } from '../register/RegisterFilters';
import { classGrades, classLabel, sexes, type Sex } from '../register/labels';
import { useChildFilters } from '../register/queries';
import { reasonCodes, type ReasonCode } from './labels';
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
  const places = useChildFilters();
  const volunteers = useVolunteers({ includeInactive: true }, canFilterByVolunteer);
  return (
    <Group gap="xs" align="flex-start" wrap="wrap">
      <SchoolFilter
        label={t('attendance.worklist.filterSchool')}
        anyLabel={t('attendance.worklist.allSchools')}
        value={filters.schoolId}
        onChange={(v) => onChange({ schoolId: v })}
        w={220}
      />
      <PlaceFilter
        kind="gramPanchayats"
        places={places.data}
        label={t('attendance.worklist.filterGramPanchayat')}
        anyLabel={t('attendance.worklist.allGramPanchayats')}
        value={filters.gramPanchayat}
        onChange={(v) => onChange({ gramPanchayat: v })}
        w={170}
      />
      <PlaceFilter
        kind="villages"
        places={places.data}
        label={t('attendance.worklist.filterVillage')}
        anyLabel={t('attendance.worklist.allVillages')}
        value={filters.village}
        onChange={(v) => onChange({ village: v })}
        w={160}
      />
      <ChoiceFilter
        label={t('attendance.worklist.filterClass')}
        anyLabel={t('attendance.worklist.allClasses')}
        choices={classGrades}
        choiceName={(g) => classLabel(t, g)}
        value={filters.classGrade}
        onChange={(v) => onChange({ classGrade: v })}
        w={130}
      />
      <ChoiceFilter
        label={t('attendance.worklist.filterSex')}
        anyLabel={t('attendance.worklist.allSexes')}
        choices={sexes}
        choiceName={(s) => t(`register.sexFilter.${s}`)}
        value={filters.sex}
        onChange={(v) => onChange({ sex: v })}
        w={150}
      />
      <ChoiceFilter
        label={t('attendance.worklist.filterReason')}
        anyLabel={t('attendance.worklist.allReasons')}
        choices={reasonCodes}
        choiceName={(r) => t(`attendance.worklist.reasonNames.${r}`)}
        value={filters.reason}
        onChange={(v) => onChange({ reason: v })}
        w={200}
      />
      {canFilterByVolunteer && (
        <FilterSelect<number>
          label={t('attendance.worklist.filterVolunteer')}
          anyLabel={t('attendance.worklist.allVolunteers')}
          searchable
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
