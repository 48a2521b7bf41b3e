import { children, schools } from '../db/schema';

/**
 * Where a child of the register is to be found, as lists and exports show it: the register's school and
 * class, the guardian, the village and its Gram Panchayat. The query joins `schools` on the child's school.
 */
export const childWhereaboutsColumns = {
  guardianName: children.guardianName,
  village: children.village,
  gramPanchayat: children.gramPanchayat,
  schoolId: children.schoolId,
  schoolName: schools.name,
  classGrade: children.classGrade,
  section: children.section,
};
