import { describe, expect, it } from 'vitest';
import { checkForm, recheckField } from '../src/consult/validate.ts';

const m = { required: 'required', phoneFormat: 'format', districtRequired: 'district', consentRequired: 'consent' };
const empty = { name: '', phone: '', district: '', preferredTime: '', message: '' };
const none = { contact: false, household: false, result: false };

describe('consultation form checks', () => {
  it('asks for a name, a phone number, the 구 and consent to send contact details', () => {
    expect(checkForm(empty, none, m)).toEqual({
      name: 'required',
      phone: 'required',
      district: 'district',
      contact: 'consent',
    });
    const ok = { ...empty, name: '김광주', phone: '010 1234 5678', district: 'seo' };
    expect(checkForm(ok, { ...none, contact: true }, m)).toEqual({});
    expect(checkForm({ ...ok, name: '   ' }, { ...none, contact: true }, m)).toEqual({ name: 'required' });
  });

  it('asks again for a phone number the center cannot dial, before sending', () => {
    const ok = { ...empty, name: '김광주', district: 'seo' };
    const consent = { ...none, contact: true };
    for (const phone of ['abc-123', '1234', '010-12', '02-12-34', '010-1234-5678-9999'])
      expect(checkForm({ ...ok, phone }, consent, m), phone).toEqual({ phone: 'format' });
    for (const phone of ['010-1234-5678', '010 1234 5678', '+82 10-1234-5678', '(062) 123-4567', '062.123.4567'])
      expect(checkForm({ ...ok, phone }, consent, m), phone).toEqual({});
    // Fixed after a try: the error goes at once.
    expect(recheckField({ phone: 'format' }, 'phone', { ...ok, phone: '010-1234-5678' }, consent, m, true)).toEqual({});
  });

  it('clears a field’s error as soon as it is fixed, and keeps the others', () => {
    const errors = checkForm(empty, none, m);
    const form = { ...empty, name: '김' };
    expect(recheckField(errors, 'name', form, none, m, true)).toEqual({
      phone: 'required',
      district: 'district',
      contact: 'consent',
    });
    // Emptied again after a try: the error comes back.
    expect(recheckField({}, 'name', empty, none, m, true)).toEqual({ name: 'required' });
    // Before the first try, typing never shows an error.
    expect(recheckField({}, 'name', empty, none, m, false)).toEqual({});
  });

  it('drops the server’s error for a field when the person changes it', () => {
    const server = { phone: '휴대전화 번호 형식이 아닙니다.' };
    const form = { ...empty, name: '김광주', phone: '010-1234-5678', district: 'seo' };
    expect(recheckField(server, 'phone', form, { ...none, contact: true }, m, true)).toEqual({});
  });
});
