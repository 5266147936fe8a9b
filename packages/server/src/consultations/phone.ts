/**
 * Phone numbers as people write them (010-1234-5678, 010 1234 5678, 010.1234.5678,
 * +82 10-1234-5678, (02) 123-4567) reduced to the digits a counselor dials, or undefined.
 */
export function normalizePhone(text: string): string | undefined {
  let digits = text.replace(/[\s\-().]/g, '');
  if (digits.startsWith('+82')) digits = `0${digits.slice(3).replace(/^0/, '')}`;
  return /^0\d{8,10}$/.test(digits) ? digits : undefined;
}

/** What to write instead: the server's field error and the form's own check before sending say it alike. */
export const PHONE_FORMAT_KO = '전화번호를 지역번호나 010부터 끝까지 적어 주세요 (예: 010-1234-5678).';
