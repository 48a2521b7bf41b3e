import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

/**
 * A searchable list's state: the search box's text (and the trimmed text a moment after typing
 * stops, `q`, that the query asks for), the filters, whether any is on, and clearing them all.
 */
export function useListFilters<F extends object>(noFilters: F, initial: F = noFilters) {
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [filters, setFilters] = useState<F>(initial);
  const setFilter = <K extends keyof F>(key: K, value: F[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const filtered = Boolean(q) || JSON.stringify(filters) !== JSON.stringify(noFilters);
  const clear = () => {
    setText('');
    setFilters(noFilters);
  };
  return { text, setText, q, filters, setFilter, filtered, clear };
}
