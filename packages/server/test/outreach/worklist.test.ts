import { xlsxBytes } from '@jibsa/lists/test-files';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { newestMedianYear } from '../support/newest-figures.ts';
import { LIST_HEADERS, LIST_MAPPING } from './list-mapping.ts';

// Fictional 쪽방 renters with next to no income: likely eligible for 주거급여 and 공공임대. The list
// says who already gets each, in a column of its own: three do not get 주거급여, two are not in
// public rental (one of them gets 주거급여), and one says nothing of public rental. Phone numbers
// are in the unissued 010-0000 range.
const HEADER = [...LIST_HEADERS, '주거급여', '공공임대', '연락처'];
const person = (name: string, birth: string, gu: string, receives: string, rental: string, phone = '') =>
  [
    name,
    { date: birth },
    gu,
    '월세',
    '쪽방',
    '100만',
    '20만원',
    0,
    0,
    0,
    0,
    '50만',
    0,
    0,
    0,
    'X',
    1,
    receives,
    rental,
    phone,
  ] as const;
const ROWS = [
  HEADER,
  person('김발굴', '1948-05-01', '동구', '아니오', '입주중', '010-0000-1111'),
  person('이수급', '1950-02-03', '동구', '수급', '미입주'),
  person('박발굴', '1952-07-09', '서구', '미수급', 'X'),
  person('최중복', '1946-11-20', '동구', '아니오', ''),
  // Known at the counter under another name: the phone finds the case.
  person('정연락', '1947-03-04', '동구', '수급중', '예', '010 0000 2222'),
];
const MAPPING = {
  ...LIST_MAPPING,
  주거급여: 'receivesHousingBenefit',
  공공임대: 'receives.publicRental',
  연락처: 'phone',
};

