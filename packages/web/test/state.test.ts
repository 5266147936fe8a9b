import { describe, expect, it } from 'vitest';
import { knownFieldsOnly } from '../src/self-check/questionnaire/fields.ts';
import { nextPath, previousPath, progress } from '../src/self-check/questionnaire/flow.ts';
import { parsePath } from '../src/self-check/questionnaire/paths.ts';
import { memberQuestion, personName } from '../src/self-check/questionnaire/people.ts';
import {
  emptyAnswers,
  getAnswer,
  isSettled,
  markUnknown,
  setAnswer,
  setMembers,
  toHousehold,
} from '../src/self-check/questionnaire/state.ts';

const rel = { head: { ko: '본인 (가구주)', en: 'Self (head)' }, spouse: { ko: '배우자', en: 'Spouse' } };

describe('answers', () => {
  it('parses engine paths', () => {
    expect(parsePath('tenure')).toEqual({ scope: 'household', name: 'tenure' });
    expect(parsePath('members')).toEqual({ scope: 'members' });
    expect(parsePath('members[1].earnedIncome')).toEqual({ scope: 'member', index: 1, name: 'earnedIncome' });
  });

  it('a Gwangju district settles the region; outside Gwangju asks it', () => {
    let a = setAnswer(emptyAnswers, 'gwangjuDistrict', 'gwangsan');
    expect(a.household.region).toBe('metro');
    expect(nextPath(a, [])).toBe('members');
    a = setAnswer(a, 'gwangjuDistrict', 'outside');
    expect(a.household.region).toBeUndefined();
    expect(nextPath(a, [])).toBe('region');
  });

  it('builds household JSON with members; unknown stays absent', () => {
    let a = setAnswer(emptyAnswers, 'tenure', 'monthly_rent');
    a = setMembers(a, [
      { relation: 'head', age: 78 },
      { relation: 'spouse', age: undefined },
    ]);
    a = setAnswer(a, 'members[0].pensionIncome', 350_000);
    expect(toHousehold(a)).toEqual({
      tenure: 'monthly_rent',
      members: [{ relation: 'head', age: 78, pensionIncome: 350_000 }, { relation: 'spouse' }],
    });
    expect(getAnswer(a, 'members[0].pensionIncome')).toBe(350_000);
  });

  it('changing the tenure forgets answers that no longer apply (a renter’s deposit is not an owner’s asset)', () => {
    let a = setAnswer(emptyAnswers, 'tenure', 'monthly_rent');
    a = setAnswer(a, 'deposit', 5_000_000);
    a = markUnknown(a, 'monthlyRent');
    a = setAnswer(a, 'financialAssets', 1_000_000);
    a = setAnswer(a, 'tenure', 'owner');
    expect(a.household).toEqual({ tenure: 'owner', financialAssets: 1_000_000 });
    expect(a.unknown).toEqual([]);
    expect(a.asked).toEqual(['tenure', 'financialAssets']);
    a = setAnswer(a, 'residentialProperty', 90_000_000);
    a = setAnswer(a, 'tenure', 'jeonse');
    expect(a.household).toEqual({ tenure: 'jeonse', financialAssets: 1_000_000 });
    a = setAnswer(a, 'deposit', 80_000_000);
    // 전세 → 월세: a 전세금 is not a 월세 보증금 (a 300만원 보증금 kept as a 전세금 was never asked
    // again, and 주거급여 came out at 10,000원). The 월세 보증금 given first comes back as it was.
    a = setAnswer(a, 'tenure', 'monthly_rent');
    expect(a.household.deposit).toBe(5_000_000);
    // And back to 전세: its own 전세금 returns, answered.
    a = setAnswer(a, 'tenure', 'jeonse');
    expect(a.household.deposit).toBe(80_000_000);
    expect(a.asked).toContain('deposit');
    // A tenure with no deposit of its own yet asks for one.
    let b = setAnswer(emptyAnswers, 'tenure', 'jeonse');
    b = setAnswer(b, 'deposit', 80_000_000);
    b = setAnswer(b, 'tenure', 'monthly_rent');
    expect(b.household.deposit).toBeUndefined();
    expect(b.asked).not.toContain('deposit');
  });

  it('gives back what a tenure change set aside when that tenure is chosen again (the rent was lost)', () => {
    let a = setAnswer(emptyAnswers, 'tenure', 'monthly_rent');
    a = setAnswer(a, 'deposit', 5_000_000);
    a = setAnswer(a, 'monthlyRent', 250_000);
    a = setAnswer(a, 'tenure', 'jeonse');
    // Not counted while 전세: no rent, and the 월세 보증금 is not its 전세금 (asked anew).
    expect(a.household).toEqual({ tenure: 'jeonse' });
    expect(a.asked).not.toContain('monthlyRent');
    expect(a.asked).not.toContain('deposit');
    a = setAnswer(a, 'tenure', 'monthly_rent');
    expect(a.household).toEqual({ tenure: 'monthly_rent', deposit: 5_000_000, monthlyRent: 250_000 });
    expect(a.asked).toContain('monthlyRent');
    // Through 내 집 and back: the renter's answers come back; the owner's home value goes aside.
    a = setAnswer(a, 'tenure', 'owner');
    a = setAnswer(a, 'residentialProperty', 90_000_000);
    expect(a.household).toEqual({ tenure: 'owner', residentialProperty: 90_000_000 });
    a = setAnswer(a, 'tenure', 'monthly_rent');
    expect(a.household).toEqual({ tenure: 'monthly_rent', deposit: 5_000_000, monthlyRent: 250_000 });
    // Each tenure keeps its own: a 월세 deposit does not come back as a 전세금.
    a = setAnswer(a, 'tenure', 'owner');
    expect(a.household.residentialProperty).toBe(90_000_000);
    a = setAnswer(a, 'tenure', 'jeonse');
    expect(a.household).toEqual({ tenure: 'jeonse' });
  });

  it('adding a spouse asks again whether a married couple lives together, once answered no', () => {
    let a = setMembers(emptyAnswers, [{ relation: 'head', age: 40 }]);
    a = setAnswer(a, 'married', false);
    a = setMembers(a, [
      { relation: 'head', age: 40 },
      { relation: 'spouse', age: 38 },
    ]);
    expect(a.household.married).toBeUndefined();
    expect(a.asked).not.toContain('married');
    // A yes stays yes; a household with no spouse keeps its no.
    a = setAnswer(a, 'married', true);
    a = setMembers(a, [
      { relation: 'head', age: 40 },
      { relation: 'spouse', age: 38 },
      { relation: 'child', age: 9 },
    ]);
    expect(a.household.married).toBe(true);
    let b = setMembers(emptyAnswers, [{ relation: 'head', age: 40 }]);
    b = setAnswer(b, 'married', false);
    b = setMembers(b, [
      { relation: 'head', age: 40 },
      { relation: 'child', age: 9 },
    ]);
    expect(b.household.married).toBe(false);
  });

  it('"잘 모르겠어요" removes the answer and settles the question', () => {
    let a = setAnswer(emptyAnswers, 'financialAssets', 1_000_000);
    a = markUnknown(a, 'financialAssets');
    expect(a.household.financialAssets).toBeUndefined();
    expect(isSettled(a, 'financialAssets')).toBe(true);
    expect(
      nextPath({ ...a, members: [{ relation: 'head' }] }, [{ path: 'financialAssets', programs: ['x'] }]),
    ).not.toBe('financialAssets');
    a = setAnswer(a, 'financialAssets', 0);
    expect(a.unknown).not.toContain('financialAssets');
  });

  it('removing a person drops the answers about them', () => {
    let a = setMembers(emptyAnswers, [{ relation: 'head' }, { relation: 'spouse' }]);
    a = setAnswer(a, 'members[1].earnedIncome', 100);
    a = markUnknown(a, 'members[1].otherIncome');
    a = setMembers(a, [{ relation: 'head' }]);
    expect(a.asked).not.toContain('members[1].earnedIncome');
    expect(a.unknown).not.toContain('members[1].otherIncome');
  });
});

