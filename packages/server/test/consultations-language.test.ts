// A request sent from the English page says so to the counselor, in the inbox and on the case made
// from it; and the receipt names the center's number to call if nobody calls (never a made-up one).
import { expect, it } from 'vitest';
import { staffPerBlock } from './cases/support.ts';
import { appPerBlock } from './support/app.ts';
import { describeOnEachDatabase } from './support/backends.ts';

describeOnEachDatabase('the language a consultation request was sent in', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const admin = staffPerBlock(t, 'admin');

  const send = (name: string, extra: object = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: {
        name,
        phone: '010-2323-4545',
        district: 'dong',
        consent: { contact: true, household: false, result: false },
        ...extra,
      },
    });
  const inInbox = async (name: string) =>
    (
      (await dong.get('/api/consultations?reason=상담신청함&status=new')).json().items as {
        id: string;
        name: string;
        language: string;
      }[]
    ).find((i) => i.name === name);

  it('keeps English with a request from the English page and Korean otherwise; any other value is refused by field', async () => {
    expect((await send('Jane Doe', { language: 'en' })).statusCode).toBe(201);
    expect((await send('김 한 글')).statusCode).toBe(201);
    expect((await inInbox('Jane Doe'))?.language).toBe('en');
    expect((await inInbox('김 한 글'))?.language).toBe('ko');
    const other = await send('Jean Dupont', { language: 'fr' });
    expect(other.statusCode).toBe(400);
    expect(other.headers['content-type']).toMatch(/problem\+json/);
    expect(other.json().errors.map((e: { path: string }) => e.path)).toContain('language');
  });

  it('carries "English preferred" to the case made from the request: its lead flag and its first note', async () => {
    const request = await inInbox('Jane Doe');
    const made = await dong.post('/api/cases', {
      consultationId: request?.id,
      consent: { collection: true, sharing: false },
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().contactLanguage).toBe('en');
    expect(made.json().notes[0].body).toContain('연락할 말: 영어로 연락 원함 (영어 화면에서 신청) / English preferred');
    const korean = await dong.post('/api/cases', {
      consultationId: (await inInbox('김 한 글'))?.id,
      consent: { collection: true, sharing: false },
    });
    expect(korean.json().contactLanguage).toBe('ko');
    expect(korean.json().notes[0].body).not.toContain('영어');
  });

  it('names on the receipt the number the district’s center lists, marked when made up, and none when it lists none', async () => {
    const sent = await send('전 화 번 호');
    expect(sent.json().center).toEqual({ name: '광주주거복지센터', phone: '062-000-3000', fictional: true });
    const center = (await admin.get('/api/admin/agencies'))
      .json()
      .items.find((a: { slug: string }) => a.slug === 'gwangju-housing-welfare-center');
    const cleared = await admin.patch(`/api/admin/agencies/${center.id}`, { phone: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const unlisted = await send('번 호 없 음');
    expect(unlisted.statusCode).toBe(201);
    expect(unlisted.json().center).toBeNull();
  });
});
