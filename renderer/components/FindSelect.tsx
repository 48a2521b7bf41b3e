import { Select, type SelectProps } from '@mantine/core';

/**
 * A choice found by typing part of it (a child, an agent, an official), which may be cleared again;
 * its hint stands under the box, so that the boxes of a row line up whether they have one or not.
 */
export function FindSelect<V extends string | number = string>(
  props: Omit<SelectProps<V>, 'searchable' | 'clearable' | 'inputWrapperOrder'>,
) {
  return <Select<V> inputWrapperOrder={['label', 'input', 'description', 'error']} searchable clearable {...props} />;
}
