import { GWANGJU_DISTRICT_IDS } from '@jibsa/programs';
import { getChoseong } from 'es-hangul';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Load-test data for the case list (bench/): n fictional cases with a head of household each, open
 * tasks on about a quarter and referrals on about a tenth, inserted by the database itself. Never
 * part of the demo seed.
 */
// Fictional names: 20 family names × 40 given names, so a name search finds about 1 in 800 (drawn
// by hash, not by a stride, so every 구 gets every name).
const FAMILY = '김이박최정강조윤장임한오서신권황안송류홍'.split('');
const GIVEN = (
  '민수 서연 지훈 하은 도윤 수아 예준 지우 시우 서윤 주원 하윤 지호 지민 준서 채원 현우 은서 건우 다은 ' +
  '우진 예린 선우 수빈 연우 지아 유준 소율 정우 가은 승현 윤서 준혁 민서 도현 하린 지환 예은 승우 나은'
).split(' ');
const NAMES = FAMILY.flatMap((f) => GIVEN.map((g) => f + g));
const CHOSEONG = NAMES.map((n) => getChoseong(n));
const DISTRICTS = [...GWANGJU_DISTRICT_IDS];
const STATUSES = ['intake', 'counseling', 'planning', 'referral', 'monitoring', 'closed'];
const PROGRAMS = [
  'basic-livelihood',
  'housing-benefit',
  'public-rental',
  'jeonse-loan',
  'youth-rent',
  'emergency-housing',
];

const REFERRAL_STATES = [
  'requested',
  'received',
  'accepted',
  'in-progress',
  'on-hold',
  'completed',
  'rejected',
  'cancelled',
];

// Bulk insert inside the database (generate_series): seconds, not minutes, for 100,000 cases.
export async function seedBulkCases(db: Kysely<Database>, n: number) {
  const names = sql`(${sql.val(NAMES)}::text[])`;
  const chos = sql`(${sql.val(CHOSEONG)}::text[])`;
  const districts = sql`(${sql.val(DISTRICTS)}::text[])`;
  const statuses = sql`(${sql.val(STATUSES)}::text[])`;
  const programs = sql`(${sql.val(PROGRAMS)}::text[])`;
  const step = 20_000;
  for (let from = 1; from <= n; from += step) {
    const to = Math.min(n, from + step - 1);
    await sql`
      insert into case_record (number, district, status, housing, consent, eligible_programs,
        search_names, search_choseong, search_phones, created_at, updated_at)
      select 'C-2026-' || lpad(i::text, 6, '0'),
        ${districts}[1 + i % 5],
        ${statuses}[1 + (i / 5) % 6],
        '{}'::jsonb, '{"collection":true}'::jsonb,
        jsonb_build_array(${programs}[1 + i % 6], ${programs}[1 + (i / 7) % 6]),
        ${names}[1 + abs(hashtext(i::text || 'name')) % ${NAMES.length}],
        ${chos}[1 + abs(hashtext(i::text || 'name')) % ${NAMES.length}],
        '010' || lpad((abs(hashtext(i::text || 'phone')) % 100000000)::text, 8, '0'),
        now() - make_interval(mins => i * 3),
        now() - make_interval(mins => i * 3)
      from generate_series(${from}::int, ${to}::int) as i`.execute(db);
  }
  await sql`
    insert into case_person (case_id, position, name, birth_date, relation, phone)
    select id, 0, search_names, date '1950-01-01' + (abs(hashtext(number)) % 20000), 'head', search_phones
    from case_record`.execute(db);
  // About one case in four has an open task; a third of those are past their due date.
  await sql`
    insert into case_task (case_id, title, due_on)
    select id, '방문 상담', current_date + ((abs(hashtext(number)) % 30) - 10)
    from case_record where abs(hashtext(number || 't')) % 4 = 0`.execute(db);
  // About one case in ten has a referral to one fictional agency, spread over all eight states;
  // the waiting ones (requested, received) are a quarter of those, half of them past their due date.
  const agency = await db
    .insertInto('agency')
    .values({
      slug: 'bench-agency',
      name: '부하 시험 기관 (가상)',
      kind: 'counseling',
      description: '벤치마크용 가상 기관',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const service = await db
    .insertInto('agency_service')
    .values({ agency_id: agency.id, slug: 'bench-service', name: '부하 시험 서비스 (가상)', description: '벤치마크용' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const referralStates = sql`(${sql.val(REFERRAL_STATES)}::text[])`;
  await sql`
    insert into referral (number, case_id, service_id, agency_id, status, message, shared_fields,
      screening_summary, due_on, created_at, updated_at)
    select 'R-2026-' || lpad(row_number() over (order by number)::text, 6, '0'), id, ${service.id}, ${agency.id},
      ${referralStates}[1 + abs(hashtext(number || 's')) % 8], '연계 요청 (가상)', '[]'::jsonb, '[]'::jsonb,
      current_date + ((abs(hashtext(number || 'd')) % 20) - 10), created_at, created_at
    from case_record where abs(hashtext(number || 'r')) % 10 = 0`.execute(db);
  // As the nightly maintenance (PGlite) or autovacuum (PostgreSQL) leaves a database: statistics
  // known, visibility map set.
  await sql`vacuum (analyze)`.execute(db);
}
