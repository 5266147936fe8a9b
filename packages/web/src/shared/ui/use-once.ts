import { useCallback, useRef, useState } from 'react';

/**
 * One action at a time for a group of buttons. A double click fires both clicks before React draws
 * the first one's `disabled`, so the guard is a ref, read at once; `busy` is for drawing. Callers
 * mark buttons aria-disabled rather than disabled: a disabled button drops keyboard focus to the page.
 * Returns undefined for a click that came while another action was still running.
 */
export function useOnce() {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const once = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    try {
      return await work();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, once };
}
