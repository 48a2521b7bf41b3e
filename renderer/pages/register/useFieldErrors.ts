import { useCallback, useMemo, useState } from 'react';

/** Field errors of a useState form, in the shape `showError` writes into. */
export function useFieldErrors<F extends string>() {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const setFieldError = useCallback((field: string, text: string) => setErrors((e) => ({ ...e, [field]: text })), []);
  const clearFieldError = useCallback(
    (field: F) =>
      setErrors((e) => {
        if (!(field in e)) return e;
        const next = { ...e };
        delete next[field];
        return next;
      }),
    [],
  );
  const clearAll = useCallback(() => setErrors({}), []);
  return useMemo(() => ({ errors, setFieldError, clearFieldError, clearAll }), [errors, setFieldError, clearFieldError, clearAll]);
}
