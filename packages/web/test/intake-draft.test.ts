import { describe, expect, it } from 'vitest';
import { emptyPerson } from '../src/staff/cases/IntakePeople.tsx';
import {
  forgetIntake,
  type IntakeDraft,
  keepIntake,
  keptIntake,
  typedSomething,
} from '../src/staff/cases/intake-draft.ts';

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
    forgetIntake();
    expect(keptIntake('a')).toBeNull();
  });
});
