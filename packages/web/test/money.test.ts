import { describe, expect, it } from 'vitest';
import {
  applyKeystroke,
  caretAfterDigits,
  digitsBefore,
  digitsOnly,
  droppedKeys,
  estimatedAmount,
  groupThousands,
  moneyReadBack,
  moneyToText,
  parseMoney,
  unitFor,
  wonInKoreanWords,
} from '../src/self-check/questionnaire/money.ts';

describe('money input', () => {
  it('keeps digits and groups thousands as you type', () => {
    expect(digitsOnly('1,23a4')).toBe('1234');
    expect(digitsOnly('007')).toBe('7');
    expect(digitsOnly('0')).toBe('0');
    expect(groupThousands('1234567')).toBe('1,234,567');
    expect(groupThousands('999')).toBe('999');
  });

  it('reads 만원 and 원', () => {
    expect(parseMoney('35', 'man')).toBe(350_000);
    expect(parseMoney('1,500', 'man')).toBe(15_000_000);
    expect(parseMoney('350,000', 'won')).toBe(350_000);
    expect(parseMoney('', 'won')).toBeNull();
    expect(moneyToText(350_000, 'man')).toBe('35');
    expect(moneyToText(1_234_567, 'won')).toBe('1,234,567');
    expect(unitFor(350_000)).toBe('man');
    expect(unitFor(5_500)).toBe('won');
  });

  it('reads amounts back in words', () => {
    expect(wonInKoreanWords(350_000)).toBe('35만원');
    expect(wonInKoreanWords(150_000_000)).toBe('1억 5,000만원');
    expect(wonInKoreanWords(1_234_567)).toBe('123만 4,567원');
    expect(wonInKoreanWords(5_000)).toBe('5,000원');
    expect(wonInKoreanWords(0)).toBe('0원');
    expect(moneyReadBack(350_000, true, 'ko')).toBe('월 35만원');
    expect(moneyReadBack(5_000_000, false, 'ko')).toBe('500만원');
    expect(moneyReadBack(350_000, true, 'en')).toBe('350,000 won a month');
    expect(estimatedAmount(247_000, true, 'ko')).toBe('월 약 247,000원');
  });
});

describe('keys a money field drops', () => {
  it('are told apart from digits, separators, a point, a minus and 원', () => {
    for (const kept of ['1,500,000', '30.5', '-5', '５００', '5000원', ' 12 ']) expect(droppedKeys(kept)).toBe(false);
    for (const dropped of ['1e9', '12abc', '3$', '１ｅ２']) expect(droppedKeys(dropped)).toBe(true);
  });
});

describe('caret in a money field', () => {
  it('stays after the same digits when separators move', () => {
    // "150,000" with the caret after "15", then "0" typed there: the browser shows "1500,000".
    const typed = '1500,000';
    const digits = digitsBefore(typed, 3);
    expect(digits).toBe(3);
    // Redrawn as "1,500,000": the caret goes after "150", before the next "0".
    expect(caretAfterDigits('1,500,000', digits)).toBe(4);
  });

  it('stays put when a digit in the middle is deleted', () => {
    // "1,500,000", Backspace after "1,5": the browser shows "1,00,000" with the caret at 2.
    expect(caretAfterDigits('100,000', digitsBefore('1,00,000', 2))).toBe(1);
    expect(caretAfterDigits('150,000', 0)).toBe(0);
    expect(caretAfterDigits('150,000', 99)).toBe(7);
  });
});

describe('one keystroke in a money field', () => {
  it('typing or deleting a digit keeps the edit and counts the digits before the caret', () => {
    expect(applyKeystroke('150000', '1509,000', 4, 7, 'insertText')).toEqual({ digits: '1509000', caretDigits: 4 });
    expect(applyKeystroke('1500000', '1,00,000', 2, 9, 'deleteContentBackward')).toEqual({
      digits: '100000',
      caretDigits: 1,
    });
  });

  it('Backspace on a comma deletes the digit before it; Delete deletes the digit after it', () => {
    // "1,500,000", caret after "1,": Backspace removes the comma only → delete "1".
    expect(applyKeystroke('1500000', '1500,000', 1, 9, 'deleteContentBackward')).toEqual({
      digits: '500000',
      caretDigits: 0,
    });
    // Caret before ",500": Delete removes the comma only → delete "5".
    expect(applyKeystroke('1500000', '1500,000', 1, 9, 'deleteContentForward')).toEqual({
      digits: '100000',
      caretDigits: 1,
    });
  });
});

