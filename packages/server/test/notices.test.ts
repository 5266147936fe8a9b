import { todayIso } from '@jibsa/programs';
import { expect, it } from 'vitest';
import { DEMO_NOTICES } from '../src/seed/demo-notices.ts';
import { appPerBlock } from './support/app.ts';
import { describeOnEachDatabase } from './support/backends.ts';
import { loginAs, loginPerBlock, type StaffLogin } from './support/staff.ts';

/** An applicant's age met against a 65세 line, worded with the distance from it (#17). */
const AGE_65_MET = /^나이 \(만\) \d+세가 최저 나이 \(만\) 65세 이상입니다 \(기준(보다 \d+살 많아요|과 같아요)\)$/;

const DAY = 86_400_000;
const kstToday = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
const shift = (days: number) => new Date(Date.parse(`${kstToday()}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const dotted = (iso: string) => iso.replaceAll('-', '.');

interface NoticeOut {
  id: string;
  postNumber: number;
  title: string;
  state: string;
  daysLeft: number;
  applicationEnd: string;
  programIds: string[];
  externalId: string | null;
}
interface Fit {
  fit: 'yes' | 'maybe' | 'no';
  reasons: { ko: string }[];
  missing: { ko: string }[];
}

const PLAIN = {
  ownsHome: false,
  financialAssets: 1_000_000,
  otherProperty: 0,
  carValue: 0,
  debts: 0,
  receivesLivelihoodBenefit: false,
  receivesMedicalBenefit: false,
  receivesHousingBenefit: false,
  nearPoor: false,
  inCrisis: false,
  homeNeedsRepair: false,
  married: false,
  tenure: 'monthly_rent',
  housingType: 'multi_family',
  deposit: 3_000_000,
  monthlyRent: 250_000,
  livesApartFromParents: true,
};
const person = (age: number, earned: number) => ({
  relation: 'head',
  age,
  earnedIncome: earned,
  businessIncome: 0,
  pensionIncome: 300_000,
  otherIncome: 0,
  disabled: false,
});
/** Kinds of household, by what a 고령자복지주택 notice for 만 65세+ should make of them. */
const KINDS = {
  oldPoor: (gu: string) => ({ ...PLAIN, gwangjuDistrict: gu, members: [person(72, 0)] }),
  oldRich: (gu: string) => ({ ...PLAIN, gwangjuDistrict: gu, members: [person(72, 6_000_000)] }),
  youngPoor: (gu: string) => ({ ...PLAIN, gwangjuDistrict: gu, members: [person(40, 500_000)] }),
  // Only a birth date is known: nothing rules the household out, but the engine cannot decide.
  oldUnknown: (gu: string) => ({ gwangjuDistrict: gu, members: [{ relation: 'head', birthDate: '1950-03-10' }] }),
};
type Kind = keyof typeof KINDS;

describeOnEachDatabase('모집공고 (structured recruitment notices)', (make) => {
  const t = appPerBlock(make);
  const writer = loginPerBlock(t, 'counselor.dong');

  const post = (url: string, payload: unknown, who: StaffLogin = writer) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, cookies: who.cookies, headers: who.csrf });
  const get = (url: string, who?: StaffLogin) => t.app.inject({ method: 'GET', url, cookies: who?.cookies ?? {} });

  it('lists open notices soonest deadline first; 마감 임박 and closed ones apart; each is a board post', async () => {
    const open = (await get('/api/notices')).json() as { items: NoticeOut[]; today: string };
    expect(open.items.length).toBeGreaterThan(0);
    expect(open.items.every((n) => n.applicationEnd >= open.today && n.state !== 'closed')).toBe(true);
    const ends = open.items.map((n) => n.applicationEnd);
    expect(ends).toEqual([...ends].sort());
    const closing = (await get('/api/notices?state=closing')).json() as { items: NoticeOut[] };
    expect(closing.items.length).toBeGreaterThan(0);
    expect(closing.items.every((n) => n.state === 'closing' && n.daysLeft >= 0 && n.daysLeft <= 7)).toBe(true);
    const closed = (await get('/api/notices?state=closed')).json() as { items: NoticeOut[] };
    expect(closed.items.every((n) => n.state === 'closed' && n.daysLeft < 0)).toBe(true);
    const all = (await get('/api/notices?state=all')).json() as { items: NoticeOut[] };
    expect(all.items.length).toBeGreaterThanOrEqual(DEMO_NOTICES);

    const closedOne = closed.items[0] as NoticeOut;
    const page = (await get(`/api/board/posts/${closedOne.postNumber}`)).json();
    expect(page.category).toBe('recruitment');
    expect(page.notice).toMatchObject({ id: closedOne.id, state: 'closed' });
    const ordinary = (await get('/api/board/posts?category=news&limit=1')).json();
    expect((await get(`/api/board/posts/${ordinary.items[0].number}`)).json().notice).toBeNull();
    expect(ordinary.items[0].notice).toBeNull();
    // The board list says each 모집공고's state as the notice list does, so a closed one reads closed there.
    const listed = (await get('/api/board/posts?category=recruitment&limit=50')).json();
    const rowOf = (n: NoticeOut) =>
      [...listed.items, ...listed.pinned].find((r: { number: number }) => r.number === n.postNumber);
    expect(rowOf(closedOne)?.notice).toMatchObject({ state: 'closed', daysLeft: closedOne.daysLeft });
    const openOne = open.items[0] as NoticeOut;
    expect(rowOf(openOne)?.notice).toMatchObject({ state: openOne.state, daysLeft: openOne.daysLeft });
    const byProgram = (await get('/api/notices?program=senior-welfare-housing')).json() as { items: NoticeOut[] };
    expect(byProgram.items.length).toBeGreaterThan(0);
    expect(byProgram.items.every((n) => n.programIds.includes('senior-welfare-housing'))).toBe(true);
  });

  it('staff enter a notice in a form; mistakes come back per field in Korean and English; only staff write', async () => {
    const good = {
      title: '[모집공고] 시험용 국민임대',
      body: '시험 공고',
      provider: 'LH',
      housingType: 'national',
      district: 'dong',
      applicationStart: shift(-1),
      applicationEnd: shift(12),
      units: [{ area: '36㎡', count: 10, deposit: 10_000_000, rent: 120_000 }],
      documents: ['주민등록등본'],
      url: 'https://apply.lh.or.kr/notice/1',
    };
    const made = await post('/api/notices', good);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ state: 'open', daysLeft: 12, programIds: ['public-rental.national'] });
    // The post's own printable page carries the facts, the deadline in words and a preview that names it.
    const paper = await get(`/board/${made.json().postNumber}`);
    expect(paper.body).toContain(`${dotted(shift(-1))} ~ ${dotted(shift(12))}까지 (접수 중 · 12일 남음)`);
    expect(paper.body).toContain('<dt>준비할 서류</dt><dd>주민등록등본</dd>');
    expect(paper.body).toContain('<dt>공급 세대</dt><dd>36㎡ · 10세대 · 보증금 10,000,000원 · 월 120,000원</dd>');
    expect(paper.body).toMatch(/<meta property="og:description" content="국민임대 · 마감 [\d.]+ \(접수 중\)/);
    const listed = (await get(`/api/board/posts?q=${encodeURIComponent('시험용국민임대')}`)).json();
    expect(listed.items[0].number).toBe(made.json().postNumber);

    const bad = await post('/api/notices', {
      ...good,
      applicationStart: shift(5),
      applicationEnd: shift(1),
      programIds: ['no-such-program'],
      limits: { minAge: 70, maxAge: 60 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const paths = bad.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['applicationEnd', 'limits.maxAge', 'programIds']));
    expect(bad.json().errors[0].detail_en).toBeTruthy();
    // Units by size: each field's mistake is named by its row, in both languages.
    const badUnits = await post('/api/notices', { ...good, units: [good.units[0], { area: '', deposit: -1 }] });
    expect(badUnits.statusCode).toBe(400);
    const unitErrors = badUnits.json().errors as { path: string; detail: string; detail_en: string }[];
    expect(unitErrors.map((e) => e.path)).toEqual(expect.arrayContaining(['units[1].area', 'units[1].deposit']));
    expect(unitErrors.every((e) => e.detail && e.detail_en)).toBe(true);
    const script = await post('/api/notices', { ...good, url: 'javascript:alert(1)' });
    expect(script.statusCode).toBe(400);

    expect((await t.app.inject({ method: 'POST', url: '/api/notices', payload: good })).statusCode).toBe(401);
    expect((await post('/api/notices', good, await loginAs(t.app, 'partner.lh'))).statusCode).toBe(403);
  });

  it('staff edit a notice: words and fields together, the old words kept, a stale edit refused with 409', async () => {
    const made = (
      await post('/api/notices', {
        title: '[모집공고] 고칠 공고',
        body: '처음 글',
        provider: 'LH',
        housingType: 'purchase',
        applicationEnd: shift(6),
      })
    ).json();
    expect(made.version).toBe(1);
    const put = (payload: object) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/notices/${made.id}`,
        payload,
        cookies: writer.cookies,
        headers: writer.csrf,
      });
    const edit = {
      title: '[모집공고] 고친 공고',
      body: '고친 글',
      provider: '광주도시공사',
      housingType: 'permanent',
      district: 'nam',
      applicationEnd: shift(20),
      limits: { minAge: 65 },
      version: 1,
    };
    const ok = await put(edit);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      title: '[모집공고] 고친 공고',
      provider: '광주도시공사',
      housingType: 'permanent',
      district: 'nam',
      state: 'open',
      daysLeft: 20,
      limits: { minAge: 65 },
      programIds: ['public-rental.permanent'],
      version: 2,
    });
    const history = (await get(`/api/board/posts/${made.postNumber}/history`, writer)).json();
    expect(history.items[0]).toMatchObject({ version: 1, title: '[모집공고] 고칠 공고', bodyMarkdown: '처음 글' });
    const stale = await put({ ...edit, title: '늦은 고침' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail_en).toContain('Reload');
    expect((await get(`/api/notices/${made.id}`)).json().title).toBe('[모집공고] 고친 공고');
    expect((await put({ ...edit, version: 2, applicationStart: shift(30) })).statusCode).toBe(400);
    const partner = await loginAs(t.app, 'partner.lh');
    const refused = await t.app.inject({
      method: 'PUT',
      url: `/api/notices/${made.id}`,
      payload: { ...edit, version: 2 },
      cookies: partner.cookies,
      headers: partner.csrf,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('imports LH-style JSON and CSV: bad rows reported, good rows kept, a second import updates instead of doubling', async () => {
    const rows = [
      {
        PAN_ID: 'T2026-001',
        PAN_NM: '광주 북구 국민임대 예비입주자 모집',
        AIS_TP_CD_NM: '국민임대',
        CNP_CD_NM: '광주광역시',
        PAN_SS: '접수중',
        PAN_NT_ST_DT: dotted(shift(-3)),
        CLSG_DT: dotted(shift(9)),
        DTL_URL: 'https://apply.lh.or.kr/x?id=1',
      },
      {
        PAN_ID: 'T2026-002',
        PAN_NM: '광주 행복주택 (청년)',
        AIS_TP_CD_NM: '행복주택',
        CNP_CD_NM: '광주광역시',
        PAN_SS: '공고중',
        CLSG_DT: shift(25).replaceAll('-', ''),
      },
      {
        PAN_ID: 'T2026-003',
        PAN_NM: '서울 국민임대',
        AIS_TP_CD_NM: '국민임대',
        CNP_CD_NM: '서울특별시',
        CLSG_DT: dotted(shift(9)),
      },
      {
        PAN_ID: 'T2026-004',
        PAN_NM: '분양 공고',
        AIS_TP_CD_NM: '공공분양',
        CNP_CD_NM: '광주광역시',
        CLSG_DT: dotted(shift(9)),
      },
      {
        PAN_ID: 'T2026-005',
        PAN_NM: '마감일 틀림',
        AIS_TP_CD_NM: '영구임대',
        CNP_CD_NM: '광주광역시',
        CLSG_DT: '2026.13.45',
      },
      { PAN_NM: '번호 없음', AIS_TP_CD_NM: '영구임대', CNP_CD_NM: '광주광역시', CLSG_DT: dotted(shift(9)) },
    ];
    const first = await post('/api/notices/import', {
      format: 'json',
      content: JSON.stringify([{ dsSch: [{}] }, { dsList: rows }]),
    });
    expect(first.statusCode).toBe(200);
    const r1 = first.json();
    expect([r1.created, r1.updated, r1.unchanged]).toEqual([2, 0, 0]);
    expect(r1.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      '3:CNP_CD_NM',
      '4:AIS_TP_CD_NM',
      '5:CLSG_DT',
      '6:PAN_ID',
    ]);
    expect(r1.errors.every((e: { detail: string; detail_en: string }) => e.detail && e.detail_en)).toBe(true);
    // Each problem names its column as a person reads it in the file, with LH's code beside the name.
    expect(r1.errors[2]).toMatchObject({
      field: 'CLSG_DT',
      column: { ko: '마감일(CLSG_DT)', en: 'closing date (CLSG_DT)' },
      detail: expect.stringMatching(/^마감일\(CLSG_DT\): /),
      detail_en: expect.stringMatching(/^closing date \(CLSG_DT\): /),
    });
    const buk = (await get(`/api/notices/${r1.notices[0].id}`)).json();
    expect(buk).toMatchObject({
      district: 'buk',
      housingType: 'national',
      applicationEnd: shift(9),
      applicationStart: shift(-3),
      source: 'import',
    });

    // The same rows as CSV, one of them with a new deadline: nothing doubles, one is updated.
    const header = 'PAN_ID,PAN_NM,AIS_TP_CD_NM,CNP_CD_NM,PAN_SS,CLSG_DT,DTL_URL';
    const csv = [
      header,
      `T2026-001,"광주 북구 국민임대 예비입주자 모집",국민임대,광주광역시,접수중,${dotted(shift(9))},https://apply.lh.or.kr/x?id=1`,
      `T2026-002,"광주 행복주택 (청년)",행복주택,광주광역시,접수중,${dotted(shift(30))},`,
      `T2026-006,"광주 남구 전세임대",기존주택전세임대,광주광역시,공고중,not-a-date,`,
    ].join('\n');
    const second = (await post('/api/notices/import', { format: 'csv', content: `\uFEFF${csv}` })).json();
    // Named by its line in the file (the header is line 1), as a person finds it in Excel.
    expect(second.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual(['4:CLSG_DT']);
    // Row 1 lost its 공고일 in the CSV (no PAN_NT_ST_DT column): that is a change too.
    expect(second.created + second.updated + second.unchanged).toBe(2);
    expect(second.created).toBe(0);
    const ids = await t.handle.db
      .selectFrom('housing_notice')
      .select('external_id')
      .where('external_id', 'like', 'T2026-%')
      .execute();
    expect(ids.map((i) => i.external_id).sort()).toEqual(['T2026-001', 'T2026-002']);
    const happy = (await get(`/api/notices/${r1.notices[1].id}`)).json();
    expect(happy.applicationEnd).toBe(shift(30));
    // An import's update keeps the earlier text in the staff-only history, as an edit by hand does.
    const history = (await get(`/api/board/posts/${happy.postNumber}/history`, writer)).json();
    expect(history.items.length).toBe(1);
    const again = (await post('/api/notices/import', { format: 'csv', content: csv })).json();
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 2]);

    const broken = await post('/api/notices/import', { format: 'csv', content: 'PAN_ID,PAN_NM\n"unclosed,quote' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors[0].path).toBe('content');
  });

  it('offers a sample file with every column, which imports as two open notices without a bad row', async () => {
    expect((await get('/api/notices/import/sample.csv')).statusCode).toBe(401);
    const res = await get('/api/notices/import/sample.csv', writer);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('모집공고_가져오기_예시.csv');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const imported = (await post('/api/notices/import', { format: 'csv', content: res.body })).json();
    expect(imported).toMatchObject({ created: 2, updated: 0, unchanged: 0, errors: [] });
    // The first notice's two lines (one per 주택형) are one notice with both unit types.
    const first = (await get(`/api/notices/${imported.notices[0].id}`)).json();
    expect(first).toMatchObject({ housingType: 'national', district: 'gwangsan', complex: '가상지구 1단지 (예시)' });
    expect(first.units.map((u: { area: string }) => u.area)).toEqual(['26A (26.37㎡)', '36B (36.9㎡)']);
    expect(first.applicationEnd >= todayIso()).toBe(true);
  });

  it('imports the detail where the file has it: units by size, deposit, rent, the application period, the complex', async () => {
    const base = { AIS_TP_CD_NM: '국민임대', CNP_CD_NM: '광주광역시', PAN_SS: '공고중', CLSG_DT: dotted(shift(20)) };
    const detailed = [
      {
        ...base,
        PAN_ID: 'T2026-101',
        PAN_NM: '광주 광산구 국민임대 입주자 모집 (상세)',
        PAN_NT_ST_DT: dotted(shift(-2)),
        DTL_URL: 'https://apply.lh.or.kr/x?id=101',
        dsSplScdl: [{ SBSC_ACP_ST_DT: dotted(shift(5)), SBSC_ACP_CLSG_DT: shift(8).replaceAll('-', '') }],
        dsSbd: [{ LCC_NT_NM: '광주하남 가상단지' }],
        dsList01: [
          { HTY_NNA: '26A', DDO_AR: '26.37', NOW_HSH_CNT: '40', LS_GMY: '12,345,000', RFE: '123450' },
          { HTY_NNA: '36B', DDO_AR: '36.9', NOW_HSH_CNT: '12', LS_GMY: '공고문 참조', RFE: '공고문 참조' },
          // Amounts as people write them, as the notice form takes them.
          { HTY_NNA: '46C', DDO_AR: '46', NOW_HSH_CNT: '8', LS_GMY: '1,954만 6천원', RFE: '12만원' },
        ],
      },
      { ...base, PAN_ID: 'T2026-102', PAN_NM: '보증금 틀림', dsList01: [{ HTY_NNA: '26A', LS_GMY: '-5' }] },
      { ...base, PAN_ID: 'T2026-103', PAN_NM: '접수일 틀림', dsSplScdl: [{ SBSC_ACP_ST_DT: '2026.02.30' }] },
    ];
    const json = JSON.stringify([{ dsSch: [{}] }, { dsList: detailed }]);
    const first = (await post('/api/notices/import', { format: 'json', content: json })).json();
    expect([first.created, first.updated, first.unchanged]).toEqual([1, 0, 0]);
    expect(first.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      '2:LS_GMY',
      '3:SBSC_ACP_ST_DT',
    ]);
    const units = [
      { area: '26A (26.37㎡)', count: 40, deposit: 12_345_000, rent: 123_450 },
      { area: '36B (36.9㎡)', count: 12, deposit: null, rent: null },
      { area: '46C (46㎡)', count: 8, deposit: 19_546_000, rent: 120_000 },
    ];
    const stored = (await get(`/api/notices/${first.notices[0].id}`)).json();
    expect(stored).toMatchObject({
      units,
      complex: '광주하남 가상단지',
      district: 'gwangsan',
      applicationStart: shift(5),
      applicationEnd: shift(8),
      url: 'https://apply.lh.or.kr/x?id=101',
    });
    // The same file again changes nothing; the list row alone (no detail) keeps the units, the complex
    // and the detail's 접수기간 (not the list's 공고일 and 마감일).
    const again = (await post('/api/notices/import', { format: 'json', content: json })).json();
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 1]);
    const { dsSplScdl: _s, dsSbd: _b, dsList01: _l, ...listOnly } = detailed[0] as Record<string, unknown>;
    const plain = (await post('/api/notices/import', { format: 'json', content: JSON.stringify([listOnly]) })).json();
    expect([plain.created, plain.updated, plain.unchanged]).toEqual([0, 0, 1]);
    expect((await get(`/api/notices/${first.notices[0].id}`)).json()).toMatchObject({
      units,
      complex: '광주하남 가상단지',
      applicationStart: shift(5),
      applicationEnd: shift(8),
    });

    // CSV: one line per unit type under the same PAN_ID; a line that says something else is refused.
    const header =
      'PAN_ID,PAN_NM,AIS_TP_CD_NM,CNP_CD_NM,CLSG_DT,SBSC_ACP_ST_DT,SBSC_ACP_CLSG_DT,SBD_LGO_NM,HTY_NNA,DDO_AR,NOW_HSH_CNT,LS_GMY,RFE';
    const line = (title: string, rest: string) =>
      `T2026-201,${title},행복주택,광주광역시,${dotted(shift(30))},${dotted(shift(10))},${dotted(shift(14))},${rest}`;
    const csv = [
      header,
      line('광주 북구 행복주택 (상세)', '가상 행복단지,16A,16.5,20,"9,000,000",90000'),
      line('광주 북구 행복주택 (상세)', '가상 행복단지,26B,26,10,15000000,150000'),
      line('다른 제목', '가상 행복단지,36C,36,5,20000000,200000'),
      `T2026-202,월세 틀림,행복주택,광주광역시,${dotted(shift(30))},,,,16A,16,3,100,abc1`,
    ].join('\n');
    const fromCsv = (await post('/api/notices/import', { format: 'csv', content: csv })).json();
    // File lines (the header is line 1): the fourth and fifth lines.
    expect(fromCsv.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      '4:PAN_ID',
      '5:RFE',
    ]);
    expect(fromCsv.created).toBe(1);
    const happy = (await get(`/api/notices/${fromCsv.notices[0].id}`)).json();
    expect(happy).toMatchObject({
      complex: '가상 행복단지',
      district: 'buk',
      applicationStart: shift(10),
      applicationEnd: shift(14),
      units: [
        { area: '16A (16.5㎡)', count: 20, deposit: 9_000_000, rent: 90_000 },
        { area: '26B (26㎡)', count: 10, deposit: 15_000_000, rent: 150_000 },
      ],
    });
  });

  it('matches a notice to 20 cases: the fitting and the maybe, with reasons and what is missing, within scope', async () => {
    const db = t.handle.db;
    const staff = await db.selectFrom('staff_user').select(['id', 'username']).execute();
    const counselorOf = (gu: string) => staff.find((s) => s.username === `counselor.${gu}`)?.id ?? null;
    const plan: { gu: string; kind: Kind; closed?: boolean }[] = [];
    for (const gu of ['dong', 'nam', 'buk']) for (const kind of Object.keys(KINDS) as Kind[]) plan.push({ gu, kind });
    plan.push(
      { gu: 'dong', kind: 'oldPoor' },
      { gu: 'dong', kind: 'oldPoor' },
      { gu: 'dong', kind: 'oldPoor' },
      { gu: 'dong', kind: 'oldPoor' },
      { gu: 'nam', kind: 'oldUnknown' },
      { gu: 'nam', kind: 'oldUnknown' },
      { gu: 'dong', kind: 'oldPoor', closed: true },
      { gu: 'seo', kind: 'oldPoor' },
    );
    expect(plan).toHaveLength(20);
    const made = await db
      .insertInto('case_record')
      .values(
        plan.map((p, i) => ({
          number: `C-2099-${String(i + 1).padStart(6, '0')}`,
          district: p.gu as 'dong',
          status: p.closed ? ('closed' as const) : ('counseling' as const),
          assignee_id: counselorOf(p.gu),
          housing: '{}',
          household: JSON.stringify(KINDS[p.kind](p.gu)),
          consent: JSON.stringify({
            collection: true,
            sharing: false,
            recordedAt: new Date().toISOString(),
            recordedBy: 'test',
          }),
        })),
      )
      .returning(['id', 'number'])
      .execute();
    const idOf = new Map(made.map((m, i) => [m.id, plan[i] as (typeof plan)[number]]));

    // A notice for 만 65세+ living in 동구 or 남구.
    const notice = await post('/api/notices', {
      title: '[모집공고] 시험용 고령자복지주택',
      body: '시험',
      provider: 'LH',
      housingType: 'senior',
      district: 'dong',
      applicationEnd: shift(10),
      limits: { minAge: 65, residence: ['dong', 'nam'] },
    });
    expect(notice.statusCode).toBe(201);
    const noticeId = notice.json().id as string;

    // What the test expects, from the plan: old and poor in 동구·남구 and open fit; old with little known might.
    const expected = (who: 'all' | string) =>
      made
        .filter((m) => {
          const p = idOf.get(m.id) as (typeof plan)[number];
          return !p.closed && ['dong', 'nam'].includes(p.gu) && (who === 'all' || p.gu === who);
        })
        .map((m) => ({ id: m.id, kind: (idOf.get(m.id) as (typeof plan)[number]).kind }));
    const admin = await loginAs(t.app, 'admin');
    const res = await get(`/api/notices/${noticeId}/cases`, admin);
    expect(res.statusCode).toBe(200);
    const items = (res.json().items as { caseId: string; fit: Fit }[]).filter((m) => idOf.has(m.caseId));
    const want = expected('all').filter((e) => e.kind === 'oldPoor' || e.kind === 'oldUnknown');
    expect(items.map((m) => m.caseId).sort()).toEqual(want.map((w) => w.id).sort());
    for (const m of items) {
      const kind = idOf.get(m.caseId)?.kind;
      if (kind === 'oldPoor') {
        expect(m.fit.fit).toBe('yes');
        // The notice's own limits are the engine's: its sentences, the figure filled in from the notice.
        const reasons = m.fit.reasons.map((r) => r.ko);
        expect(reasons).toHaveLength(3);
        expect(reasons[0]).toBe('고령자복지주택 자격에 맞음');
        // Worded for the applicant, with how far above the line (#17).
        expect(reasons[1]).toMatch(AGE_65_MET);
        expect(reasons[2]).toBe(
          `광주 자치구: ${idOf.get(m.caseId)?.gu === 'dong' ? '동구' : '남구'} — 동구, 남구 중 하나입니다`,
        );
      } else {
        expect(m.fit.fit).toBe('maybe');
        // The program's own first answers to ask, from the case's screening, not "more is needed".
        // (The tenure comes first: living in one's own home also settles 무주택.)
        expect(m.fit.missing.map((r) => r.ko)).toEqual([
          '집의 점유 형태',
          '생계급여를 받고 있음',
          '가구원 1의 일해서 버는 돈 (근로소득)',
        ]);
        // Only a birth date is known: the engine's preparation turns it into an age the limit reads.
        expect(m.fit.reasons.some((r) => AGE_65_MET.test(r.ko))).toBe(true);
      }
    }
    // The fitting come first.
    const fits = items.map((m) => m.fit.fit);
    expect(fits).toEqual([...fits].sort((a, b) => (a === b ? 0 : a === 'yes' ? -1 : 1)));

    // 동구's counselor sees only 동구's cases, and every one listed is an audited read.
    const dong = await loginAs(t.app, 'counselor.dong');
    const dongItems = ((await get(`/api/notices/${noticeId}/cases`, dong)).json().items as { caseId: string }[]).filter(
      (m) => idOf.has(m.caseId),
    );
    expect(dongItems.map((m) => m.caseId).sort()).toEqual(
      expected('dong')
        .filter((e) => e.kind === 'oldPoor' || e.kind === 'oldUnknown')
        .map((e) => e.id)
        .sort(),
    );
    const audited = await db
      .selectFrom('audit_log')
      .select('subject_id')
      .where('action', '=', 'case.notice_match')
      .execute();
    expect(audited.map((a) => a.subject_id)).toEqual(expect.arrayContaining(dongItems.map((m) => m.caseId)));
    expect((await get(`/api/notices/${noticeId}/cases`, await loginAs(t.app, 'partner.lh'))).statusCode).toBe(403);

    // Each counselor was alerted once to their fitting cases; seen alerts go away.
    const alerts = (await get('/api/notices/alerts', dong)).json().items as {
      id: string;
      caseId: string;
      noticeId: string;
    }[];
    // Screened demo cases may fit the notice too: this checks the cases made here.
    const mine = alerts.filter((a) => a.noticeId === noticeId && idOf.has(a.caseId));
    expect(mine.map((a) => a.caseId).sort()).toEqual(
      expected('dong')
        .filter((e) => e.kind === 'oldPoor')
        .map((e) => e.id)
        .sort(),
    );
    const seen = await post('/api/notices/alerts/seen', { ids: mine.map((a) => a.id) }, dong);
    expect(seen.json().seen).toBe(mine.length);
    const after = (await get('/api/notices/alerts', dong)).json().items as { noticeId: string; caseId: string }[];
    expect(after.some((a) => a.noticeId === noticeId && idOf.has(a.caseId))).toBe(false);

    // On a case: the open notices it fits, and not a notice whose deadline has passed.
    const fitting = made.find((m) => idOf.get(m.id)?.kind === 'oldPoor' && idOf.get(m.id)?.gu === 'dong') as {
      id: string;
    };
    const onCase = (await get(`/api/cases/${fitting.id}/notices`, dong)).json().items as {
      notice: NoticeOut;
      fit: Fit;
    }[];
    expect(onCase.find((i) => i.notice.id === noticeId)?.fit.fit).toBe('yes');
    expect(onCase.every((i) => i.notice.state !== 'closed')).toBe(true);
    const young = made.find((m) => idOf.get(m.id)?.kind === 'youngPoor' && idOf.get(m.id)?.gu === 'dong') as {
      id: string;
    };
    const youngNotices = (await get(`/api/cases/${young.id}/notices`, dong)).json().items as { notice: NoticeOut }[];
    expect(youngNotices.some((i) => i.notice.id === noticeId)).toBe(false);
    const elsewhere = made.find((m) => idOf.get(m.id)?.gu === 'buk') as { id: string };
    expect((await get(`/api/cases/${elsewhere.id}/notices`, dong)).statusCode).toBe(404);
  });

  /** An open 동구 case of 동구's counselor, written straight to the database with the household given. */
  const dongCase = async (number: string, household: object) => {
    const db = t.handle.db;
    const counselor = await db
      .selectFrom('staff_user')
      .select('id')
      .where('username', '=', 'counselor.dong')
      .executeTakeFirstOrThrow();
    return db
      .insertInto('case_record')
      .values({
        number,
        district: 'dong',
        status: 'counseling',
        assignee_id: counselor.id,
        housing: '{}',
        household: JSON.stringify(household),
        consent: JSON.stringify({
          collection: true,
          sharing: false,
          recordedAt: new Date().toISOString(),
          recordedBy: 'test',
        }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  };

  it('a notice whose terms change takes back the alerts of cases it no longer fits', async () => {
    const made = await dongCase('C-2099-000200', KINDS.oldPoor('dong'));
    const terms = {
      title: '[모집공고] 조건을 고칠 고령자복지주택',
      body: '시험',
      provider: '광주도시공사',
      housingType: 'senior',
      applicationEnd: shift(12),
      limits: { minAge: 65 },
    };
    const notice = await post('/api/notices', terms);
    expect(notice.statusCode).toBe(201);
    const dong = await loginAs(t.app, 'counselor.dong');
    const alertsFor = async () =>
      (
        (await get('/api/notices/alerts', dong)).json().items as { id: string; caseId: string; noticeId: string }[]
      ).filter((a) => a.caseId === made.id && a.noticeId === notice.json().id);
    expect(await alertsFor()).toHaveLength(1);
    // The notice now asks for 80 or older: the 72-year-old's alert is taken back.
    const older = await t.app.inject({
      method: 'PUT',
      url: `/api/notices/${notice.json().id}`,
      payload: { ...terms, limits: { minAge: 80 }, version: notice.json().version },
      cookies: writer.cookies,
      headers: writer.csrf,
    });
    expect(older.statusCode, older.body).toBe(200);
    expect(await alertsFor()).toEqual([]);
    // Back to 65: the case fits again and is alerted again.
    const again = await t.app.inject({
      method: 'PUT',
      url: `/api/notices/${notice.json().id}`,
      payload: { ...terms, version: older.json().version },
      cookies: writer.cookies,
      headers: writer.csrf,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(await alertsFor()).toHaveLength(1);
    // Closed since: its alert is no longer listed (it was, until the notice changed again).
    const closed = await post(
      `/api/cases/${made.id}/status`,
      { version: 1, status: 'closed', closingReason: '이사함' },
      dong,
    );
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await alertsFor()).toEqual([]);
  });

  it('a case screened again alerts its counselor to open notices it now fits, once', async () => {
    const db = t.handle.db;
    const made = await dongCase('C-2099-000100', KINDS.youngPoor('dong'));
    const notice = await post('/api/notices', {
      title: '[모집공고] 재선별 시험용 고령자복지주택',
      body: '시험',
      provider: '광주도시공사',
      housingType: 'senior',
      applicationEnd: shift(12),
      limits: { minAge: 65 },
    });
    expect(notice.statusCode).toBe(201);
    const noticeId = notice.json().id as string;
    const dong = await loginAs(t.app, 'counselor.dong');
    const alertsFor = async () =>
      (
        (await get('/api/notices/alerts', dong)).json().items as { id: string; caseId: string; noticeId: string }[]
      ).filter((a) => a.caseId === made.id && a.noticeId === noticeId);
    // Forty years old: the notice does not fit, so no alert (other notices it fits may alert).
    expect(await alertsFor()).toEqual([]);
    const screen = () => post(`/api/cases/${made.id}/screenings`, {}, dong);
    expect((await screen()).statusCode).toBe(201);
    expect(await alertsFor()).toEqual([]);

    // The household is now known to be 72 and poor: the next screening raises the alert.
    await db
      .updateTable('case_record')
      .set({ household: JSON.stringify(KINDS.oldPoor('dong')) })
      .where('id', '=', made.id)
      .execute();
    expect((await screen()).statusCode).toBe(201);
    const raised = await alertsFor();
    expect(raised).toHaveLength(1);
    // Screening again does not raise it twice, nor again once seen.
    expect((await screen()).statusCode).toBe(201);
    expect(await alertsFor()).toHaveLength(raised.length);
    await post('/api/notices/alerts/seen', { ids: raised.map((a) => a.id) }, dong);
    expect((await screen()).statusCode).toBe(201);
    expect(await alertsFor()).toEqual([]);
    const stored = await db
      .selectFrom('notice_alert')
      .select('id')
      .where('case_id', '=', made.id)
      .where('notice_id', '=', noticeId)
      .execute();
    expect(stored).toHaveLength(1);
  });
});
