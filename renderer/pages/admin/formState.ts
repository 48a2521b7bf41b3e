import { useCallback, useState, type ChangeEvent } from 'react';

type FieldErrors<V> = Partial<Record<keyof V & string, string>>;

/**
 * The values and field errors of a small form kept in React state. `setFieldError` has the shape
 * showError() writes into, so an error from the API lands under the field it names.
 */
export function useFormState<V extends Record<string, string>>(initial: V) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<V>>({});

  const setFieldError = useCallback((field: string, text: string) => setErrors((e) => ({ ...e, [field]: text })), []);

  // Typing in a field takes its error away: the user is fixing it.
  const setValue = useCallback((field: keyof V & string, value: string) => {
    setValues((v) => ({ ...v, [field]: value }) as V);
    setErrors((e) => {
      if (e[field] === undefined) return e;
      const next = { ...e };
      delete next[field];
      return next;
    });
  }, []);

  const text = (field: keyof V & string) => ({
    value: values[field],
    error: errors[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => setValue(field, event.currentTarget.value),
  });

  /** Marks each empty field among `fields` with `message`; true when none was empty. */
  const requireFilled = (fields: readonly (keyof V & string)[], message: string): boolean => {
    const empty = fields.filter((f) => (values[f] ?? '').trim() === '');
    if (empty.length) setErrors((e) => ({ ...e, ...Object.fromEntries(empty.map((f) => [f, message])) }));
    return empty.length === 0;
  };

  const reset = useCallback(() => {
    setValues(initial);
    setErrors({});
  }, [initial]);

  return { values, errors, setValue, setFieldError, text, requireFilled, reset };
}
