import { matchNotice, type Screening } from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import { noticeApplicant } from '../src/board/notice-applicant.ts';
import { emptyAnswers, setMembers } from '../src/self-check/questionnaire/state.ts';

const unknownRental = (path: string) =>
  ({
    date: '2026-12-07',
    programs: [
      {
        id: 'public-rental.national',
        name: { ko: '국민임대주택', en: 'National rental housing' },
        status: 'unknown',
        missing: [{ path, label: { ko: '가구원 1의 사업·장사 소득', en: 'member 1: business income' } }],
      },
    ],
  }) as unknown as Screening;

const terms = { housingType: 'national' } as never;

describe('what a self-check still has to answer for a 모집공고', () => {
  it('names the person as the questions do, not "가구원 1"', () => {
    // Handed the engine's screening as it is (as the result page did), the list said "가구원 1".
    const screening = unknownRental('members[0].businessIncome');
    const raw = matchNotice(terms, { household: {}, programs: screening.programs }, '2026-12-07');
    expect(raw.missing[0]?.ko).toContain('가구원 1');

    const alone = setMembers(emptyAnswers, [{ relation: 'head', age: 72 }]);
    const fit = matchNotice(terms, noticeApplicant(unknownRental('members[0].businessIncome'), alone), '2026-12-07');
    expect(fit.missing.map((m) => m.ko).join(' ')).not.toContain('가구원 1');
    expect(fit.missing[0]?.ko).toMatch(/^본인의 /);

    const family = setMembers(emptyAnswers, [
      { relation: 'head', age: 40 },
      { relation: 'spouse', age: 38 },
    ]);
    const two = matchNotice(terms, noticeApplicant(unknownRental('members[1].businessIncome'), family), '2026-12-07');
    expect(two.missing[0]?.ko).toMatch(/^두 번째 분\(배우자, 38세\)의 /);
  });
});
