import { TextInput, type TextInputProps } from '@mantine/core';

/**
 * A list's search box: named for screen readers by `label` (the placeholder shows the example), the
 * text as typed handed to `onSearch`; width and the like pass through.
 */
export function SearchInput({
  label,
  value,
  onSearch,
  placeholder,
  ...props
}: Omit<TextInputProps, 'type' | 'value' | 'onChange' | 'label'> & { label: string; value: string; onSearch: (text: string) => void }) {
  return (
    <TextInput
      type="search"
      aria-label={label}
      placeholder={placeholder ?? label}
      value={value}
      onChange={(e) => onSearch(e.currentTarget.value)}
      {...props}
    />
  );
}