describe('flow', () => {
  const base = setAnswer(
    setAnswer(setMembers(setAnswer(emptyAnswers, 'gwangjuDistrict', 'buk'), [{ relation: 'head' }]), 'tenure', 'owner'),
    'housingType',
    'apartment',
  );

  it('asks the initial questions first, then only what the engine says matters', () => {
    expect(nextPath(emptyAnswers, [{ path: 'deposit', programs: ['a'] }])).toBe('gwangjuDistrict');
    const next = [
      { path: 'tenure', programs: ['a'] },
      { path: 'members[0].earnedIncome', programs: ['a', 'b'] },
      { path: 'deposit', programs: ['a'] },
    ];
    // The person answering is asked about their own income directly (the gate is for the others).
    expect(nextPath(base, next)).toBe('members[0].earnedIncome');
    expect(nextPath(base, [])).toBeNull();
  });

  it('counts progress as answered + still possible', () => {
    const next = [
      { path: 'deposit', programs: ['a'] },
      { path: 'debts', programs: ['a'] },
    ];
    expect(progress(base, next, 'deposit')).toEqual({ n: 5, total: 6 });
    expect(previousPath(base, 'deposit')).toBe('housingType');
    expect(previousPath(base, 'tenure')).toBe('members');
    expect(previousPath(emptyAnswers, 'gwangjuDistrict')).toBeNull();
  });

  it('names people the way the questions ask about them', () => {
    const ms = [
      { relation: 'head', age: 78 },
      { relation: 'spouse', age: 75 },
    ];
    expect(personName(1, ms, rel, 'ko')).toBe('두 번째 분(배우자, 75세)');
    expect(personName(0, ms, rel, 'ko')).toBe('첫 번째 분(본인, 78세)');
    expect(personName(0, [ms[0] ?? {}], rel, 'ko')).toBe('본인');
    expect(memberQuestion('두 번째 분(배우자)', '일해서 버는 돈', 'ko')).toBe('두 번째 분(배우자)의 일해서 버는 돈');
    expect(personName(1, ms, rel, 'en')).toBe('the second person (Spouse, age 75)');
  });
});

