import { FilterSelect, type FilterProps } from './FilterSelect';

/**
 * A list's filter among a fixed set of `choices` (the case types, the classes), each shown by
 * `choiceName`; what is picked is handed on as the choice itself, never a stray string.
 */
export function ChoiceFilter<C extends string | number>({
  choices,
  choiceName,
  onChange,
  ...props
}: FilterProps<C> & { choices: readonly C[]; choiceName: (choice: C) => string }) {
  return (
    <FilterSelect<C>
      data={choices.map((c) => ({ value: c, label: choiceName(c) }))}
      onChange={(v) => onChange(choices.find((c) => c === v) ?? null)}
      {...props}
    />
  );
}
