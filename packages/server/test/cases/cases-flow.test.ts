import { catalog, todayIso } from '@jibsa/programs';
import { expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { auditEntries } from '../support/audit.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginAs } from '../support/staff.ts';
import { asStaff, consent, householdOf, PNG_BASE64, staffPerBlock } from './support.ts';

describeOnEachDatabase('a case from intake to closure', (make) => {
  const t = appPerBlock(make, { seed: true });
  const dong = staffPerBlock(t, 'counselor.dong');
  let caseId = '';

  it('turns a consultation request into a case, once', async () => {
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: {
        name: '나 가 온',
        phone: '010-7777-1234',
        district: 'dong',
        preferredTime: '평일 오후 2시 이후',
        message: '월세가 밀려서 걱정입니다.\n딸과 둘이 삽니다.',
        consent: { contact: true, household: true, result: true },
        household: householdOf([81]),
        screening: { date: todayIso(), rulesVersion: 'sent-by-the-page', programs: [] },
      },
    });
    expect(sent.statusCode).toBe(201);
    const inbox = await dong.get('/api/consultations?reason=상담신청함&status=new');
    const request = (inbox.json().items as { id: string; name: string }[]).find((i) => i.name === '나 가 온');
    expect(request).toBeDefined();
    const made = await dong.post('/api/cases', { consultationId: request?.id, consent });
    expect(made.statusCode).toBe(201);
    const c = made.json();
    caseId = c.id;
    expect(c).toMatchObject({ district: 'dong', status: 'intake', version: 1 });
    expect(c.number).toMatch(/^C-\d{4}-\d{6}$/);
    expect(c.people).toEqual([expect.objectContaining({ name: '나 가 온', phone: '01077771234', relation: 'head' })]);
    expect(c.household.members[0].age).toBe(81);
    // What the person wrote, when to call and their self-check result stay with the case, as its
    // first note: the request itself leaves the inbox now.
    expect(c.timeline.map((e: { kind: string }) => e.kind)).toEqual(['note.added', 'created']);
    expect(c.notes).toHaveLength(1);
    const [first, call, said, , result] = (c.notes[0].body as string).split('\n');
    expect(first).toMatch(/^상담 신청 \S+에서 옮겨 온 내용$/);
    expect(call).toBe('연락 받기 좋은 때: 평일 오후 2시 이후');
    expect(said).toBe('남긴 말: 월세가 밀려서 걱정입니다.');
    // The server screened the household itself (the page sent no programs): 21 programs counted.
    const counts = result?.match(/받을 수 있음 (\d+)개.*더 알아봐야 함 (\d+)개; 받기 어려움 (\d+)개$/);
    expect(counts, result).not.toBeNull();
    expect(
      counts
        ?.slice(1)
        .map(Number)
        .reduce((a, b) => a + b),
    ).toBe(catalog.filter((e) => e.program).length);
    const again = await dong.post('/api/cases', { consultationId: request?.id, consent });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('JIBSA_CASE_STATE');
  });

  it('finds possible duplicates by name and birth date or by phone, and searches by 초성 and spacing', async () => {
    const patched = await dong.patch(`/api/cases/${caseId}`, {
      version: 1,
      people: [{ name: '나가온', birthDate: '1944-05-06', relation: 'head', phone: '010-7777-1234' }],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const byName = await dong.get(`/api/cases/duplicates?name=${encodeURIComponent('나 가온')}&birthDate=1944-05-06`);
    expect(byName.json().items).toEqual([expect.objectContaining({ caseId, matchedBy: 'name_birth' })]);
    const byPhone = await dong.get('/api/cases/duplicates?phone=010-7777-1234');
    expect(byPhone.json().items).toEqual([expect.objectContaining({ caseId, matchedBy: 'phone' })]);
    const none = await dong.get('/api/cases/duplicates?name=나가온&birthDate=1950-01-01');
    expect(none.json().items).toEqual([]);

    // The same name pasted from a Mac (decomposed Hangul) or with a zero-width space in it is the same name.
    const nfd = '나가온'.normalize('NFD');
    for (const name of [nfd, '나\u200b가온']) {
      const again = await dong.get(`/api/cases/duplicates?name=${encodeURIComponent(name)}&birthDate=1944-05-06`);
      expect(again.json().items, JSON.stringify(name)).toEqual([expect.objectContaining({ caseId })]);
    }
    for (const q of ['ㄴㄱㅇ', '나 가온', '가온', '7777-1234', nfd]) {
      const found = await dong.get(`/api/cases?q=${encodeURIComponent(q)}`);
      expect(found.statusCode, q).toBe(200);
      expect(
        found.json().items.map((i: { id: string }) => i.id),
        q,
      ).toContain(caseId);
    }
    const miss = await dong.get(`/api/cases?q=${encodeURIComponent('ㅎㄱㄷ')}`);
    expect(miss.json().items.map((i: { id: string }) => i.id)).not.toContain(caseId);
  });

  it("finds a case by its serial said alone ('5번') and by the 접수 번호 its consultation request was given", async () => {
    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    const reference = (c.notes.at(-1).body as string).match(/^상담 신청 (JB-\w{3}-\w{3})에서/)?.[1] as string;
    expect(reference).toMatch(/^JB-[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    const serial = String(Number((c.number as string).slice(-6)));
    const ids = async (q: string) =>
      ((await dong.get(`/api/cases?q=${encodeURIComponent(q)}`)).json().items as { id: string }[]).map((i) => i.id);
    // Without its JB- it is read as a 접수 번호 only when it mixes letters and digits (else a name or a number).
    const bare = reference.replace(/^JB-|-/g, '');
    const mixed = /\d/.test(bare) && /[A-Z]/.test(bare);
    for (const q of [
      serial,
      `${serial}번`,
      (c.number as string).slice(-6),
      reference,
      reference.toLowerCase(),
      `JB${bare}`,
      ...(mixed ? [bare] : []),
    ]) {
      expect(await ids(q), q).toContain(caseId);
    }
    // Another serial, another request's number: not this case.
    expect(await ids(String(Number(serial) + 500))).not.toContain(caseId);
    expect(await ids('JB-ZZZ-ZZZ')).toEqual([]);
  });

  it('refuses a stale save with 409 naming what changed, never overwriting', async () => {
    const stale = await dong.patch(`/api/cases/${caseId}`, { version: 1, needs: ['이사'] });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toMatch(/problem\+json/);
    const paths = stale.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(['version', 'people']);
    const current = await dong.get(`/api/cases/${caseId}`);
    expect(current.json().needs).toEqual([]);
    expect(current.json().version).toBe(2);
  });

  it('screens the case, keeps the snapshot, and says what changed on a re-screen', async () => {
    const first = await dong.post(`/api/cases/${caseId}/screenings`, {});
    expect(first.statusCode).toBe(201);
    expect(first.json().snapshot.programs.length).toBeGreaterThan(3);
    expect(first.json().changes).toEqual([]);
    // Each result keeps its reasons in both languages and, while undecided, what to ask next.
    type Kept = {
      status: string;
      reasons: string[];
      reasonsEn: string[];
      missing: { ko: string; en: string; path: string }[];
    };
    const kept = first.json().snapshot.programs as Kept[];
    for (const p of kept) expect(p.reasonsEn).toHaveLength(p.reasons.length);
    const undecided = kept.filter((p) => p.status === 'unknown');
    expect(undecided.length).toBeGreaterThan(0);
    for (const p of undecided) expect(p.missing.length).toBeGreaterThan(0);
    expect(undecided[0]?.missing[0]?.ko).toMatch(/[가-힣]/);
    // Each question names the household answer it asks for, so the case page can lead to its field.
    for (const p of undecided) for (const m of p.missing) expect(m.path).toMatch(/^[a-zA-Z]+(\[\d+\]\.[a-zA-Z]+)?$/);
    const read = (await dong.get(`/api/cases/${caseId}`)).json().latestScreening.programs as Kept[];
    expect(read.map((p) => p.missing)).toEqual(kept.map((p) => p.missing));
    const version = (await dong.get(`/api/cases/${caseId}`)).json().version;
    // A much richer household: something must change, and the reason names the household.
    const richer = await dong.patch(`/api/cases/${caseId}`, {
      version,
      household: { ...householdOf([81], 9_000_000), tenure: 'owner' },
    });
    expect(richer.statusCode).toBe(200);
    const second = await dong.post(`/api/cases/${caseId}/screenings`, {});
    const changes = second.json().changes as { why: { ko: string } }[];
    expect(changes.length).toBeGreaterThan(0);
    expect(changes[0]?.why.ko).toContain('가구 답 변화');
    expect(changes[0]?.why.ko).toContain('가구원 1의 일해서 버는 돈');
    const history = await dong.get(`/api/cases/${caseId}/screenings`);
    expect(history.json().items).toHaveLength(2);
  });

  it('answers a what-if without changing the record', async () => {
    const before = (await dong.get(`/api/cases/${caseId}`)).json();
    const res = await dong.post(`/api/cases/${caseId}/what-if`, {
      household: householdOf([81], 0),
      label: '소득이 0이 되면',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().changes.length).toBeGreaterThan(0);
    const after = (await dong.get(`/api/cases/${caseId}`)).json();
    expect(after.version).toBe(before.version);
    expect(after.household).toEqual(before.household);
  });

  it('adds a plan, a task, a note and a document, moves the status, and the timeline shows each step', async () => {
    let c = (await dong.get(`/api/cases/${caseId}`)).json();
    c = (
      await dong.patch(`/api/cases/${caseId}`, { version: c.version, plan: [{ goal: '체납 해소', done: false }] })
    ).json();
    const task = await dong.post(`/api/cases/${caseId}/tasks`, {
      title: '주거급여 신청 서류 안내',
      dueOn: '2020-01-02',
    });
    expect(task.statusCode).toBe(201);
    const overdue = await dong.get('/api/cases?overdue=true');
    expect(overdue.json().items.map((i: { id: string }) => i.id)).toContain(caseId);
    const done = await dong.patch(`/api/cases/${caseId}/tasks/${task.json().id}`, { done: true });
    expect(done.json().doneAt).not.toBeNull();
    expect(
      (await dong.post(`/api/cases/${caseId}/notes`, { body: '전화 상담: 집주인과 체납 분할 상환 협의' })).statusCode,
    ).toBe(201);
    const doc = await dong.post(`/api/cases/${caseId}/documents`, {
      kind: 'lease',
      filename: '../임대차계약서.png',
      contentBase64: PNG_BASE64,
    });
    expect(doc.statusCode).toBe(201);
    expect(doc.json()).toMatchObject({ mediaType: 'image/png', filename: '.._임대차계약서.png' });
    const download = await dong.get(`/api/cases/${caseId}/documents/${doc.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.toString('base64')).toBe(PNG_BASE64);
    const fake = await dong.post(`/api/cases/${caseId}/documents`, {
      kind: 'lease',
      filename: 'a.png',
      contentBase64: Buffer.from('<html>not an image</html>').toString('base64'),
    });
    expect(fake.statusCode).toBe(415);
    // A name that says another kind than the content is refused, as on the board: a PDF named a.png.
    const misnamed = await dong.post(`/api/cases/${caseId}/documents`, {
      kind: 'lease',
      filename: 'a.png',
      contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    });
    expect(misnamed.statusCode).toBe(400);
    expect(misnamed.json().errors).toEqual([expect.objectContaining({ path: 'filename' })]);
    expect(misnamed.json().errors[0].detail).toContain('파일 이름(.png)과 실제 내용(PDF)이 다릅니다');
    // An empty file and one over 5 MB are told so in words, not as a count of base64 characters.
    const empty = await dong.post(`/api/cases/${caseId}/documents`, {
      kind: 'lease',
      filename: 'a.png',
      contentBase64: '',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([
      expect.objectContaining({ path: 'contentBase64', detail: 'contentBase64: 빈 파일입니다.' }),
    ]);
    const big = await dong.post(`/api/cases/${caseId}/documents`, {
      kind: 'lease',
      filename: 'a.pdf',
      contentBase64: Buffer.alloc(5 * 1024 * 1024 + 1, 0x25).toString('base64'),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().detail).toBe('파일은 5MB까지 올릴 수 있습니다.');

    const closeWithoutReason = await dong.post(`/api/cases/${caseId}/status`, { version: c.version, status: 'closed' });
    expect(closeWithoutReason.statusCode).toBe(400);
    expect(closeWithoutReason.json().errors[0].path).toBe('closingReason');
    const moved = await dong.post(`/api/cases/${caseId}/status`, { version: c.version, status: 'counseling' });
    expect(moved.statusCode).toBe(200);
    const closed = await dong.post(`/api/cases/${caseId}/status`, {
      version: moved.json().version,
      status: 'closed',
      closingReason: '주거급여 수급으로 목표 달성',
    });
    expect(closed.json()).toMatchObject({ status: 'closed', closingReason: '주거급여 수급으로 목표 달성' });
    const kinds = (closed.json().timeline as { kind: string }[]).map((e) => e.kind).reverse();
    expect(kinds).toEqual([
      'created',
      'note.added',
      'updated',
      'screened',
      'updated',
      'screened',
      'updated',
      'task.added',
      'task.done',
      'note.added',
      'document.added',
      'status',
      'status',
    ]);
  });

  it('opens a case only with consent to collect and use the data for counseling, said at that box', async () => {
    const refused = await dong.post('/api/cases', {
      people: [{ name: '동의 시험', relation: 'head' }],
      household: householdOf([50]),
      consent: { collection: false, sharing: false },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'consent.collection' })]);
    expect(refused.json().errors[0].detail).toContain('동의를 받아야 사례를 만들 수 있습니다');
  });

  it('names a document with no extension after its content, and takes .jpeg for a JPEG', async () => {
    const made = await dong.post('/api/cases', {
      people: [{ name: '서류 시험', relation: 'head' }],
      household: householdOf([50]),
      consent,
    });
    const id = made.json().id as string;
    const bare = await dong.post(`/api/cases/${id}/documents`, {
      kind: 'lease',
      filename: '스캔',
      contentBase64: PNG_BASE64,
    });
    expect(bare.statusCode, bare.body).toBe(201);
    expect(bare.json()).toMatchObject({ filename: '스캔.png', mediaType: 'image/png' });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]).toString('base64');
    const photo = await dong.post(`/api/cases/${id}/documents`, {
      kind: 'lease',
      filename: '사진.JPEG',
      contentBase64: jpeg,
    });
    expect(photo.statusCode, photo.body).toBe(201);
    expect(photo.json()).toMatchObject({ filename: '사진.JPEG', mediaType: 'image/jpeg' });
  });

  it('lets a counselor of another district open the case only by breaking the glass, listed for admins', async () => {
    const seo = asStaff(t.app, await loginAs(t.app, 'counselor.seo'));
    const hidden = await seo.get(`/api/cases/${caseId}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain('나가온');
    const glass = (why: string) => `/api/cases/${caseId}?breakGlass=true&reason=${encodeURIComponent(why)}`;
    expect((await seo.getFromApp(glass('급함'))).statusCode).toBe(400);
    // Ten characters a reader does not see, or one key held down, are no reason.
    expect((await seo.getFromApp(glass(`${'\u200b'.repeat(10)}a`))).statusCode).toBe(400);
    expect((await seo.getFromApp(glass('ㅁㅁㅁㅁㅁㅁㅁㅁㅁㅁㅁ'))).statusCode).toBe(400);
    const reason = '동구 상담사 휴가 중 긴급 연락 요청';
    // A link (a board post, say) carrying a reason cannot open it in this counselor's name: the
    // app's own request carries the session's CSRF token, a followed link does not.
    const byLink = await seo.get(glass(reason));
    expect(byLink.statusCode).toBe(403);
    expect(byLink.body).not.toContain('나가온');
    const opened = await seo.getFromApp(glass(reason));
    expect(opened.statusCode).toBe(200);
    expect(opened.json().brokeGlass).toBe(true);
    // Breaking the glass opens for reading only.
    expect((await seo.post(`/api/cases/${caseId}/notes`, { body: 'x' })).statusCode).toBe(404);
    const admin = asStaff(t.app, await loginAs(t.app, 'admin'));
    const list = await admin.get('/api/admin/break-glass');
    expect(list.json().items).toEqual([expect.objectContaining({ caseId, reason, actorName: '서구 상담사' })]);
    expect((await seo.get('/api/admin/break-glass')).statusCode).toBe(403);
  });

  it('links a request from someone who already has a case to that case instead of opening another', async () => {
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: {
        name: '나가온',
        phone: '010-7777-1234',
        district: 'dong',
        message: '다시 연락드려요',
        consent: { contact: true, household: false, result: false },
      },
    });
    expect(sent.statusCode).toBe(201);
    const inbox = async () =>
      (await dong.get('/api/consultations?reason=상담신청함&status=new')).json().items as {
        id: string;
        message: string | null;
      }[];
    const request = (await inbox()).find((i) => i.message === '다시 연락드려요');
    expect(request).toBeDefined();
    // The inbox's duplicate check finds the case by the request's phone.
    const dupes = await dong.get('/api/cases/duplicates?phone=010-7777-1234');
    expect(dupes.json().items.map((d: { caseId: string }) => d.caseId)).toContain(caseId);
    const before = (await dong.get(`/api/cases/${caseId}`)).json();

    const linked = await dong.post(`/api/cases/${caseId}/links`, { consultationId: request?.id, needs: ['집수리'] });
    expect(linked.statusCode, linked.body).toBe(200);
    const c = linked.json();
    expect(c.version).toBe(before.version + 1);
    expect(c.needs).toEqual([...before.needs, '집수리']);
    // The request's words join the case as a note, after the link in the timeline (newest first).
    expect(c.timeline[0]).toMatchObject({ kind: 'note.added' });
    expect(c.notes[0].body).toContain('남긴 말: 다시 연락드려요');
    expect(c.timeline[1]).toMatchObject({
      kind: 'linked',
      detail: { from: 'consultation', reference: expect.stringMatching(/\S/), needs: ['집수리'] },
    });
    // Handled: gone from the inbox, and it can be neither linked again nor turned into a case.
    expect((await inbox()).map((i) => i.id)).not.toContain(request?.id);
    const stored = await t.handle.db
      .selectFrom('consultation_request')
      .select(['status', 'case_id'])
      .where('id', '=', String(request?.id))
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'assigned', case_id: caseId });
    expect((await dong.post(`/api/cases/${caseId}/links`, { consultationId: request?.id })).statusCode).toBe(409);
    expect((await dong.post('/api/cases', { consultationId: request?.id, consent })).statusCode).toBe(409);

    // A counter intake links too; needs already on the case are not repeated. Another 구 sees nothing.
    const counter = await dong.post(`/api/cases/${caseId}/links`, { needs: ['집수리', '이사'] });
    expect(counter.json().needs).toEqual([...before.needs, '집수리', '이사']);
    expect(counter.json().timeline[0]).toMatchObject({ kind: 'linked', detail: { from: 'counter', needs: ['이사'] } });
    const seo = asStaff(t.app, await loginAs(t.app, 'counselor.seo'));
    const hidden = await seo.post(`/api/cases/${caseId}/links`, {});
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain('나가온');
    const audit = await auditEntries(t.handle.db, 'case.link', caseId);
    expect(audit).toHaveLength(2);
  });
});
