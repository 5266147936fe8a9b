import { describe, expect, it } from 'vitest';
import { emptyPerson } from '../src/staff/cases/IntakePeople.tsx';
import { type IntakeDraft, keepIntake, keptIntake, typedSomething } from '../src/staff/cases/intake-draft.ts';
import { forgetDrafts, keepDraft, keptDraft } from '../src/staff/shell/kept-drafts.ts';

const empty: IntakeDraft = {
  district: 'dong',
  people: [emptyPerson()],
  housing: {},
  needs: '',
  consent: { collection: false, sharing: false },
};

describe('a half-filled intake kept in memory', () => {
  it('counts as typed once anything is written or chosen beyond the empty form', () => {
    expect(typedSomething(empty)).toBe(false);
    expect(typedSomething({ ...empty, people: [{ ...emptyPerson(), name: '가' }] })).toBe(true);
    expect(typedSomething({ ...empty, housing: { tenure: 'jeonse' } })).toBe(true);
    expect(typedSomething({ ...empty, needs: ' ' })).toBe(false);
    expect(typedSomething({ ...empty, consent: { collection: true, sharing: false } })).toBe(true);
  });

  it('is given back to the counselor who typed it only, and forgotten when empty', () => {
    const typed = { ...empty, needs: '이사' };
    keepIntake('a', typed);
    expect(keptIntake('a')).toEqual(typed);
    expect(keptIntake('b')).toBeNull();
    keepIntake('a', empty);
    expect(keptIntake('a')).toBeNull();
    keepIntake('a', typed);
    keepIntake('a', null);
    expect(keptIntake('a')).toBeNull();
    keepIntake('a', typed);
    forgetDrafts();
    expect(keptIntake('a')).toBeNull();
  });

  it('keeps a case note per case beside the intake; another staff member on the tab starts with neither', () => {
    keepIntake('a', { ...empty, needs: '이사' });
    keepDraft('a', 'note:case-1', '집주인과 통화함');
    keepDraft('a', 'note:case-2', '서류 받음');
    expect(keptDraft('a', 'note:case-1')).toBe('집주인과 통화함');
    expect(keptIntake('a')?.needs).toBe('이사');
    keepDraft('a', 'note:case-1', null);
    expect(keptDraft('a', 'note:case-1')).toBeUndefined();
    expect(keptDraft('a', 'note:case-2')).toBe('서류 받음');
    // A different person's first draft on this tab drops the earlier person's, unread.
    expect(keptDraft('b', 'note:case-2')).toBeUndefined();
    keepDraft('b', 'note:case-3', '방문 예정');
    expect(keptDraft('a', 'note:case-2')).toBeUndefined();
    expect(keptIntake('a')).toBeNull();
    expect(keptDraft('b', 'note:case-3')).toBe('방문 예정');
    forgetDrafts();
    expect(keptDraft('b', 'note:case-3')).toBeUndefined();
  });
});
