import { describe, expect, it } from 'vitest';
import { taskTitle } from '../src/staff/cases/task-title.ts';

describe('a task’s title', () => {
  const added = {
    title: '연계 거절 후속: LH 매입임대 (R-1) — 다른 기관이나 제도 찾기',
    titleEn: 'Referral declined: LH 매입임대 (R-1) — find another agency or program',
  };
  it('is the English one the system wrote, on an English page', () => {
    expect(taskTitle(added, 'en')).toBe(added.titleEn);
    expect(taskTitle(added, 'ko')).toBe(added.title);
  });
  it('is a person’s own words in either language (no English title, or one taken away by a retitle)', () => {
    expect(taskTitle({ title: '계약서 사본 받기', titleEn: null }, 'en')).toBe('계약서 사본 받기');
    expect(taskTitle({ title: '계약서 사본 받기' }, 'en')).toBe('계약서 사본 받기');
  });
});
