import { useState } from 'react';
import { focusSoon } from '../../shared/ui/index.ts';

/**
 * An "add" field left empty, said beside it with focus there (the button had done nothing at
 * all), and taken back as soon as something is typed (it stayed up over the typed words).
 */
export function useEmptyField() {
  const [empty, setEmpty] = useState<{ id: string; text: string } | null>(null);
  return {
    /** True, with the message shown, when `value` is blank. */
    blank(value: string, id: string, text: string): boolean {
      const blank = !value.trim();
      setEmpty(blank ? { id, text } : null);
      if (blank) focusSoon(id);
      return blank;
    },
    error: (id: string) => (empty?.id === id ? empty.text : undefined),
    /** Call on typing into field `id`. */
    typed(id: string) {
      if (empty?.id === id) setEmpty(null);
    },
  };
}