describe('the income gate: "any money coming in?" before the four kinds of income', () => {
  const next = [{ path: 'members[1].earnedIncome', programs: ['x'] }];
  const family = setMembers(setAnswer(setAnswer(emptyAnswers, 'gwangjuDistrict', 'buk'), 'tenure', 'free'), [
    { relation: 'head', age: 40 },
    { relation: 'child', age: 9 },
  ]);
  const ready = setAnswer(family, 'housingType', 'apartment');

  it('is asked before the first income question about a person, and counted in the progress', () => {
    expect(nextPath(ready, next)).toBe('members[1].hasIncome');
    // 4 answered (district, members, tenure, type) + the gate + the income question it may lead to.
    expect(progress(ready, next, 'members[1].hasIncome')).toEqual({ n: 5, total: 6 });
    expect(progress(ready, next, null)).toEqual({ n: 4, total: 6 });
  });

  it('"no" answers all four incomes with 0 and moves on; only the incomes reach the rules', () => {
    const a = setAnswer(ready, 'members[1].hasIncome', false);
    expect(nextPath(a, next)).toBeNull();
    expect(knownFieldsOnly(toHousehold(a)).members).toEqual([
      { relation: 'head', age: 40 },
      {
        relation: 'child',
        age: 9,
        earnedIncome: 0,
        businessIncome: 0,
        pensionIncome: 0,
        otherIncome: 0,
      },
    ]);
  });

  it('"yes" asks the amounts', () => {
    const a = setAnswer(ready, 'members[1].hasIncome', true);
    expect(nextPath(a, next)).toBe('members[1].earnedIncome');
  });

  it('"no" then "잘 모르겠어요" does not keep the zeros; the amounts are asked', () => {
    let a = setAnswer(ready, 'members[1].hasIncome', false);
    a = markUnknown(a, 'members[1].hasIncome');
    expect(getAnswer(a, 'members[1].earnedIncome')).toBeUndefined();
    expect(nextPath(a, next)).toBe('members[1].earnedIncome');
  });

  it('yes → an amount → no → yes: the amount is asked again, not kept as 0', () => {
    let a = setAnswer(ready, 'members[1].hasIncome', true);
    a = setAnswer(a, 'members[1].earnedIncome', 3_000_000);
    a = setAnswer(a, 'members[1].hasIncome', false);
    expect(getAnswer(a, 'members[1].earnedIncome')).toBe(0);
    a = setAnswer(a, 'members[1].hasIncome', true);
    expect(getAnswer(a, 'members[1].earnedIncome')).toBeUndefined();
    expect(nextPath(a, next)).toBe('members[1].earnedIncome');
  });

  it('"잘 모르겠어요" falls back to asking each kind', () => {
    const a = markUnknown(ready, 'members[1].hasIncome');
    expect(nextPath(a, next)).toBe('members[1].earnedIncome');
  });
});

