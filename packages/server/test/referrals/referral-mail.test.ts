import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.ts';
import { makeTestApp } from '../support/app.ts';
import { as, makeCase, serviceId } from './support.ts';

interface Mail {
  to: string[];
  raw: string;
}

/** A local SMTP sink: accepts any mail on 127.0.0.1 and keeps it for the test to read. */
async function startSink() {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { mails, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function waitFor<T>(probe: () => T | undefined, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error('timed out waiting for mail');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Subject lines come MIME-encoded; this reads the encoded-words back. */
const decodeSubject = (raw: string) => {
  const line = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return line
    .replace(/\r\n[ \t]/g, '')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeURIComponent(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
    );
};

describe('referral notices by e-mail', () => {
  let sink: Awaited<ReturnType<typeof startSink>>;
  let t: Awaited<ReturnType<typeof makeTestApp>>;
  beforeAll(async () => {
    sink = await startSink();
    t = await makeTestApp({
      env: {
        JIBSA_SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
        JIBSA_MAIL_FROM: 'jibsa@center.example.org',
        JIBSA_MAIL_CENTER_TO: 'counselors@center.example.org',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('mails the agency a new referral and the center its answer, with no personal data', async () => {
    const dong = await as(t.app, 'counselor.dong');
    const lh = await as(t.app, 'partner.lh');
    const caseId = await makeCase(dong);
    const sent = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '연계합니다',
      sharedFields: ['name', 'contact'],
    });
    const { number, id } = sent.json();
    const toAgency = await waitFor(() => sink.mails.find((m) => m.to.includes('referrals+lh-gwangju@example.org')));
    expect(decodeSubject(toAgency.raw)).toContain(`연계 ${number}: 새 연계 의뢰가 왔습니다`);
    await lh.post(`/api/partner/referrals/${id}/status`, { to: 'received', version: 1 });
    await lh.post(`/api/partner/referrals/${id}/status`, { to: 'accepted', version: 2 });
    const toCenter = await waitFor(() =>
      sink.mails.find((m) => m.to.includes('counselors@center.example.org') && decodeSubject(m.raw).includes('수락')),
    );
    expect(decodeSubject(toCenter.raw)).toContain(number);
    for (const m of sink.mails) {
      for (const secret of ['연계 시험', '01055550101', '010-5555-0101', '충장동', caseId])
        expect(m.raw).not.toContain(secret);
      // The body is base64 or quoted-printable: decoded, it still names no person.
      const b64 = m.raw
        .split(/\r\n\r\n/)
        .slice(1)
        .join('')
        .replace(/\s/g, '');
      expect(Buffer.from(b64, 'base64').toString('utf8')).not.toContain('연계 시험');
    }
  });

  it('is off unless JIBSA_SMTP_URL is set, and a wrong setting stops the start', () => {
    expect(readConfig({}).mail).toBeUndefined();
    expect(() => readConfig({ JIBSA_SMTP_URL: 'mail.example.org' })).toThrow(ConfigError);
    expect(() => readConfig({ JIBSA_SMTP_URL: 'smtp://h:25', JIBSA_MAIL_CENTER_TO: 'nobody' })).toThrow(
      /JIBSA_MAIL_CENTER_TO/,
    );
  });
});
