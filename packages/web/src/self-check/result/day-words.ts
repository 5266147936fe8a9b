/** "2027년 1월 1일" in Korean, the ISO date in English: how a result card names a day. */
export const dayIn = (iso: string, lang: 'ko' | 'en') => {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'ko' ? `${y}년 ${m}월 ${d}일` : iso;
};
