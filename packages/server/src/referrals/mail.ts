import type { FastifyInstance } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { ReferralRow } from './access.ts';
import type { Side } from './states.ts';
import { REFERRAL_STATUS_LABEL, type ReferralStatus } from './vocabulary.ts';

interface Mailer {
  transport: Transporter;
  pending: Set<Promise<unknown>>;
}

/** Keyed by the app's config object, which every encapsulated plugin of one app shares. */
const mailers = new WeakMap<object, Mailer>();

/** Makes the SMTP transport when mail is configured, and closes it (after pending mail) with the app. */
export function installMail(app: FastifyInstance) {
  const config = app.config.mail;
  if (!config || mailers.has(app.config)) return;
  const made: Mailer = { transport: nodemailer.createTransport(config.url), pending: new Set() };
  mailers.set(app.config, made);
  app.addHook('onClose', async () => {
    await Promise.allSettled([...made.pending]);
    made.transport.close();
  });
}

function wording(kind: string) {
  if (kind === 'message') return { ko: '새 메시지가 왔습니다', en: 'a new message' };
  const to = kind.replace('status.', '') as ReferralStatus;
  if (to === 'requested') return { ko: '새 연계 의뢰가 왔습니다', en: 'a new referral' };
  return { ko: `상태가 '${REFERRAL_STATUS_LABEL[to]?.ko ?? to}'(으)로 바뀌었습니다`, en: `status is now ${to}` };
}

/**
 * E-mails the other side that something happened on a referral, when SMTP is configured. The mail
 * carries the referral number and what happened, never a name or any case detail: the reader logs
 * in to see more, where access is checked and audited. Sending happens after the answer, and a
 * failure is logged, not thrown: mail is a courtesy, the in-app notice is the record.
 */
export function announce(app: FastifyInstance, r: ReferralRow, actingSide: Side, kind: string) {
  const mailer = mailers.get(app.config);
  const config = app.config.mail;
  if (!mailer || !config) return;
  const job = (async () => {
    let to: string | undefined;
    if (actingSide === 'center') {
      const agency = await app.db
        .selectFrom('agency')
        .select('notify_email')
        .where('id', '=', r.agency_id)
        .executeTakeFirst();
      to = agency?.notify_email ?? undefined;
    } else {
      to = config.centerTo;
    }
    if (!to) return;
    const w = wording(kind);
    const link = config.publicUrl
      ? `${config.publicUrl.replace(/\/$/, '')}${actingSide === 'center' ? '/staff/partner' : '/staff'}`
      : undefined;
    await mailer.transport.sendMail({
      from: config.from,
      to,
      subject: `[집사] 연계 ${r.number}: ${w.ko}`,
      text: [
        `연계 ${r.number}에 ${w.ko}.`,
        '집사에 로그인해서 확인해 주세요. 이 메일에는 개인정보를 담지 않습니다.',
        link ? `바로 가기: ${link}` : '',
        '',
        `Referral ${r.number}: ${w.en}. Log in to Jibsa to see it; this mail carries no personal data.`,
      ]
        .filter((line, i) => line !== '' || i === 3)
        .join('\n'),
    });
  })().catch((error: unknown) => {
    app.log.warn({ referral: r.number, err: (error as Error).message }, 'referral mail not sent');
  });
  mailer.pending.add(job);
  void job.finally(() => mailer.pending.delete(job));
}
