import { GWANGJU_DISTRICTS } from '@jibsa/programs';
import type { Transaction } from 'kysely';
import { addEvent } from '../cases/events.ts';
import { writePeople } from '../cases/people.ts';
import { nextCaseNumber } from '../cases/queries.ts';
import { CASE_STATUSES } from '../cases/schemas.ts';
import { screenCase, toSnapshot } from '../cases/screening.ts';
import { keepScreening } from '../cases/screening-store.ts';
import type { Database } from '../db/schema.ts';
import type { Random } from './random.ts';

export const DEMO_CASES_PER_DISTRICT = 8;

// Fictional on purpose: made-up given names, phone numbers in the 010-0000-xxxx range no one is issued.
const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤'];
const GIVEN = ['가온', '나래', '다온', '라희', '마루', '바다', '사랑', '아름', '하늘', '한결', '이슬', '보람'];
const HOUSING = ['semi_basement', 'rooftop', 'goshiwon', 'jjokbang', 'multi_family', 'vinyl_house'] as const;
const NEEDS = ['월세 체납 해결', '이사', '집수리', '공공임대 신청', '주거급여 신청', '긴급 거처'];

/** About forty cases in every stage across the five 구, each with people, housing, a task and a timeline. */
export async function seedDemoCases(trx: Transaction<Database>, rand: Random, today: string) {
  const counselors = await trx
    .selectFrom('staff_user')
    .select(['id', 'district'])
    .where('role', '=', 'counselor')
    .execute();
  let n = 0;
  for (const d of GWANGJU_DISTRICTS) {
    const counselor = counselors.find((c) => c.district === d.id);
    for (let i = 0; i < DEMO_CASES_PER_DISTRICT; i++) {
      const status = CASE_STATUSES[n++ % CASE_STATUSES.length] ?? 'intake';
      const age = rand.int(28, 88);
      const birthYear = Number(today.slice(0, 4)) - age;
      const people = [
        {
          name: `${rand.pick(SURNAMES)}${rand.pick(GIVEN)}`,
          birthDate: `${birthYear}-0${rand.int(1, 9)}-1${rand.int(0, 9)}`,
          relation: 'head',
          phone: `0100000${String(rand.int(0, 9999)).padStart(4, '0')}`,
        },
      ];
      const rent = rand.int(15, 45) * 10_000;
      const arrearsMonths = rand.chance(0.5) ? rand.int(1, 6) : 0;
      const base = demoHousehold(n, d.ko, rent, age, people[0]?.birthDate, rand.int(0, 12) * 100_000);
      const housing = {
        tenure: 'monthly_rent',
        housingType: rand.pick(HOUSING),
        deposit: rand.int(1, 30) * 100_000,
        monthlyRent: rent,
        arrearsMonths,
        arrearsAmount: arrearsMonths * rent,
      };
      // The case form shows `housing`; screening reads `household`. A counselor's save writes one
      // onto the other, so demo cases must agree too, or the form says 보증금 20만원 while the
      // screening counts 240만원.
      const household = { ...base, deposit: housing.deposit, housingType: housing.housingType };
      const created = await trx
        .insertInto('case_record')
        .values({
          number: await nextCaseNumber(trx, Number(today.slice(0, 4))),
          district: d.id,
          status,
          closing_reason: status === 'closed' ? '공공임대 입주로 목표 달성 (데모)' : null,
          assignee_id: counselor?.id ?? null,
          housing: JSON.stringify(housing),
          household: JSON.stringify(household),
          needs: JSON.stringify([rand.pick(NEEDS)]),
          consent: JSON.stringify({
            collection: true,
            sharing: rand.chance(0.7),
            recordedAt: new Date().toISOString(),
            recordedBy: '데모',
          }),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writePeople(trx, created.id, people);
      await trx
        .insertInto('case_task')
        .values({
          case_id: created.id,
          title: '다음 상담 전화',
          assignee_id: counselor?.id ?? null,
          // Some tasks already past due, so the "overdue" filter has something to show.
          due_on: rand.chance(0.3) ? '2026-01-15' : '2030-06-30',
        })
        .execute();
      await addEvent(trx, {
        caseId: created.id,
        actorId: counselor?.id ?? null,
        kind: 'created',
        version: 1,
        detail: { from: 'demo' },
      });
      if (status !== 'intake') {
        await addEvent(trx, {
          caseId: created.id,
          actorId: counselor?.id ?? null,
          kind: 'status',
          version: 1,
          detail: { from: 'intake', to: status },
        });
        // Past intake, a counselor has screened the household: the case opens on its results.
        const outcome = screenCase(household, today);
        await keepScreening(trx, {
          caseId: created.id,
          version: 1,
          actorId: counselor?.id ?? null,
          outcome,
          programs: toSnapshot(outcome),
          household,
          changes: [],
        });
      }
    }
  }
}

/**
 * What intake asks of a demo household, filled in as a counselor would: incomes by kind (a pension
 * from 65), savings, no home, car or debts, benefits received. Drawn from the case's index, not the
 * random stream, so every other demo value stays as it was.
 */
function demoHousehold(
  n: number,
  sigungu: string,
  rent: number,
  age: number,
  birthDate: string | undefined,
  earned: number,
) {
  return {
    address: { sido: '광주광역시', sigungu },
    tenure: 'monthly_rent',
    monthlyRent: rent,
    deposit: ((n * 7) % 30) * 100_000 + 500_000,
    ownsHome: false,
    financialAssets: ((n * 13) % 40) * 100_000,
    otherProperty: 0,
    carValue: 0,
    debts: 0,
    receivesLivelihoodBenefit: false,
    receivesMedicalBenefit: false,
    receivesHousingBenefit: n % 4 === 0,
    members: [
      {
        relation: 'head',
        birthDate,
        disabled: n % 9 === 0,
        earnerGroup: 'none',
        earnedIncome: earned,
        businessIncome: 0,
        pensionIncome: age >= 65 ? 300_000 + ((n * 11) % 6) * 100_000 : 0,
        otherIncome: 0,
      },
    ],
  };
}