describe('editing who lives together', () => {
  it('moves the answers about each person with them when someone in the middle is removed', () => {
    let a = setMembers(emptyAnswers, [
      { relation: 'head', age: 70 },
      { relation: 'spouse', age: 68 },
      { relation: 'child', age: 40 },
    ]);
    a = setAnswer(a, 'members[1].hasIncome', false);
    a = markUnknown(a, 'members[2].earnedIncome');
    a = setAnswer(a, 'members[2].pensionIncome', 100_000);
    // The spouse (index 1) is removed; the child moves to index 1 with what was said about them.
    const kept = [a.members?.[0] ?? {}, a.members?.[2] ?? {}];
    a = setMembers(a, kept, [0, 2]);
    expect(a.asked).toEqual(['members', 'members[1].earnedIncome', 'members[1].pensionIncome']);
    expect(a.unknown).toEqual(['members[1].earnedIncome']);
    expect(getAnswer(a, 'members[1].pensionIncome')).toBe(100_000);
    expect(a.asked).not.toContain('members[1].hasIncome');
  });
});

describe('questions that cannot matter after "잘 모르겠어요"', () => {
  const base = setMembers(setAnswer(emptyAnswers, 'gwangjuDistrict', 'gwangsan'), [{ relation: 'head', age: 40 }]);
  const ready = ['tenure', 'housingType'].reduce(
    (a, p) => setAnswer(a, p, p === 'tenure' ? 'owner' : 'apartment'),
    base,
  );
  const next = ['carValue', 'carUse', 'carKind', 'carEngine', 'carOld', 'debts'].map((path) => ({
    path,
    programs: ['x'],
  }));

  it('skips the car’s use, kind, engine and age when its value is not known, and counts them no more', () => {
    expect(nextPath(ready, next)).toBe('carValue');
    const before = progress(ready, next, 'carValue').total;
    const a = markUnknown(ready, 'carValue');
    expect(nextPath(a, next)).toBe('debts');
    expect(progress(a, next, 'debts').total).toBe(before - 4);
    // With the value given, they are asked as the engine lists them.
    expect(nextPath(setAnswer(ready, 'carValue', 12_000_000), next)).toBe('carUse');
  });

  it('does not ask how long a marriage has lasted after "잘 모르겠어요" to whether there is one', () => {
    const marriage = [
      { path: 'married', programs: ['z'] },
      { path: 'marriedYears', programs: ['z'] },
    ];
    expect(nextPath(markUnknown(ready, 'married'), marriage)).toBeNull();
    expect(nextPath(setAnswer(ready, 'married', true), marriage)).toBe('marriedYears');
  });

  it('skips the parents’ household size when their income is not known', () => {
    const parents = [
      { path: 'parentsMonthlyIncome', programs: ['y'] },
      { path: 'parentsHouseholdSize', programs: ['y'] },
    ];
    expect(nextPath(markUnknown(ready, 'parentsMonthlyIncome'), parents)).toBeNull();
    expect(nextPath(setAnswer(ready, 'parentsMonthlyIncome', 3_000_000), parents)).toBe('parentsHouseholdSize');
  });
});

describe('questions that fit the household', () => {
  const base = setMembers(setAnswer(emptyAnswers, 'gwangjuDistrict', 'seo'), [{ relation: 'head', age: 29 }]);

  it('asks a renter the deposit and right after it the rent, before anything the engine adds', () => {
    let a = setAnswer(setAnswer(base, 'tenure', 'monthly_rent'), 'housingType', 'officetel');
    const next = [{ path: 'financialAssets', programs: ['x'] }];
    expect(nextPath(a, next)).toBe('deposit');
    a = setAnswer(a, 'deposit', 5_000_000);
    expect(nextPath(a, next)).toBe('monthlyRent');
    // 전세 has a deposit and no rent; 자가 neither.
    const jeonse = setAnswer(setAnswer(setAnswer(base, 'tenure', 'jeonse'), 'housingType', 'apartment'), 'deposit', 1);
    expect(nextPath(jeonse, next)).toBe('financialAssets');
    const owner = setAnswer(setAnswer(base, 'tenure', 'owner'), 'housingType', 'apartment');
    expect(nextPath(owner, next)).toBe('financialAssets');
  });

  it('never lets the estimate rise by more than a few questions from one screen to the next', () => {
    const a = setAnswer(setAnswer(base, 'tenure', 'owner'), 'housingType', 'apartment');
    const many = Array.from({ length: 20 }, (_, i) => ({ path: `q${i}`, programs: ['x'] }));
    expect(progress(a, many, 'q0').total).toBe(24);
    expect(progress(a, many, 'q0', 10).total).toBe(13);
  });

  it('counts a question changed from the answers list at its own place, not at the end', () => {
    const a = setAnswer(setAnswer(base, 'tenure', 'owner'), 'housingType', 'apartment');
    expect(progress(a, [], 'members').n).toBe(2);
  });
});
