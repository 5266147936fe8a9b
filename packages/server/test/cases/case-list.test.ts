// The case list's query (indexes, EXISTS filters, prefix number search, keyset pages) against a
// plain reading of the same rows in JavaScript: every filter, paged to the end, must give exactly
// the cases, order and counts the plain reading gives.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { RecordScope } from '../../src/access/scope.ts';
import { type CaseListFilter, countCases, listCases } from '../../src/cases/queries.ts';
import { decodeCursor } from '../../src/http/cursor.ts';
import { seedBulkCases } from '../../src/seed/bulk-cases.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';

interface Plain {
  id: string;
  number: string;
  district: string;
  status: string;
  programs: string[];
  names: string;
  choseong: string;
  phones: string;
  created: string;
  overdueTasks: number;
  /** Closed with an unfinished task past its date: no one's to-do any more, so never "overdue". */
  lateButClosed: boolean;
  openReferrals: number;
  waiting: number;
  overdueReferrals: number;
}

const OPEN = ['requested', 'received', 'accepted', 'in-progress', 'on-hold'];
const WAITING = ['requested', 'received'];

describeOnEachDatabase('the case list, checked against a plain reading of every case', (make) => {
  const t = appPerBlock(make, { seed: false });
  let today = '';
  let plain: Plain[] = [];
  beforeAll(async () => {
    const db = t.handle.db;
    await seedBulkCases(db, 800);
    // Some tasks done, so "open" is tested, not assumed (chosen by case number: the same on every run).
    await sql`
      update case_task t set done_at = now() from case_record c
      where c.id = t.case_id and abs(hashtext(c.number || 'done')) % 3 = 0`.execute(db);
    today = (await sql<{ d: string }>`select current_date::text as d`.execute(db)).rows[0]?.d ?? '';
    const cases = await db
      .selectFrom('case_record')
      .select([
        'id',
        'number',
        'district',
        'status',
        'eligible_programs',
        'search_names',
        'search_choseong',
        'search_phones',
        sql<string>`created_at::text`.as('created'),
      ])
      .execute();
    const tasks = await db
      .selectFrom('case_task')
      .select(['case_id', sql<string>`due_on::text`.as('due'), 'done_at'])
      .execute();
    const referrals = await db
      .selectFrom('referral')
      .select(['case_id', 'status', sql<string>`due_on::text`.as('due')])
      .execute();
    plain = cases.map((c) => {
      const ts = tasks.filter((x) => x.case_id === c.id && x.done_at === null && x.due < today);
      const rs = referrals.filter((r) => r.case_id === c.id);
      return {
        id: c.id,
        number: c.number,
        district: c.district,
        status: c.status,
        programs: c.eligible_programs as string[],
        names: c.search_names,
        choseong: c.search_choseong,
        phones: c.search_phones,
        created: c.created,
        overdueTasks: c.status === 'closed' ? 0 : ts.length,
        lateButClosed: c.status === 'closed' && ts.length > 0,
        openReferrals: rs.filter((r) => OPEN.includes(r.status)).length,
        waiting: rs.filter((r) => WAITING.includes(r.status)).length,
        overdueReferrals: rs.filter((r) => WAITING.includes(r.status) && r.due < today).length,
      };
    });
    // Newest first, then by id, as the list orders: created_at text sorts as time within one zone.
    plain.sort((a, b) =>
      a.created === b.created ? (a.id < b.id ? 1 : -1) : Date.parse(b.created) - Date.parse(a.created),
    );
  }, 120_000);

  const ALL: RecordScope = { all: true };
  const DONG: RecordScope = { all: false, district: 'dong' };
  type Case = [string, RecordScope, (s: Plain) => Partial<CaseListFilter>, (c: Plain, s: Plain) => boolean];
  // Searches take their words from one case (s), so each finds something whatever the seed's size.
  const cases: Case[] = [
    ['everything', ALL, () => ({}), () => true],
    ['a district counselor', DONG, () => ({}), (c) => c.district === 'dong'],
    ['status', ALL, () => ({ status: 'counseling' }), (c) => c.status === 'counseling'],
    [
      '구 + status',
      ALL,
      () => ({ district: 'nam', status: 'planning' }),
      (c) => c.district === 'nam' && c.status === 'planning',
    ],
    [
      'program',
      DONG,
      () => ({ program: 'youth-rent' }),
      (c) => c.district === 'dong' && c.programs.includes('youth-rent'),
    ],
    ['overdue tasks', ALL, () => ({ overdue: true }), (c) => c.overdueTasks > 0],
    ['referral waiting', ALL, () => ({ referral: 'waiting' }), (c) => c.waiting > 0],
    ['referral overdue', ALL, () => ({ referral: 'overdue' }), (c) => c.overdueReferrals > 0],
    ['referral open', ALL, () => ({ referral: 'open' }), (c) => c.openReferrals > 0],
    [
      'open referral and overdue task',
      ALL,
      () => ({ referral: 'open', overdue: true }),
      (c) => c.openReferrals > 0 && c.overdueTasks > 0,
    ],
    ['name, spaced', ALL, (s) => ({ q: `${s.names[0]} ${s.names.slice(1)}` }), (c, s) => c.names.includes(s.names)],
    ['given name', ALL, (s) => ({ q: s.names.slice(1) }), (c, s) => c.names.includes(s.names.slice(1))],
    ['초성', ALL, (s) => ({ q: s.choseong.slice(1) }), (c, s) => c.choseong.includes(s.choseong.slice(1))],
    [
      'phone part',
      ALL,
      (s) => ({ q: `${s.phones.slice(3, 6)}-${s.phones.slice(6, 8)}` }),
      (c, s) => c.phones.includes(s.phones.slice(3, 8)),
    ],
    ['case number', ALL, (s) => ({ q: s.number.slice(0, 10) }), (c, s) => c.number.startsWith(s.number.slice(0, 10))],
    [
      'case number, typed without dashes',
      ALL,
      (s) => ({ q: s.number.replaceAll('-', '').slice(0, 8).toLowerCase() }),
      (c, s) => c.number.startsWith(s.number.slice(0, 9)),
    ],
  ];

  it('leaves closed cases out of "overdue tasks", though some still hold an unfinished task past its date', async () => {
    const closedLate = plain.filter((c) => c.lateButClosed);
    expect(closedLate.length, 'the seed has such cases').toBeGreaterThan(0);
    const r = await listCases(t.handle.db, ALL, { today, limit: 200, overdue: true });
    const listed = new Set(r.page.map((c) => c.number));
    for (const c of closedLate) expect(listed.has(c.number)).toBe(false);
  });

  it.each(cases)('%s: the same cases, order and counts, page after page', async (_name, scope, filterOf, keep) => {
    const s = plain[7] as Plain;
    const filter = filterOf(s);
    const expected = plain.filter((c) => keep(c, s));
    const got: Awaited<ReturnType<typeof listCases>>['page'] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const r = await listCases(t.handle.db, scope, {
        today,
        limit: 17,
        ...filter,
        after: decodeCursor(cursor ?? undefined),
      });
      got.push(...r.page);
      cursor = r.nextCursor;
      if (!cursor) break;
    }
    expect(expected.length, 'the seed leaves this filter something to find').toBeGreaterThan(0);
    expect(got.map((r) => r.number)).toEqual(expected.map((c) => c.number));
    expect(got.map((r) => [r.overdue_tasks, r.open_referrals, r.overdue_referrals])).toEqual(
      expected.map((c) => [c.overdueTasks, c.openReferrals, c.overdueReferrals]),
    );
    // The count the list shows above its rows: the same cases, counted without paging.
    expect(await countCases(t.handle.db, scope, { today, ...filter })).toEqual({
      count: expected.length,
      atLeast: false,
    });
  });

  it('stops counting at the cap and says "at least", exact just below it', async () => {
    const dong = plain.filter((c) => c.district === 'dong').length;
    expect(await countCases(t.handle.db, DONG, { today }, dong - 1)).toEqual({ count: dong - 1, atLeast: true });
    expect(await countCases(t.handle.db, DONG, { today }, dong)).toEqual({ count: dong, atLeast: false });
  });
});
