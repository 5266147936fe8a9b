import { describe, expect, it } from 'vitest';
import { decideWithReasons, defineProgram, defineSchema, enumOf, num, type ParameterDef, p, v } from '../src/index.ts';

const cite = { title: '샘플 고시 (테스트용)', url: 'https://example.org/sample', article: '제1조' };
const minAge: ParameterDef = {
  id: 'gap.min-age',
  label: { ko: '최저 연령', en: 'minimum age' },
  unit: 'years',
  periods: [{ from: '2019-01-01', value: 65, citation: cite, evidence: 'official' }],
};
const maxShare: ParameterDef = {
  id: 'gap.max-share',
  label: { ko: '소득 대비 월세 상한', en: 'rent share cap' },
  unit: 'ratio',
  periods: [{ from: '2019-01-01', value: 0.3, citation: cite, evidence: 'official' }],
};
const minYears: ParameterDef = {
  id: 'gap.min-years',
  label: { ko: '최소 거주기간', en: 'minimum stay' },
  unit: 'years',
  periods: [{ from: '2019-01-01', value: 2, citation: cite, evidence: 'official' }],
};
const minArea: ParameterDef = {
  id: 'gap.max-area',
  label: { ko: '최대 면적', en: 'largest area' },
  unit: 'm2',
  periods: [{ from: '2019-01-01', value: 40, citation: cite, evidence: 'official' }],
};

/** NOT Korean law: one comparison per unit the gap wording knows. */
const program = defineProgram({
  id: 'sample.gaps',
  label: { ko: '샘플', en: 'sample' },
  schema: defineSchema({
    household: {
      age: num('years', { ko: '신청인 나이', en: 'applicant age' }),
      share: num('ratio', { ko: '월세 비율', en: 'rent share' }),
      stay: num('years', { ko: '거주기간', en: 'stay' }),
      area: num('m2', { ko: '전용면적', en: 'floor area' }),
      rooms: num('count', { ko: '방 수', en: 'rooms' }),
    },
    member: {},
  }),
  criteria: {
    age: { label: { ko: '나이', en: 'age' }, test: v.ge(v.input('age'), p(minAge)) },
    share: { label: { ko: '비율', en: 'share' }, test: v.le(v.input('share'), p(maxShare)) },
    stay: { label: { ko: '거주', en: 'stay' }, test: v.ge(v.input('stay'), p(minYears)) },
    area: { label: { ko: '면적', en: 'area' }, test: v.le(v.input('area'), p(minArea)) },
    rooms: { label: { ko: '방', en: 'rooms' }, test: v.ge(v.input('rooms'), 2) },
  },
});

const sentences = (h: Record<string, number>) =>
  Object.fromEntries(
    decideWithReasons(program, { ...h, members: [] }, { date: '2026-01-01' }).criteria.map((c) => [c.id, c.sentence]),
  );

describe('how far from each line, for every unit that has a distance', () => {
  it('ages in 살, ratios in percentage points, durations in years, areas in ㎡; both directions', () => {
    const below = sentences({ age: 62, share: 0.255, stay: 1, area: 33, rooms: 1 });
    expect(below.age?.ko).toBe('신청인 나이 62세가 최저 연령 65세 미만입니다 (기준보다 3살 적어요)');
    expect(below.age?.en).toMatch(/\(3 years younger than the line\)$/);
    expect(below.share?.ko).toMatch(/\(기준보다 4\.5%p 낮아요\)$/);
    expect(below.stay?.ko).toMatch(/\(기준보다 1년 짧아요\)$/);
    expect(below.area?.ko).toMatch(/\(기준보다 7㎡ 좁아요\)$/);
    const above = sentences({ age: 70, share: 0.35, stay: 5, area: 45, rooms: 3 });
    expect(above.age?.ko).toMatch(/\(기준보다 5살 많아요\)$/);
    expect(above.share?.ko).toMatch(/\(기준보다 5%p 높아요\)$/);
    expect(above.share?.en).toMatch(/\(5 percentage points above the line\)$/);
    expect(above.stay?.ko).toMatch(/\(기준보다 3년 길어요\)$/);
    expect(above.area?.ko).toMatch(/\(기준보다 5㎡ 넓어요\)$/);
    expect(sentences({ age: 65, share: 0.3, stay: 2, area: 40, rooms: 2 }).age?.ko).toMatch(/\(기준과 같아요\)$/);
  });

  it('a count needs no distance: the sentence shows both sides already', () => {
    expect(sentences({ age: 70, share: 0.1, stay: 5, area: 30, rooms: 1 }).rooms?.ko).not.toContain('기준');
  });
});

const maxAge: ParameterDef = {
  id: 'gap.max-age',
  label: { ko: '최고 연령', en: 'maximum age' },
  unit: 'years',
  periods: [{ from: '2019-01-01', value: 34, citation: cite, evidence: 'official' }],
};

/** NOT Korean law: an applicant's age rule over the members, as 청년 and 고령자 programs have. */
const youth = defineProgram({
  id: 'sample.member-age',
  label: { ko: '샘플 청년', en: 'sample youth' },
  schema: defineSchema({
    household: {},
    member: {
      relation: enumOf(
        ['head', 'child'],
        { ko: '관계', en: 'relation' },
        {
          valueLabels: { head: { ko: '본인', en: 'self' }, child: { ko: '자녀', en: 'child' } },
        },
      ),
      age: num('years', { ko: '나이', en: 'age' }),
    },
  }),
  criteria: {
    age: {
      label: { ko: '신청인이 만 19~34세', en: 'applicant aged 19–34' },
      test: v.anyMember((m) =>
        v.and(v.eq(m.input('relation'), 'head'), v.ge(m.input('age'), 19), v.le(m.input('age'), p(maxAge))),
      ),
    },
  },
});

const ageSentence = (members: { relation: string; age: number }[]) =>
  decideWithReasons(youth, { members }, { date: '2026-01-01' }).criteria[0]?.sentence;

describe('an age rule about one member says how far that member is from the line', () => {
  it('a missed rule is worded for the applicant, not the child who is the right age', () => {
    const s = ageSentence([
      { relation: 'head', age: 36 },
      { relation: 'child', age: 20 },
    ]);
    expect(s?.ko).toBe('나이 36세가 최고 연령 34세 초과입니다 (기준보다 2살 많아요)');
    expect(s?.en).toBe('Age 36 years old is above maximum age 34 years old (2 years older than the line)');
  });

  it('a met rule names both lines with their distance and leaves out who the applicant is', () => {
    expect(ageSentence([{ relation: 'head', age: 30 }])?.ko).toBe(
      '나이 30세가 19세 이상입니다 (기준보다 11살 많아요); 나이 30세가 최고 연령 34세 이하입니다 (기준보다 4살 적어요)',
    );
  });

  it('a household with nobody marked 본인 keeps the plain wording', () => {
    expect(ageSentence([])?.ko).toBe('신청인이 만 19~34세 조건을 충족하지 않습니다');
  });
});
