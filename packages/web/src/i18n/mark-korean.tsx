import type { ReactNode } from 'react';

/** A run of Korean: Hangul with the digits, spaces and marks that sit between its words. */
const RUN = /[가-힣](?:[가-힣0-9·,.~\-/「」『』\s]*[가-힣」』])?/g;

/**
 * Text that may hold Korean on an English page (a law's title, a program's Korean name in
 * brackets): each Korean run is marked lang="ko" so a screen reader reads it in Korean
 * (WCAG 3.1.2). On the Korean page, or without Hangul, the text is returned as it is.
 * Pages use it through useI18n().k.
 */
export function markKorean(text: string, lang: 'ko' | 'en'): ReactNode {
  if (lang === 'ko' || !/[가-힣]/.test(text)) return text;
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    const start = m.index ?? 0;
    if (start > at) out.push(text.slice(at, start));
    out.push(
      <span lang="ko" key={start}>
        {m[0]}
      </span>,
    );
    at = start + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
