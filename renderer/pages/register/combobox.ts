/**
 * Mantine keeps a closed dropdown's listbox in the DOM, labelled by the field's label, so
 * getByLabel('School') would find two elements; unmounting it keeps one control per label.
 */
export const closedDropdownUnmounted = { keepMounted: false } as const;
