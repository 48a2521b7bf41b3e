/** The words of the community work (committees, activities, the people met), shared by the schema, the API and the screens. */

export const committeeLevels = ['village', 'ward', 'gram_panchayat', 'block'] as const;
export type CommitteeLevel = (typeof committeeLevels)[number];

export const committeeRoles = ['chairperson', 'convener', 'member'] as const;

/** Who a person in the stakeholders' register is. */
export const stakeholderCategories = [
  'school_principal',
  'teacher',
  'panchayat_member',
  'panchayat_officer',
  'police',
  'cwc_member',
  'dcpu_staff',
  'cmpo',
  'religious_leader',
  'anganwadi_worker',
  'asha',
  'shg_member',
  'club_member',
  'parent',
  'community_member',
  'other',
] as const;
export type StakeholderCategory = (typeof stakeholderCategories)[number];

/** Every category a person can be counted under: a stakeholder's, a volunteer, or a child from the register. */
export const personCategories = [...stakeholderCategories, 'volunteer', 'child'] as const;
export type PersonCategory = (typeof personCategories)[number];

/** The seeds' counters: who counts as a school official, a panchayat officer, a police officer. */
export const collaboratorGroups = {
  schoolOfficials: ['school_principal', 'teacher'],
  panchayatOfficers: ['panchayat_member', 'panchayat_officer'],
  policeOfficers: ['police'],
} as const satisfies Record<string, readonly StakeholderCategory[]>;
export type CollaboratorGroup = keyof typeof collaboratorGroups;

export const activityTypes = [
  'volunteer_training',
  'cpc_training',
  'sensitisation_school',
  'sensitisation_police',
  'sensitisation_panchayat',
  'sensitisation_religious',
  'awareness_campaign',
  'life_skills',
  'counselling',
] as const;
export type ActivityType = (typeof activityTypes)[number];

/** A training of community women as volunteers: its women participants are the seeds' "community women trained". */
export const womenTrainingTypes: readonly ActivityType[] = ['volunteer_training'];

export const activityTopics = [
  'child_marriage',
  'trafficking',
  'child_labour',
  'addiction',
  'jj_act',
  'pocso',
  'helplines',
  'child_safety',
  'safe_migration',
  'education',
] as const;

export const actionPointStatuses = ['open', 'done', 'dropped'] as const;
export type ActionPointStatus = (typeof actionPointStatuses)[number];