describeOnEachDatabase('outreach results, exports and worklist', (make) => {
  const t = appPerBlock(make);
  const admin = staffPerBlock(t, 'admin');
  const dong = staffPerBlock(t, 'counselor.dong');
  let jobId: string;
  let listId: string;
  beforeAll(async () => {
    const bytes = await xlsxBytes(ROWS as unknown as (string | number | { date: string })[][]);
    const up = await admin.upload('/api/outreach/lists', '시 쪽방 전수조사.xlsx', bytes);
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ kind: 'xlsx', headers: HEADER, district: null });
    listId = up.json().id;
    const started = await admin.post(`/api/outreach/lists/${listId}/jobs`, { mapping: MAPPING });
    expect(started.statusCode, started.body).toBe(202);
    jobId = started.json().id;
    let job = started.json();
    for (let i = 0; i < 200 && job.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await admin.get(`/api/outreach/jobs/${jobId}`)).json();
    }
    expect(job.state).toBe('done');
  });

  it('counts eligible-but-not-receiving (사각지대) by program and by 구, each program from its own 수급 column', async () => {
    const job = (await admin.get(`/api/outreach/jobs/${jobId}`)).json();
    expect(job).toMatchObject({ rowsOk: 5, rowsBad: 0, receiptColumns: true, figuresYear: null });
    const count = (items: { id: string; households: number }[], id: string) =>
      items.find((p) => p.id === id)?.households;
    // 주거급여 from the 주거급여 column: 김·박·최 do not get it.
    expect(count(job.unreachedByProgram, 'housing-benefit.rent')).toBe(3);
    expect(count(job.eligibleByProgram, 'housing-benefit.rent')).toBe(5);
    // 영구임대 from the 공공임대 column: 이 and 박 are not in public rental; 최's list says nothing.
    expect(count(job.unreachedByProgram, 'public-rental.permanent')).toBe(2);
    expect(count(job.eligibleByProgram, 'public-rental.permanent')).toBe(5);
    expect(job.unreachedByDistrict).toEqual([
      { district: 'dong', households: 3 },
      { district: 'seo', households: 1 },
    ]);
    const unreached = (await admin.get(`/api/outreach/jobs/${jobId}/results?only=unreached`)).json();
    expect(unreached.items.map((r: { reference: string }) => r.reference)).toEqual([
      '김발굴',
      '이수급',
      '박발굴',
      '최중복',
    ]);
    const all = (await admin.get(`/api/outreach/jobs/${jobId}/results?only=all`)).json();
    const said = (name: string, id: string) =>
      all.items
        .find((r: { reference: string }) => r.reference === name)
        .programs.find((p: { id: string }) => p.id === id);
    expect(said('이수급', 'housing-benefit.rent')).toMatchObject({ status: 'eligible', receives: true });
    expect(said('이수급', 'public-rental.permanent')).toMatchObject({ status: 'eligible', receives: false });
    expect(said('김발굴', 'public-rental.permanent')).toMatchObject({ receives: true });
    expect(said('최중복', 'public-rental.permanent').receives).toBeUndefined();
    expect(all.items.find((r: { reference: string }) => r.reference === '정연락').unreached).toBe(0);
  });

  it('says when the list was screened on last year’s 기준 중위소득 (the year’s own not in Jibsa yet)', async () => {
    const year = newestMedianYear();
    const started = await admin.post(`/api/outreach/lists/${listId}/jobs`, {
      mapping: MAPPING,
      date: `${year + 1}-02-01`,
    });
    expect(started.statusCode, started.body).toBe(202);
    let job = started.json();
    for (let i = 0; i < 200 && job.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await admin.get(`/api/outreach/jobs/${job.id}`)).json();
    }
    expect(job).toMatchObject({ state: 'done', date: `${year + 1}-02-01`, figuresYear: year });
  });

  it('pages results by row number with filters by program, 구 and 사각지대, every input bounded', async () => {
    const walk = async (query: string) => {
      const seen: string[] = [];
      let after: number | null = 0;
      for (let pages = 0; after !== null && pages < 10; pages++) {
        const page = await admin.get(`/api/outreach/jobs/${jobId}/results?${query}&limit=1&after=${after}`);
        expect(page.statusCode, page.body).toBe(200);
        const body: { items: { reference: string }[]; nextAfter: number | null } = page.json();
        expect(body.items.length).toBeLessThanOrEqual(1);
        seen.push(...body.items.map((r) => r.reference));
        after = body.nextAfter;
      }
      return seen;
    };
    expect(await walk('only=all&district=dong')).toEqual(['김발굴', '이수급', '최중복', '정연락']);
    expect(await walk('only=all&district=seo')).toEqual(['박발굴']);
    expect(await walk('only=all&district=none')).toEqual([]);
    // Per program, 사각지대 means that program is the one not received.
    expect(await walk('only=unreached&program=public-rental.permanent')).toEqual(['이수급', '박발굴']);
    expect(await walk('only=unreached&program=housing-benefit.rent&district=dong')).toEqual(['김발굴', '최중복']);
    expect(await walk('only=eligible&program=public-rental.permanent')).toHaveLength(5);
    for (const bad of ['limit=501', 'limit=0', 'after=-1', 'after=99999999999', 'district=busan', 'program=%27%3B']) {
      const res = await admin.get(`/api/outreach/jobs/${jobId}/results?${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('exports results as CSV with a BOM and as XLSX with Korean headers; both downloads are audited', async () => {
    const csv = await admin.get(`/api/outreach/jobs/${jobId}/results.csv?only=unreached`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toContain(encodeURIComponent('선별결과-사각지대.csv'));
    expect(csv.body.startsWith('\uFEFF행 번호,이름·관리번호,구,제도,판정,예상 금액 (원),명단상 수급,')).toBe(true);
    const lines = csv.body.trim().split('\r\n');
    const kim = lines.find((l) => l.startsWith('2,김발굴,동구,주거급여 (임차급여),'));
    expect(kim).toMatch(/,가능성 높음,\d+,받지 않음,예,/);
    // 이수급 gets 주거급여 but is not in public rental: listed for that; 정연락 gets both: not listed.
    expect(lines.some((l) => l.startsWith('3,이수급,동구,') && l.includes(',받지 않음,'))).toBe(true);
    expect(lines.some((l) => l.includes('정연락'))).toBe(false);

    const xlsx = await admin.get(`/api/outreach/jobs/${jobId}/results.xlsx?only=all`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.name).toBe('선별 결과');
    expect(sheet?.getRow(1).getCell(4).value).toBe('제도');
    const rows: unknown[][] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1));
    });
    const leeRent = rows.find((r) => r[1] === '이수급' && r[3] === '주거급여 (임차급여)');
    expect(leeRent?.[6]).toBe('받음');
    expect(typeof leeRent?.[5]).toBe('number');

    const audit = await t.app.db.selectFrom('audit_log').select('action').where('subject_id', '=', jobId).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['outreach.export.csv', 'outreach.export.xlsx']));
  });

  it('exports only what the screen shows: the 구, the program and 사각지대 chosen there, named in the file name', async () => {
    const query = 'only=unreached&district=dong&program=housing-benefit.rent';
    const csv = await admin.get(`/api/outreach/jobs/${jobId}/results.csv?${query}`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toContain(
      encodeURIComponent('선별결과-동구-주거급여(임차급여)-사각지대.csv'),
    );
    expect(csv.headers['content-disposition']).toContain('filename="results-dong-housing-benefit.rent-unreached.csv"');
    const lines = csv.body.trim().split('\r\n').slice(1);
    // As the screen: 김 and 최 of 동구 do not get 주거급여 (박 is in 서구, 이 gets it); one line each, that program's.
    expect(lines.map((l) => l.split(',').slice(1, 4).join(','))).toEqual([
      '김발굴,동구,주거급여 (임차급여)',
      '최중복,동구,주거급여 (임차급여)',
    ]);

    const xlsx = await admin.get(`/api/outreach/jobs/${jobId}/results.xlsx?${query}`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const names: unknown[] = [];
    book.worksheets[0]?.eachRow((row, n) => {
      if (n > 1) names.push(row.getCell(2).value);
    });
    expect(names).toEqual(['김발굴', '최중복']);

    // The 구 alone keeps every program of that 구's households; no filter keeps every 구, as before.
    const seo = await admin.get(`/api/outreach/jobs/${jobId}/results.csv?only=all&district=seo`);
    const seoLines = seo.body.trim().split('\r\n').slice(1);
    expect(seoLines.length).toBeGreaterThan(1);
    expect(seoLines.every((l) => l.split(',')[2] === '서구')).toBe(true);
    const every = await admin.get(`/api/outreach/jobs/${jobId}/results.csv?only=all`);
    expect(
      new Set(
        every.body
          .trim()
          .split('\r\n')
          .slice(1)
          .map((l) => l.split(',')[2]),
      ),
    ).toEqual(new Set(['동구', '서구']));
    for (const bad of ['district=busan', 'program=%27%3B']) {
      expect((await admin.get(`/api/outreach/jobs/${jobId}/results.csv?${bad}`)).statusCode, bad).toBe(400);
    }
  });

  it('makes cases from chosen rows in each household’s 구; one already in a case is linked; no consent, no referral', async () => {
    const counter = await dong.post('/api/cases', {
      people: [{ name: '최중복', birthDate: '1946-11-20', relation: 'head' }],
      consent: { collection: true, sharing: false },
    });
    expect(counter.statusCode, counter.body).toBe(201);
    const byPhone = await dong.post('/api/cases', {
      people: [{ name: '정다른', relation: 'head', phone: '010-0000-2222' }],
      consent: { collection: true, sharing: false },
    });
    expect(byPhone.statusCode, byPhone.body).toBe(201);
    // A counselor of 동구 may not turn 서구's household into a case; the admin may.
    const mine = await dong.post(`/api/outreach/jobs/${jobId}/cases`, { rows: [2] });
    expect(mine.statusCode).toBe(404);
    const made = await admin.post(`/api/outreach/jobs/${jobId}/cases`, { rows: [2, 4, 5, 6, 99] });
    expect(made.statusCode, made.body).toBe(200);
    const items = made.json().items;
    expect(items.map((i: { row: number; outcome: string }) => [i.row, i.outcome])).toEqual([
      [2, 'created'],
      [4, 'created'],
      [5, 'linked'],
      [6, 'linked'],
      [99, 'refused'],
    ]);
    expect(items[2].caseId).toBe(counter.json().id);
    expect(items[3].caseId).toBe(byPhone.json().id);

    const kim = (await admin.get(`/api/cases/${items[0].caseId}`)).json();
    expect(kim).toMatchObject({ district: 'dong', consent: { collection: false, sharing: false, source: 'outreach' } });
    // The list's housing shows on the case page (in its housing record), as a request's does.
    expect(kim.housing).toEqual({
      tenure: 'monthly_rent',
      housingType: 'jjokbang',
      deposit: 1_000_000,
      monthlyRent: 200_000,
    });
    // The phone is kept on the case as intake keeps it (digits), so the counter's search finds it.
    expect(kim.people[0]).toMatchObject({ name: '김발굴', birthDate: '1948-05-01', phone: '01000001111' });
    const found = (await admin.get('/api/cases?q=010-0000-1111')).json();
    expect(found.items.map((c: { id: string }) => c.id)).toEqual([items[0].caseId]);
    expect(kim.timeline[0].detail).toMatchObject({ from: 'outreach', list: '시 쪽방 전수조사.xlsx', row: 2 });
    const park = (await admin.get(`/api/cases/${items[1].caseId}`)).json();
    expect(park.district).toBe('seo');
    const linked = (await admin.get(`/api/cases/${counter.json().id}`)).json();
    expect(
      linked.timeline.some(
        (e: { kind: string; detail: { from?: string } }) => e.kind === 'linked' && e.detail.from === 'outreach',
      ),
    ).toBe(true);

    // Sharing stays blocked until the household's consent is recorded.
    const referral = await admin.post(`/api/cases/${items[0].caseId}/referrals`, {
      serviceId: '00000000-0000-4000-8000-000000000000',
      message: '연계 요청',
      sharedFields: ['name'],
    });
    expect(referral.statusCode, referral.body).toBe(400);
    expect(referral.json().code).toBe('JIBSA_CONSENT_MISSING');

    // Asking again makes nothing new: the rows answer the cases they already have.
    const again = await admin.post(`/api/outreach/jobs/${jobId}/cases`, { rows: [2, 5] });
    expect(again.json().items.map((i: { outcome: string }) => i.outcome)).toEqual(['already', 'already']);
    const { n } = await t.app.db
      .selectFrom('case_person')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('name', 'in', ['김발굴', '최중복'])
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(2);
    const results = (await admin.get(`/api/outreach/jobs/${jobId}/results?only=all`)).json();
    expect(results.items.find((r: { row: number }) => r.row === 2).caseId).toBe(items[0].caseId);
    // Results keep no phone: it is read from the file again when a case is made.
    const stored = await t.app.db.selectFrom('outreach_result').selectAll().where('job_id', '=', jobId).execute();
    expect(JSON.stringify(stored)).not.toMatch(/0000-?1111|00001111|0000 2222|00002222/);
  });
});
