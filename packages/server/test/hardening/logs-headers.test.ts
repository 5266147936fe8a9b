// Reproductions 4 and 11 of issue #15.
import { PassThrough } from 'node:stream';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { appPerBlock, makeTestApp } from '../support/app.ts';

describe('logs carry no personal data; answers carry security headers', () => {
  let log = '';
  const stream = new PassThrough();
  stream.on('data', (chunk) => {
    log += String(chunk);
  });
  const t = appPerBlock(makeTestApp, { logStream: stream });

  it('(4) marked names, phones, reasons and households never reach the log, errors included', async () => {
    const marked = {
      name: '표식이름가나다',
      phone: '010-9876-5432',
      message: '표식메시지라마바',
      consent: { contact: true, household: true, result: false },
      household: { region: 'metro', members: [{ age: 77, earnedIncome: 1234567 }] },
    };
    expect((await t.app.inject({ method: 'POST', url: '/api/consultations', payload: marked })).statusCode).toBe(201);
    await t.app.inject({ url: '/api/consultations?reason=표식사유사아자' });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: '표식비밀번호' },
    });
    // A database failure in the middle of an insert: the error is logged, its values are not.
    await sql`alter table consultation_request add constraint no_marks check (contact_name not like '표식%') not valid`.execute(
      t.handle.db,
    );
    const failed = await t.app.inject({ method: 'POST', url: '/api/consultations', payload: marked });
    expect(failed.statusCode).toBe(500);
    expect(failed.json().code).toBe('JIBSA_INTERNAL');
    await new Promise((r) => setTimeout(r, 50));
    expect(log).toContain('unhandled error');
    expect(log).toContain(failed.headers['x-request-id']);
    for (const mark of ['표식', '9876', '1234567', '01098765432']) expect(log, mark).not.toContain(mark);
  });

  it('(11) security headers on the web app and the API, with a CSP that forbids framing', async () => {
    for (const url of ['/api/programs', '/healthz', '/api/nothing-here']) {
      const res = await t.app.inject(url);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).not.toContain('unsafe-inline');
    }
  });
});
