import { FilterSelect, type FilterProps } from '../../components/FilterSelect';
import { useSchoolList } from './queries';

/** A list's filter by school of the register, searchable by name. */
export function SchoolFilter(props: FilterProps<number>) {
  const schools = useSchoolList();
  return <FilterSelect<number> searchable data={(schools.data ?? []).map((s) => ({ value: s.id, label: s.name }))} {...props} />;
}
