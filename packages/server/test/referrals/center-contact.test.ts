// An ended referral tells the agency to call the center: the partner's view says which number,
// from the directory (the demo lists the center with a made-up one), or whom to ask for by name when
// no number is on record (never a guessed one).
import { expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, serviceId } from './support.ts';

describeOnEachDatabase('whom an agency calls about an ended referral', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const lh = staffPerBlock(t, 'partner.lh');
  const admin = staffPerBlock(t, 'admin');

  /** A referral to LH that LH closes with a place on the waiting list: its id. */
  async function waitlisted() {
    const caseId = await makeCase(dong);
    const sent = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-public-rental'),
      message: '공공임대 신청 도움 부탁드립니다',
      sharedFields: ['name'],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    let version = sent.json().version as number;
    for (const step of [
      { to: 'received' },
      { to: 'accepted' },
      { to: 'in-progress' },
      { to: 'completed', outcome: '예비입주자 선정', waitlistRank: 12 },
    ]) {
      const res = await lh.post(`/api/partner/referrals/${sent.json().id}/status`, { ...step, version });
      expect(res.statusCode, res.body).toBe(200);
      version = res.json().version;
    }
    return sent.json().id as string;
  }

  it('says nothing of it while the referral is open (messages reach the center then)', async () => {
    const caseId = await makeCase(dong);
    const sent = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-public-rental'),
      message: '공공임대 신청 도움 부탁드립니다',
      sharedFields: ['name'],
    });
    const view = (await lh.get(`/api/partner/referrals/${sent.json().id}`)).json();
    expect(view).toMatchObject({ closed: false, centerContact: null });
  });

  it('gives the demo center’s made-up number from the directory, marked as such', async () => {
    const id = await waitlisted();
    const view = (await lh.get(`/api/partner/referrals/${id}`)).json();
    expect(view).toMatchObject({ status: 'completed', outcome: '예비입주자 선정', closed: true });
    expect(view.centerContact).toEqual({
      name: '동구 상담사',
      organization: '광주주거복지센터',
      phone: '062-000-3000',
      fictional: true,
    });
  });

  it('names the counselor who sent it when the center’s record has no number, and the number again once it has', async () => {
    const center = (await admin.get('/api/admin/agencies'))
      .json()
      .items.find((a: { slug: string }) => a.slug === 'gwangju-housing-welfare-center');
    expect(center, 'the demo lists the center').toBeDefined();
    const cleared = await admin.patch(`/api/admin/agencies/${center.id}`, { phone: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const id = await waitlisted();
    expect((await lh.get(`/api/partner/referrals/${id}`)).json().centerContact).toEqual({
      name: '동구 상담사',
      organization: '광주주거복지센터',
      phone: null,
      fictional: false,
    });
    const listed = await admin.patch(`/api/admin/agencies/${center.id}`, { phone: '062-000-3001' });
    expect(listed.statusCode, listed.body).toBe(200);
    const view = (await lh.get(`/api/partner/referrals/${id}`)).json();
    expect(view.centerContact).toEqual({
      name: '동구 상담사',
      organization: '광주주거복지센터',
      phone: '062-000-3001',
      fictional: true,
    });
    // Once the sender's account is closed, they are not named (nobody there answers to the name);
    // the center's number stays. (Last: it ends the 동구 counselor's session.)
    const account = await t.handle.db
      .selectFrom('staff_user')
      .select('id')
      .where('username', '=', 'counselor.dong')
      .executeTakeFirstOrThrow();
    const off = await admin.patch(`/api/admin/accounts/${account.id}`, { disabled: true });
    expect(off.statusCode, off.body).toBe(200);
    const after = (await lh.get(`/api/partner/referrals/${id}`)).json();
    expect(after.centerContact).toEqual({
      name: null,
      organization: '광주주거복지센터',
      phone: '062-000-3001',
      fictional: true,
    });
  });
});
