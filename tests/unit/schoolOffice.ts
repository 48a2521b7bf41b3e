import type { ApiInput } from '../../electron/api/contract';
import { officeWithAdmin } from './testHost';

/** A set-up office with one school on its list: where a test of the register or of an import begins. */
export async function officeWithOneSchool(school: ApiInput<'schools.create'>) {
  const office = await officeWithAdmin();
  return { office, school: await office.ok('schools.create', school, office.admin) };
}
