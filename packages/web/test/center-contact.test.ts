import { describe, expect, it } from 'vitest';
import { centerContactNote } from '../src/staff/referrals/center-contact.ts';

const sender = { name: '동구 상담사', organization: '광주주거복지센터', fictional: false };

describe('an ended referral tells the agency whom at the center to call', () => {
  it('gives the number when the directory holds one, marked when it is demo data', () => {
    const listed = { ...sender, phone: '062-000-3000', fictional: true };
    expect(centerContactNote(listed, 'ko')).toBe(
      '센터 연락처: 광주주거복지센터 062-000-3000 (이 연계를 보낸 동구 상담사) · 체험용 가상 번호',
    );
    expect(centerContactNote(listed, 'en')).toBe(
      'Center contact: 광주주거복지센터 062-000-3000 (동구 상담사 sent this referral) · fictional demo number',
    );
  });

  it('names whom to ask when no number is on record, and never shows a number it was not given', () => {
    const ko = centerContactNote({ ...sender, phone: null }, 'ko') ?? '';
    expect(ko).toBe(
      '센터 전화번호는 기록되어 있지 않습니다. 이 연계를 보낸 광주주거복지센터 동구 상담사에게 연락해 주세요.',
    );
    expect(ko).not.toMatch(/\d{3}-\d{3,4}-\d{4}/);
    expect(centerContactNote({ ...sender, phone: null }, 'en')).toBe(
      "The center's phone number is not on record: ask for 광주주거복지센터 동구 상담사, who sent this referral.",
    );
    expect(centerContactNote(null, 'ko')).toBeUndefined();
  });

  it('gives the number alone once the sender’s account is closed', () => {
    const closed = { ...sender, name: null, phone: '062-000-3000' };
    expect(centerContactNote(closed, 'ko')).toBe('센터 연락처: 광주주거복지센터 062-000-3000');
    expect(centerContactNote(closed, 'en')).toBe('Center contact: 광주주거복지센터 062-000-3000');
  });
});
