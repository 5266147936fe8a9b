import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../i18n/index.tsx';

export type TextSize = 'normal' | 'large' | 'xlarge';
export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'xlarge'];

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or storage full: the setting lasts for this visit only.
  }
}

/** A setting kept in localStorage (language, text size): never personal data. */
function useStored<V extends string>(key: string, allowed: readonly V[], fallback: V) {
  const [value, setValue] = useState<V>(() => {
    const v = read(key);
    return v && (allowed as readonly string[]).includes(v) ? (v as V) : fallback;
  });
  const set = useCallback(
    (v: V) => {
      setValue(v);
      write(key, v);
    },
    [key],
  );
  return [value, set] as const;
}

export function useTextSize() {
  const [size, setSize] = useStored<TextSize>('jibsa.textSize', TEXT_SIZES, 'normal');
  useEffect(() => {
    document.documentElement.dataset.textSize = size;
  }, [size]);
  return [size, setSize] as const;
}

export function useLang() {
  const [lang, setLang] = useStored<Lang>('jibsa.lang', ['ko', 'en'], 'ko');
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return [lang, setLang] as const;
}
