import { describe, expect, it } from 'vitest';
import { centerContactNote } from '../src/staff/referrals/center-contact.ts';

const sender = { name: '동구 상담사', organization: '광주주거복지센터', fictional: false };
const number = 'R-2026-000009';

describe('an ended referral tells the agency whom at the center to call', () => {
  it('gives the number when the directory holds one, marked when it is demo data', () => {
    const listed = { ...sender, phone: '062-000-3000', fictional: true };
    expect(centerContactNote(listed, number, 'ko')).toBe(
      '센터 연락처: 광주주거복지센터 062-000-3000 (이 연계를 보낸 동구 상담사) · 체험용 가상 번호',
    );
    expect(centerContactNote(listed, number, 'en')).toBe(
      'Center contact: 광주주거복지센터 062-000-3000 (동구 상담사 sent this referral) · fictional demo number',
    );
  });

  it('with no number on record, names whom to ask and what to quote, and how the number gets there; never a made-up one', () => {
    const ko = centerContactNote({ ...sender, phone: null }, number, 'ko') ?? '';
    expect(ko).toBe(
      '센터 전화번호는 아직 Jibsa에 등록되어 있지 않습니다. 센터에 연락할 때 「연계 번호 R-2026-000009, 보낸 사람 광주주거복지센터 동구 상담사」라고 알려 주면 바로 찾습니다. 센터 관리자가 기관 목록에 센터 전화번호를 올리면 여기에 나옵니다.',
    );
    expect(ko).not.toMatch(/\d{3}-\d{3,4}-\d{4}/);
    expect(centerContactNote({ ...sender, phone: null }, number, 'en')).toBe(
      "The center's phone number is not in Jibsa yet. When you contact the center, ask for 광주주거복지센터 동구 상담사, who sent this referral, and quote referral number R-2026-000009. Once the center's administrator adds its number to the agency directory, it shows here.",
    );
    expect(centerContactNote(null, number, 'ko')).toBeUndefined();
  });

  it('gives the number alone once the sender’s account is closed', () => {
    const closed = { ...sender, name: null, phone: '062-000-3000' };
    expect(centerContactNote(closed, number, 'ko')).toBe('센터 연락처: 광주주거복지센터 062-000-3000');
    expect(centerContactNote(closed, number, 'en')).toBe('Center contact: 광주주거복지센터 062-000-3000');
  });
});
