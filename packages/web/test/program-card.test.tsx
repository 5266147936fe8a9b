import { findProgram, type ProgramScreening, screenHousehold } from '@jibsa/programs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../src/self-check/questionnaire/state.ts';
import { IncomeParts } from '../src/self-check/result/IncomeParts.tsx';
import { ProgramCard, wordsBound } from '../src/self-check/result/ProgramCard.tsx';

/** 70, alone, renting in 광산구 on a 300,000원 pension: 생계급여 with an amount. */
const household = {
  region: 'metro',
  gwangjuDistrict: 'gwangsan',
  tenure: 'monthly_rent',
  housingType: 'multi_family',
  deposit: 3_000_000,
  monthlyRent: 200_000,
  financialAssets: 0,
  otherProperty: 0,
  carValue: 0,
  debts: 0,
  members: [
    {
      age: 70,
      relation: 'head',
      disabled: false,
      earnedIncome: 0,
      businessIncome: 0,
      pensionIncome: 300_000,
      otherIncome: 0,
    },
  ],
};
const date = '2026-03-01';

function card(id: string): { p: ProgramScreening; html: string } {
  const s = screenHousehold(household, { date });
  if (!s.ok) throw new Error('the household does not validate');
  const p = s.programs.find((x) => x.id === id) as ProgramScreening;
  return {
    p,
    html: renderToStaticMarkup(<ProgramCard p={p} answers={emptyAnswers} household={household} date={date} />),
  };
}

describe('a result card with an amount', () => {
  it('says the limit the rules do not encode (생계급여: 부양의무자), which whatYouGet says in its place elsewhere', () => {
    const caution = findProgram('basic-livelihood.livelihood')?.metadata.caution;
    expect(caution?.ko).toContain('부양의무자');
    const { p, html } = card('basic-livelihood.livelihood');
    expect(p.status).toBe('eligible');
    expect(p.amount).toBeGreaterThan(0);
    expect(html).toContain('data-amount=');
    expect(html).toContain(`<p class="notice caution">${caution?.ko}</p>`);
  });

  it('says nothing of the kind for a program without such a limit', () => {
    const { p, html } = card('housing-benefit.rent');
    expect(p.amount).toBeGreaterThan(0);
    expect(html).not.toContain('caution');
  });
});

describe('reasons resting on weak figures', () => {
  it('are marked ※ and the note naming those figures is said once, under the reasons', () => {
    const { p, html } = card('basic-livelihood.livelihood');
    const weak = p.reasons.filter((r) => r.weak);
    expect(weak.length).toBeGreaterThan(0);
    expect(p.figuresNote).toBeDefined();
    expect(html.split('※ 표시한 판단에 쓴')).toHaveLength(2);
    expect(html).toContain(`<p class="figures-note">${p.figuresNote?.ko}</p>`);
    expect(
      html.match(/<span aria-hidden="true"> ※<\/span><span class="visually-hidden"> \(아래 참고\)<\/span><\/li>/g),
    ).toHaveLength(weak.length);
    expect(html.match(/담당 기관에 확인/g)).toHaveLength(1);
  });
});

describe('소득인정액 in its parts beside a reason worded by a bound', () => {
  // 45, alone, earning 250만원: the deduction groups are not asked, so 생계급여's reason takes
  // 소득인정액 at its lowest (1,150,000원) while the parts, on the usual answers, add up to 1,750,000원.
  const earner = {
    ...household,
    members: [
      { age: 45, relation: 'head', earnedIncome: 2_500_000, businessIncome: 0, pensionIncome: 0, otherIncome: 0 },
    ],
  };
  const parts = (bounded: boolean) =>
    renderToStaticMarkup(
      <IncomeParts programId="basic-livelihood.livelihood" household={earner} date={date} bounded={bounded} />,
    );

  it('says why the total differs from the figure in the reason', () => {
    const s = screenHousehold(earner, { date });
    if (!s.ok) throw new Error('invalid');
    const livelihood = s.programs.find((p) => p.id === 'basic-livelihood.livelihood') as ProgramScreening;
    expect(livelihood.reasons.map((r) => r.text.ko).join(' ')).toContain('(가장 적게 잡아도) 1,150,000원');
    expect(wordsBound(livelihood)).toBe(true);
    expect(parts(true)).toContain('월 1,750,000원');
    expect(parts(true)).toContain('다를 수 있어요');
  });

  it('says nothing of it on a card whose reasons are not worded so', () => {
    const { p, html } = card('housing-benefit.rent');
    expect(wordsBound(p)).toBe(false);
    // The card shows 소득인정액's parts (an eligible card is open), without the sentence.
    expect(html).toContain('소득인정액 (합계)');
    expect(html).not.toContain('다를 수 있어요');
  });
});
