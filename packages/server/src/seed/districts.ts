import type { District } from '../db/schema.ts';

/** Gwangju Metropolitan City's five autonomous districts (자치구). */
export const DISTRICTS: readonly { id: District; ko: string; en: string }[] = [
  { id: 'dong', ko: '동구', en: 'Dong-gu' },
  { id: 'seo', ko: '서구', en: 'Seo-gu' },
  { id: 'nam', ko: '남구', en: 'Nam-gu' },
  { id: 'buk', ko: '북구', en: 'Buk-gu' },
  { id: 'gwangsan', ko: '광산구', en: 'Gwangsan-gu' },
];
