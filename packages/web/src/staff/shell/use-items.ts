import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { api } from './api.ts';

/**
 * A staff list read from the API (`{ items }`), loaded on mount and again with `reload` after an
 * edit; a refused read shows the server's own words, in the reader's language.
 */
export function useItems<T>(path: string) {
  const { l } = useI18n();
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const r = await api<{ items: T[] }>('GET', path);
    if (r.ok) setItems(r.value.items);
    else setError(l(r.problem.detail));
  }, [l, path]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { items, error, reload };
}
