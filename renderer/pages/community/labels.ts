import type { TFunction } from 'i18next';
import { activityTypes, committeeLevels, committeeRoles } from '../../../electron/shared/communityVocabulary';

/** The choices of a committee's level, a member's role and an activity's type, in the reader's words: one list each for the forms and the filters. */
export const levelOptions = (t: TFunction) => committeeLevels.map((l) => ({ value: l, label: t(`community.levels.${l}`) }));
export const roleOptions = (t: TFunction) => committeeRoles.map((r) => ({ value: r, label: t(`community.roles.${r}`) }));
export const activityTypeOptions = (t: TFunction) => activityTypes.map((a) => ({ value: a, label: t(`community.activityTypes.${a}`) }));
