import { Select, type SelectProps } from '@mantine/core';

/**
 * A list's filter: shows `anyLabel` ("All schools", "Any") while nothing is chosen, and clears back to
 * it. Named for screen readers by `label`; `shownLabel` writes the label above it too.
 */
export function FilterSelect<V extends string | number = string>({
  label,
  anyLabel,
  shownLabel = false,
  ...props
}: Omit<SelectProps<V>, 'label' | 'placeholder' | 'clearable' | 'aria-label'> & { label: string; anyLabel: string; shownLabel?: boolean }) {
  return <Select<V> {...(shownLabel ? { label } : { 'aria-label': label })} placeholder={anyLabel} clearable {...props} />;
}

/** What a filter of one kind of thing (a school, a place) is given by its list. */
export interface FilterProps<V> {
  label: string;
  anyLabel: string;
  value: V | null;
  onChange: (value: V | null) => void;
  w?: number;
  shownLabel?: boolean;
}

/**
 * A list's filter by Gram Panchayat or village, searchable, among the `places` the list's own area
 * knows (the register's children, SafetyNet's departures).
 */
export function PlaceFilter({
  kind,
  places,
  ...props
}: FilterProps<string> & { kind: 'gramPanchayats' | 'villages'; places: { gramPanchayats: string[]; villages: string[] } | undefined }) {
  return <FilterSelect searchable data={places?.[kind] ?? []} {...props} />;
}
