import { describe, expect, it } from 'vitest';
import { selfCheckSummary } from '../src/staff/consultations/self-check-summary.ts';

const ko = (x: { ko: string }) => x.ko;
const en = (x: { en: string }) => x.en;
const p = (id: string, status: string) => ({ id, name: `${id} (저장된 이름)`, status });

describe('the inbox reading of a self-check', () => {
  it('names the programs found, in the reader’s language', () => {
    const programs = [p('housing-benefit.rent', 'eligible'), p('emergency-housing', 'unknown')];
    expect(selfCheckSummary(programs, ko, 'ko')).toBe('주거급여 (임차급여)');
    expect(selfCheckSummary(programs, en, 'en')).toMatch(/^Housing benefit/);
  });

  it('says how many are undecided when none was found, not "not eligible"', () => {
    const programs = [p('a', 'unknown'), p('b', 'unknown'), p('c', 'ineligible')];
    expect(selfCheckSummary(programs, ko, 'ko')).toBe('더 알아봐야 함 (2개 제도)');
    expect(selfCheckSummary(programs, en, 'en')).toBe('Needs more information (2 programs)');
  });

  it('says 비대상 only when every program was decided against', () => {
    expect(selfCheckSummary([p('a', 'ineligible'), p('b', 'ineligible')], ko, 'ko')).toBe('비대상');
  });
});
