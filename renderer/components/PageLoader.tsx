import { Center, Loader } from '@mantine/core';

/** What a page shows while its data is on the way. */
export function PageLoader() {
  return (
    <Center p="xl">
      <Loader />
    </Center>
  );
}
