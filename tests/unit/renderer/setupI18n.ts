/** The renderer's i18n reads the last language from localStorage; under Node a small map stands in for it. */
const store = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  },
  document: { documentElement: { lang: 'en' } },
});
