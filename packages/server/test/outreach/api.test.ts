import { csvBytes, multipart, xlsxBytes } from '@jibsa/lists/test-files';
import { expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginPerBlock, type StaffLogin } from '../support/staff.ts';
import { LIST_MAPPING } from './list-mapping.ts';

const LIST = [
  '연번|성명|생년월일|구|점유형태|주거유형|보증금|월세|월소득|사업소득|연금|기타소득|금융재산|자동차|부채|기타재산|주택소유|가구원수',
  '1|김가상|1948.5.1|동구|월세|쪽방|100만|20만원|0|0|30만|0|50만|0|0|0|X|1',
  '2|이가상|19520315|동구|보증부 월세|고시원|200만원|25만|30만원|||||||||1',
  '3|박가상|1955-13-01|동구|월세|쪽방|100만|20만원|0|0|0|0|0|0|0|0|X|1',
  '4|최가상|1960.2.2|동구|자가|아파트|0|0|500만원|0|0|0|5000만|2000만|0|0|O|2',
].map((line) => line.split('|'));
const MAPPING = LIST_MAPPING;

describeOnEachDatabase('outreach API', (make) => {
  const t = appPerBlock(make);
  const dong = loginPerBlock(t, 'counselor.dong');
  const seo = loginPerBlock(t, 'counselor.seo');

  const upload = (who: StaffLogin, name: string, bytes: Buffer, query = '') =>
    t.app.inject({
      method: 'POST',
      url: `/api/outreach/lists${query}`,
      cookies: who.cookies,
      ...multipart(name, bytes),
      headers: { ...multipart(name, bytes).headers, ...who.csrf },
    });
  const post = (who: StaffLogin, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, payload, cookies: who.cookies, headers: who.csrf });
  const get = (who: StaffLogin, url: string) => t.app.inject({ method: 'GET', url, cookies: who.cookies });

  it('upload, preview, job, progress, results and the errors CSV of a CP949 list; another 구 sees none of it', async () => {
    const up = await upload(dong, '동구 쪽방 명단.csv', csvBytes(LIST, 'cp949'));
    expect(up.statusCode, up.body).toBe(201);
    const list = up.json();
    expect(list).toMatchObject({ kind: 'csv', encoding: 'cp949', district: 'dong', headers: LIST[0], daysLeft: 90 });
    expect(list.suggestedMapping).toMatchObject({
      생년월일: 'head.birthDate',
      주거유형: 'housingType',
      월세: 'monthlyRent',
    });

    const preview = await post(dong, `/api/outreach/lists/${list.id}/preview`, { mapping: MAPPING, rows: 3 });
    expect(preview.statusCode, preview.body).toBe(200);
    const rows = preview.json().rows;
    expect(rows.map((r: { row: number; ok: boolean }) => [r.row, r.ok])).toEqual([
      [2, true],
      [3, true],
      [4, false],
    ]);
    expect(rows[0].reference).toBe('김가상');
    expect(rows[0].programs.some((p: { status: string }) => p.status === 'eligible')).toBe(true);
    // Row 3 leaves its money blank: what is missing is named in words a counselor can ask about.
    const open = rows[1].programs.find((p: { status: string }) => p.status === 'unknown');
    expect(open.missing.map((m: { label: { ko: string } }) => m.label.ko)).toContain('금융재산 (예금·적금·보험 등)');
    expect(rows[2].errors[0]).toMatchObject({ column: '생년월일', ko: expect.stringContaining('날짜') });

    const wrong = await post(dong, `/api/outreach/lists/${list.id}/preview`, { mapping: { 나이: 'head.age' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.headers['content-type']).toMatch(/problem\+json/);
    expect(wrong.body).toContain('\\"나이\\" 열이 없습니다');

    const started = await post(dong, `/api/outreach/lists/${list.id}/jobs`, {
      mapping: MAPPING,
      saveMappingAs: '동구 쪽방 조사',
    });
    expect(started.statusCode, started.body).toBe(202);
    const jobId = started.json().id;
    let job = started.json();
    for (let i = 0; i < 200 && job.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await get(dong, `/api/outreach/jobs/${jobId}`)).json();
    }
    expect(job).toMatchObject({ state: 'done', rowsDone: 4, rowsOk: 3, rowsBad: 1, fraction: 1 });
    expect(job.eligibleByDistrict).toEqual([{ district: 'dong', households: expect.any(Number) }]);
    expect(job.eligibleByProgram.length).toBeGreaterThan(0);

    const results = (await get(dong, `/api/outreach/jobs/${jobId}/results`)).json();
    expect(results.items.length).toBeGreaterThan(0);
    expect(
      results.items.every((r: { programs: { status: string }[] }) => r.programs.some((p) => p.status === 'eligible')),
    ).toBe(true);
    const bad = (await get(dong, `/api/outreach/jobs/${jobId}/results?only=bad`)).json();
    expect(bad.items.map((r: { row: number }) => r.row)).toEqual([4]);

    const csv = await get(dong, `/api/outreach/jobs/${jobId}/errors.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.startsWith('\uFEFF행 번호,')).toBe(true);
    expect(csv.body).toContain('4,박가상,생년월일,');

    const mappings = (await get(dong, '/api/outreach/mappings')).json();
    expect(mappings.items).toContainEqual(expect.objectContaining({ name: '동구 쪽방 조사', columns: MAPPING }));

    // Another 구's counselor: as if the list and job did not exist.
    for (const url of [`/api/outreach/jobs/${jobId}`, `/api/outreach/jobs/${jobId}/results`]) {
      expect((await get(seo, url)).statusCode).toBe(404);
    }
    expect((await get(seo, '/api/outreach/lists')).json().items).toEqual([]);
    const audit = await t.app.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('subject_id', 'in', [list.id, jobId])
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'outreach.upload',
        'outreach.preview',
        'outreach.job.start',
        'outreach.results',
        'outreach.errors',
        'outreach.out_of_scope',
      ]),
    );
  });

  it('files that are not lists get a plain problem, and nothing is kept', async () => {
    const cases: [string, Buffer, number, string][] = [
      ['empty.csv', Buffer.alloc(0), 422, '빈 파일'],
      ['photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 415, '글자로 된 파일이 아닙니다'],
      [
        'numbers.csv',
        csvBytes(
          [
            ['1948-05-01', '250000'],
            ['1952-03-15', '300000'],
          ],
          'utf-8',
        ),
        422,
        '머리글',
      ],
    ];
    for (const [name, bytes, status, words] of cases) {
      const res = await upload(dong, name, bytes);
      expect(res.statusCode, name).toBe(status);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().detail, name).toContain(words);
    }
    const lists = (await get(dong, '/api/outreach/lists')).json().items as { fileName: string }[];
    expect(lists.map((l) => l.fileName)).not.toContain('empty.csv');
  });

  it('a title row above the column names is skipped and the row used is told; a list with no header line is refused', async () => {
    const header = ['관리번호', '주소', '생년월일', '가구원수', '점유형태', '보증금', '월세'];
    const titled = await xlsxBytes([
      ['2026년 동구 주거실태조사 명단 (가상)'],
      header,
      ['T-024', '광주광역시 동구 가상로 24', '1955-02-02', '1', '월세', '100만', '20만'],
    ]);
    const up = await upload(dong, '주거실태조사.xlsx', titled);
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ headers: header, headerRow: 2 });
    // Found again after a reload, the list still says which row its column names came from.
    const listed = await get(dong, '/api/outreach/lists');
    expect(listed.json().items.find((l: { id: string }) => l.id === up.json().id)).toMatchObject({ headerRow: 2 });
    expect(Object.keys(up.json().suggestedMapping)).toEqual(expect.arrayContaining(['관리번호', '생년월일', '월세']));
    const preview = await post(dong, `/api/outreach/lists/${up.json().id}/preview`, {
      mapping: up.json().suggestedMapping,
    });
    expect(preview.json().rows.map((r: { row: number; reference: string }) => [r.row, r.reference])).toEqual([
      [3, 'T-024'],
    ]);

    const bare = csvBytes(
      [
        ['T-024', '광주광역시 동구 가상로 24', '1955-02-02', '1', '월세', '100만', '20만'],
        ['T-025', '광주광역시 동구 가상로 25', '1950-07-01', '2', '월세', '200만', '25만'],
      ],
      'utf-8',
    );
    const refused = await upload(dong, '머리글 없음.csv', bare);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain('첫 줄이 열 이름(머리글)이 아니라 자료입니다');
  });
});
