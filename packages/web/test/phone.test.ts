import { describe, expect, it } from 'vitest';
import { phoneText } from '../src/staff/shell/phone.ts';

describe('phoneText', () => {
  it('writes mobile, Seoul and other area numbers with dashes, as they are written in Korea', () => {
    expect(phoneText('01000005517')).toBe('010-0000-5517');
    expect(phoneText('0101234567')).toBe('010-123-4567');
    expect(phoneText('0212345678')).toBe('02-1234-5678');
    expect(phoneText('021234567')).toBe('02-123-4567');
    expect(phoneText('0621234567')).toBe('062-123-4567');
    expect(phoneText('06212345678')).toBe('062-1234-5678');
  });

  it('tidies numbers typed with dashes or spaces, and leaves anything else as it was given', () => {
    expect(phoneText('010 4545 6767')).toBe('010-4545-6767');
    expect(phoneText('010-4545-6767')).toBe('010-4545-6767');
    for (const odd of ['1588-1234', '+82 10 1234 5678', '010-1234-5678 (낮)', '12345', '']) {
      expect(phoneText(odd)).toBe(odd);
    }
  });
});
