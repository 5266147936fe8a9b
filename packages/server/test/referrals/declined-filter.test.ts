import { beforeAll, expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, serviceId } from './support.ts';

describeOnEachDatabase('cases whose referral an agency declined', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const lh = staffPerBlock(t, 'partner.lh');
  let caseId = '';
  let declined = '';
  const listed = async () =>
    ((await dong.get('/api/cases?referral=declined&limit=200')).json().items as { id: string }[]).map((c) => c.id);
  beforeAll(async () => {
    caseId = await makeCase(dong);
    const sent = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '거절될 연계',
      sharedFields: ['name'],
    });
    declined = sent.json().id;
  });

  it('are listed for the counselor until the referral is sent on elsewhere', async () => {
    expect(await listed()).not.toContain(caseId);
    const got = await lh.post(`/api/partner/referrals/${declined}/status`, { to: 'received', version: 1 });
    const no = await lh.post(`/api/partner/referrals/${declined}/status`, {
      to: 'rejected',
      version: got.json().version,
      reason: '관할 밖',
    });
    expect(no.statusCode).toBe(200);
    expect(await listed()).toContain(caseId);

    // Sent on to another agency as the next step of the same chain: nothing is left to do here.
    const again = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'gmcc-rental'),
      message: '도시공사로 다시 보냅니다',
      sharedFields: ['name'],
      previousReferralId: declined,
    });
    expect(again.statusCode).toBe(201);
    expect(await listed()).not.toContain(caseId);
  });
});
