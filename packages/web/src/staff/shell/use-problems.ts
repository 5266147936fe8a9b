import { useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import type { SummaryItem } from '../../shared/ui/index.ts';
import type { Problem } from './api.ts';

/**
 * Turns a problem+json answer into the error summary's items and each field's own message, so a
 * server's field error shows next to its field (ids `${prefix}-${field}`). A path inside a list
 * ("hours[1].opens", "programIds.0") belongs to the list's field; the message keeps which item.
 */
export function useProblems(prefix: string, labels: Record<string, string>) {
  const { l } = useI18n();
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const show = (p: Problem | null) => {
    setAttempt((n) => n + 1);
    const byField = new Map<string, SummaryItem>();
    for (const e of p?.errors ?? []) {
      const path = pathOf(e.path);
      const field = fieldOf(e.path);
      if (!(field in labels)) continue;
      const item = path.length > field.length ? ` (${path.slice(field.length).replace(/^\./, '')})` : '';
      // One message a field: the first rule it broke ("at least 3 characters" before "a valid format").
      if (byField.has(field)) continue;
      byField.set(field, { fieldId: `${prefix}-${field}`, label: labels[field] ?? field, message: `${l(e)}${item}` });
    }
    const fields = [...byField.values()];
    setItems(fields);
    // Errors the form has no field for (or none at all) still say what went wrong.
    const unplaced = (p?.errors ?? []).filter((e) => !(fieldOf(e.path) in labels));
    setGeneral(
      p && (fields.length === 0 || unplaced.length > 0) ? [l(p.detail), ...unplaced.map((e) => l(e))].join(' ') : null,
    );
  };
  const errorOf = (field: string) => items.find((i) => i.fieldId === `${prefix}-${field}`)?.message;
  return { items, general, attempt, show, errorOf };
}

const pathOf = (path: string) => path.replace(/^(body|querystring|params)\./, '');
const fieldOf = (path: string) => pathOf(path).split(/[.[]/)[0] ?? '';
