const ZERO = 0x30;
const NINE = 0x39;
const COMMA = 0x2c;
const MAN = 0xb9cc; // 만
const WON = 0xc6d0; // 원

/**
 * The two shapes money takes in most lists, read without parseMoney's regular expressions:
 * digits with or without commas ("1,200,000", "0") and whole 만 ("120만", "120만원"). For these
 * it gives parseMoney's own answer (tested on random cells against it); for anything else
 * (spaces, 억, decimals, words, more than 15 digits) it gives undefined and parseMoney reads it.
 */
export function quickMoney(raw: string): number | undefined {
  const n = raw.length;
  if (n === 0 || n > 24) return undefined;
  let value = 0;
  let digits = 0;
  let commas = false;
  let i = 0;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      value = value * 10 + (c - ZERO);
      digits++;
    } else if (c === COMMA && digits > 0) commas = true;
    else break;
  }
  // Up to 15 digits the sum above is exact, as Number() of the digits is.
  if (digits === 0 || digits > 15) return undefined;
  if (i === n) return value;
  if (commas || digits > 9 || raw.charCodeAt(i) !== MAN) return undefined;
  if (i + 1 === n || (i + 2 === n && raw.charCodeAt(i + 1) === WON)) return value * 10_000;
  return undefined;
}
