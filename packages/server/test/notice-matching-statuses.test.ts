import {
  type Applicant,
  catalog,
  HOUSING_TYPE_IDS,
  matchNotice,
  noticeProgramIds,
  noticeTerms,
  screenHousehold,
} from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import { applicantOf } from '../src/notices/matching.ts';
import { makeDemoHousehold } from '../src/seed/demo-households.ts';
import { seededRandom } from '../src/seed/random.ts';

const TODAY = '2026-03-01';

/** The applicant as matching built it before: every program screened with its reasons. */
function screenedApplicant(district: string, household: Record<string, unknown>): Applicant {
  const outcome = screenHousehold(household, { date: TODAY });
  const programs = outcome.ok
    ? outcome.programs.map((p) => ({ id: p.id, name: p.name, status: p.status, missing: p.missing }))
    : [];
  return { programs, household: household.address ? household : { ...household, gwangjuDistrict: district } };
}

/**
 * Matching a case to a notice screens only the notice's own programs, statuses only
 * (screenStatuses): every fit, reason and question must be what the full screening gave.
 */
describe('notice matching on statuses of the notice programs only', () => {
  const rand = seededRandom(611);
  const cases = Array.from({ length: 150 }, () => makeDemoHousehold(rand));

  it('every housing type: the same fit for every demo case', () => {
    const fits = { yes: 0, maybe: 0, no: 0 };
    for (const type of HOUSING_TYPE_IDS) {
      const terms = noticeTerms({
        title: '공고',
        housingType: type,
        url: null,
        permalink: 'https://example.org/n/1',
        applicationStart: '2026-02-01',
        applicationEnd: '2026-03-31',
      } as never);
      const ids = noticeProgramIds(terms);
      const programs = catalog.filter((e) => ids.includes(e.id));
      for (const c of cases) {
        const household = c.household as Record<string, unknown>;
        const before = matchNotice(terms, screenedApplicant(c.district, household), TODAY);
        const now = matchNotice(terms, applicantOf({ district: c.district, household }, TODAY, programs), TODAY);
        expect(now, `${type} ${JSON.stringify(household)}`).toEqual(before);
        fits[before.fit]++;
      }
    }
    // The demo cases reach every kind of fit, so each kind was compared.
    expect(fits.yes).toBeGreaterThan(10);
    expect(fits.maybe).toBeGreaterThan(10);
    expect(fits.no).toBeGreaterThan(10);
  });
});
