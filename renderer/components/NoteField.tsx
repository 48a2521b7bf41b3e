import { Textarea, type TextareaProps } from '@mantine/core';

/**
 * A note or a reason typed in sentences: it grows with the text from `minRows` (2) up to `maxRows`
 * (6; `null`: without end). `required` marks it as one the form needs.
 */
export function NoteField({
  required = false,
  minRows = 2,
  maxRows = 6,
  ...props
}: Omit<TextareaProps, 'autosize' | 'withAsterisk' | 'maxRows'> & { required?: boolean; maxRows?: number | null }) {
  return <Textarea autosize withAsterisk={required} minRows={minRows} maxRows={maxRows ?? undefined} {...props} />;
}
