import { todayIso } from '@jibsa/programs';
import { expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, refer } from './support.ts';

const COMMON = ['연계 완료', '대상 아님', '본인 포기', '연락 두절'];

describeOnEachDatabase('the outcomes an agency may report fit what its service does', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const repair = staffPerBlock(t, 'partner.repair');
  const lh = staffPerBlock(t, 'partner.lh');
  const gu = staffPerBlock(t, 'partner.dong');

  /** A fresh case referred to `slug`, moved by `partner` to in-progress: the referral's id and version. */
  async function working(slug: string, partner: typeof repair) {
    const caseId = await makeCase(dong);
    const id = await refer(t.app, dong, caseId, slug);
    let version = 1;
    for (const to of ['received', 'accepted', 'in-progress']) {
      const res = await partner.post(`/api/partner/referrals/${id}/status`, { to, version });
      expect(res.statusCode, res.body).toBe(200);
      version = res.json().version;
    }
    return { id, version };
  }
  const moveIns = async () => {
    const stats = (await dong.get(`/api/stats/center?year=${todayIso().slice(0, 4)}`)).json();
    return (stats.outcomes as { outcome: string; count: number }[]).find((o) => o.outcome === '입주 확정')?.count;
  };

  it('offers a repair group 공사 완료 and the common ones, and refuses a move-in in Korean and English', async () => {
    const { id, version } = await working('repair-coop-low-income', repair);
    const seen = (await repair.get(`/api/partner/referrals/${id}`)).json();
    expect(seen.outcomes).toEqual(['공사 완료', ...COMMON]);
    expect(seen.moves).toContain('completed');
    // The counselor's copy says the same.
    expect((await dong.get(`/api/referrals/${id}`)).json().outcomes).toEqual(['공사 완료', ...COMMON]);

    const before = await moveIns();
    for (const outcome of ['입주 확정', '예비입주자 선정', '지원 결정']) {
      const res = await repair.post(`/api/partner/referrals/${id}/status`, { to: 'completed', version, outcome });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().code).toBe('JIBSA_VALIDATION');
      expect(res.json().errors).toEqual([
        expect.objectContaining({
          path: 'outcome',
          detail: expect.stringContaining(`'${outcome}'은(는) 이 기관이 알릴 수 있는 결과가 아닙니다`),
          detail_en: expect.stringContaining('is not an outcome this agency can report'),
        }),
      ]);
      expect(res.json().errors[0].detail).toContain('공사 완료, 연계 완료, 대상 아님, 본인 포기, 연락 두절');
      expect(res.json().errors[0].detail_en).toContain('Works done (공사 완료)');
    }
    // Nothing was written: still in progress, no step, not counted as a move-in.
    const after = (await repair.get(`/api/partner/referrals/${id}`)).json();
    expect(after).toMatchObject({ status: 'in-progress', version, outcome: null });
    expect(after.steps.map((s: { to: string }) => s.to)).toEqual(['requested', 'received', 'accepted', 'in-progress']);
    expect(await moveIns()).toBe(before);

    const done = await repair.post(`/api/partner/referrals/${id}/status`, {
      to: 'completed',
      version,
      outcome: '공사 완료',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', outcome: '공사 완료' });
  });

  it('offers LH the move-in outcomes and the 구청 support granted, each with the common ones', async () => {
    const housing = await working('lh-gwangju-public-rental', lh);
    expect((await lh.get(`/api/partner/referrals/${housing.id}`)).json().outcomes).toEqual([
      '입주 확정',
      '예비입주자 선정',
      ...COMMON,
    ]);
    const works = await lh.post(`/api/partner/referrals/${housing.id}/status`, {
      to: 'completed',
      version: housing.version,
      outcome: '공사 완료',
    });
    expect(works.statusCode).toBe(400);
    expect(works.json().errors[0].path).toBe('outcome');
    const gone = await lh.post(`/api/partner/referrals/${housing.id}/status`, {
      to: 'completed',
      version: housing.version,
      outcome: '연락 두절',
    });
    expect(gone.statusCode, gone.body).toBe(200);

    const benefit = await working('gu-dong-benefits', gu);
    expect((await gu.get(`/api/partner/referrals/${benefit.id}`)).json().outcomes).toEqual(['지원 결정', ...COMMON]);
    const granted = await gu.post(`/api/partner/referrals/${benefit.id}/status`, {
      to: 'completed',
      version: benefit.version,
      outcome: '지원 결정',
    });
    expect(granted.statusCode, granted.body).toBe(200);
  });

  it('still shows an outcome recorded before, even one its service could not report now', async () => {
    const { id } = await working('repair-coop-low-income', repair);
    // As the walkthrough found: a repair group's referral closed as a move-in before this rule.
    await t.app.db
      .updateTable('referral')
      .set({ status: 'completed', outcome: '입주 확정', closed_at: new Date(), version: 5 })
      .where('id', '=', id)
      .execute();
    const partnerView = await repair.get(`/api/partner/referrals/${id}`);
    expect(partnerView.statusCode, partnerView.body).toBe(200);
    expect(partnerView.json()).toMatchObject({ status: 'completed', outcome: '입주 확정', moves: [] });
    const centerView = await dong.get(`/api/referrals/${id}`);
    expect(centerView.statusCode, centerView.body).toBe(200);
    expect(centerView.json()).toMatchObject({ outcome: '입주 확정' });
    const inbox = (await repair.get('/api/partner/referrals')).json().items as { id: string; outcome: string }[];
    expect(inbox.find((r) => r.id === id)?.outcome).toBe('입주 확정');
  });
});
