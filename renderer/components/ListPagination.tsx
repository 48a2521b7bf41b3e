import { Group, Pagination } from '@mantine/core';

/** The page switcher under a paged list (the cases, the ledger), on the right; none while the list fits on one page. */
export function ListPagination({ pages, page, onChange }: { pages: number; page: number; onChange: (page: number) => void }) {
  if (pages <= 1) return null;
  return (
    <Group justify="flex-end">
      <Pagination size="sm" total={pages} value={page} onChange={onChange} />
    </Group>
  );
}
