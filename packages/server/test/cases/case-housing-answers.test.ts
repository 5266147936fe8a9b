import { expect, it } from 'vitest';
import { up } from '../../src/db/migrations/0018-case-housing-answers.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { consent, householdOf, staffPerBlock } from './support.ts';

const ANSWERS = { tenure: 'monthly_rent', housingType: 'multi_family', deposit: 3_000_000, monthlyRent: 250_000 };

describeOnEachDatabase("a case opened from a citizen's request keeps the housing the request gave", (make) => {
  const t = appPerBlock(make, { seed: true });
  const dong = staffPerBlock(t, 'counselor.dong');

  /** A request with household answers (월세, 다세대, 보증금 300만원, 월세 25만원), made into a case. */
  async function caseFromRequest(name: string) {
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: {
        name,
        phone: '010-5555-0101',
        district: 'dong',
        consent: { contact: true, household: true, result: false },
        household: { ...householdOf([71]), region: 'metro', ...ANSWERS },
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const inbox = await dong.get('/api/consultations?reason=상담신청함&status=new');
    const request = (inbox.json().items as { id: string; name: string }[]).find((i) => i.name === name);
    const made = await dong.post('/api/cases', { consultationId: request?.id, consent });
    expect(made.statusCode, made.body).toBe(201);
    return made.json();
  }

  it('shows the answers in the case housing record, and saving the page as it is keeps them', async () => {
    const c = await caseFromRequest('주 거 원');
    // Before: housing was {} and the page showed 고르지 않음 and empty amounts.
    expect(c.housing).toMatchObject(ANSWERS);
    expect(c.household).toMatchObject(ANSWERS);
    // The page sends its housing record back with one field changed.
    const saved = await dong.patch(`/api/cases/${c.id}`, {
      version: c.version,
      housing: { ...c.housing, dong: '충장동' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().household).toMatchObject(ANSWERS);
    expect(saved.json().housing).toMatchObject({ ...ANSWERS, dong: '충장동' });
  });

  it('migration 0018 copies the answers into the housing record of a case opened before the fix', async () => {
    const c = await caseFromRequest('주 거 이');
    const db = t.app.db;
    // As such a case was stored: the answers in the household only; 행정동 set by hand stays.
    await db
      .updateTable('case_record')
      .set({ housing: JSON.stringify({ dong: '산수1동' }) })
      .where('id', '=', c.id)
      .execute();
    await up(db as never);
    const row = await db
      .selectFrom('case_record')
      .select(['housing', 'household'])
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row.housing).toEqual({ dong: '산수1동', ...ANSWERS });
    // A record that already says something keeps it: the household does not overwrite the case page.
    await db
      .updateTable('case_record')
      .set({ housing: JSON.stringify({ tenure: 'jeonse' }) })
      .where('id', '=', c.id)
      .execute();
    await up(db as never);
    const again = await db.selectFrom('case_record').select('housing').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(again.housing).toEqual({ ...ANSWERS, tenure: 'jeonse' });
  });
});
