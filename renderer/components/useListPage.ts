import { useState } from 'react';

/**
 * The page a paged list is on, back to the first whenever what it lists changes (`listKey`, the
 * search and filters as text): page 3 of one search is not page 3 of the next.
 */
export function useListPage(listKey: string) {
  const [paging, setPaging] = useState({ key: listKey, page: 1 });
  const page = paging.key === listKey ? paging.page : 1;
  const setPage = (p: number) => setPaging({ key: listKey, page: p });
  return [page, setPage] as const;
}