describe('money input: decimals, negatives and unusual amounts', () => {
  it('takes decimals in 만원: "30.5" is 305,000원, not 305만원', async () => {
    const { readDraft } = await import('../src/self-check/questionnaire/draft.ts');
    const field = { type: 'number', unit: 'KRW/month', label: { ko: '', en: '' } } as const;
    expect(parseMoney('30.5', 'man')).toBe(305_000);
    expect(readDraft('money', field, { text: '30.5', unit: 'man', choice: '' })).toEqual({ ok: true, value: 305_000 });
    expect(moneyToText(305_000, 'man')).toBe('30.5');
    expect(readDraft('money', field, { text: '30.5', unit: 'won', choice: '' })).toMatchObject({
      ok: false,
      error: 'whole',
    });
  });

  it('refuses a negative amount with its own message instead of dropping the minus', async () => {
    const { readDraft } = await import('../src/self-check/questionnaire/draft.ts');
    const field = { type: 'number', unit: 'KRW/month', label: { ko: '', en: '' } } as const;
    expect(parseMoney('-5', 'man')).toBe(-50_000);
    expect(readDraft('money', field, { text: '-5', unit: 'man', choice: '' })).toMatchObject({
      ok: false,
      error: 'negative',
    });
  });

  it('keeps the point and the minus while typing, with separators in the whole part', async () => {
    const { moneyChars, formatMoneyChars } = await import('../src/self-check/questionnaire/money.ts');
    expect(moneyChars('1,234.5.6')).toBe('1234.56');
    expect(moneyChars('.5')).toBe('0.5');
    expect(moneyChars('-1,000')).toBe('-1000');
    expect(formatMoneyChars('1234567.25')).toBe('1,234,567.25');
    expect(formatMoneyChars('30.')).toBe('30.');
    // Typing the point keeps the caret after it.
    expect(applyKeystroke('30', '30.', 3, 2, 'insertText')).toEqual({ digits: '30.', caretDigits: 3 });
    // Pasting the same digits over a selection (shorter, no separators) is not a deleted separator.
    expect(applyKeystroke('300000', '300000', 6, 7, 'insertFromPaste')).toEqual({ digits: '300000', caretDigits: 6 });
  });

  it('asks before keeping an amount far outside the usual range, per field', async () => {
    const { needsConfirming } = await import('../src/self-check/questionnaire/plausible.ts');
    expect(needsConfirming('members[0].earnedIncome', 3_000_000_000)).toBe(true);
    expect(needsConfirming('members[0].earnedIncome', 3_000_000)).toBe(false);
    expect(needsConfirming('monthlyRent', 300_000_000)).toBe(true);
    expect(needsConfirming('deposit', 300_000_000)).toBe(false);
    expect(needsConfirming('residentialProperty', 800_000_000)).toBe(false);
  });
});

describe('money typed with Korean unit words, full-width digits, or too many digits', () => {
  it('reads 억·만·천 as said, in the chosen unit, and 원 at the end as won', async () => {
    const { koreanAmount } = await import('../src/self-check/questionnaire/money.ts');
    // Each was read as its digits alone before: "30만" with 원 chosen was saved as 30원.
    expect(koreanAmount('30만', 'won')).toBe(300_000);
    expect(koreanAmount('30만원', 'won')).toBe(300_000);
    expect(koreanAmount('2천만', 'won')).toBe(20_000_000);
    expect(koreanAmount('1억2천만원', 'won')).toBe(120_000_000);
    expect(koreanAmount('1,500만', 'won')).toBe(15_000_000);
    expect(koreanAmount('12.5만', 'won')).toBe(125_000);
    // In 만원 a number left at the end counts in 만, as it is said; "…원" says won.
    expect(koreanAmount('1억 2천', 'man')).toBe(120_000_000);
    expect(koreanAmount('1억', 'man')).toBe(100_000_000);
    expect(koreanAmount('5천원', 'man')).toBe(5_000);
    expect(koreanAmount('３０만', 'won')).toBe(300_000);
    // Digits only: the chosen unit decides (not this function); words it cannot read: none.
    expect(koreanAmount('30', 'won')).toBeNull();
    expect(koreanAmount('x만', 'won')).toBeNull();
  });

  it('reads the field as typed with words: the answer is the amount said', async () => {
    const { parseMoney } = await import('../src/self-check/questionnaire/money.ts');
    expect(parseMoney('30만', 'won')).toBe(300_000);
    expect(parseMoney('1억 2천', 'man')).toBe(120_000_000);
    expect(parseMoney('-30만', 'won')).toBe(-300_000);
    expect(parseMoney('삼십만', 'won')).toBeNull();
  });

  it('takes full-width digits and keeps at most 11 whole digits, so no amount loses precision', async () => {
    const { moneyChars, parseMoney } = await import('../src/self-check/questionnaire/money.ts');
    expect(moneyChars('３０')).toBe('30');
    expect(parseMoney('１，５００', 'won')).toBe(1500);
    expect(moneyChars('99999999999999')).toBe('99999999999');
    expect(Number.isSafeInteger(parseMoney('99999999999999', 'man'))).toBe(true);
  });
});
