/**
 * Phone numbers as people write them (010-1234-5678, 010 1234 5678, 010.1234.5678,
 * +82 10-1234-5678, (02) 123-4567) reduced to the digits a counselor dials, or undefined.
 */
export function normalizePhone(text: string): string | undefined {
  let digits = text.replace(/[\s\-().]/g, '');
  if (digits.startsWith('+82')) digits = `0${digits.slice(3).replace(/^0/, '')}`;
  return /^0\d{8,10}$/.test(digits) ? digits : undefined;
}
