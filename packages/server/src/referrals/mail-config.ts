/** SMTP settings for referral notices: all optional, mail is off unless JIBSA_SMTP_URL is given. */
export interface MailConfig {
  /** smtp://user:pass@host:port or smtps://… (nodemailer's URL form). */
  url: string;
  from: string;
  /** The center's shared inbox for notices from agencies (partners get their agency's notify address). */
  centerTo: string | undefined;
  /** Where staff open Jibsa, for the link in the mail (no link when unset). */
  publicUrl: string | undefined;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

export function readMailConfig(env: NodeJS.ProcessEnv, problems: string[]): MailConfig | undefined {
  const url = env.JIBSA_SMTP_URL?.trim();
  if (!url) return undefined;
  if (!/^smtps?:\/\/[^\s]+$/.test(url)) {
    problems.push('JIBSA_SMTP_URL must look like smtp://user:password@host:587 (JIBSA_SMTP_URL 형식 오류)');
  }
  const from = env.JIBSA_MAIL_FROM?.trim() || 'jibsa@localhost';
  const centerTo = env.JIBSA_MAIL_CENTER_TO?.trim() || undefined;
  for (const [name, value] of [
    ['JIBSA_MAIL_FROM', from],
    ['JIBSA_MAIL_CENTER_TO', centerTo],
  ] as const) {
    if (value !== undefined && !EMAIL.test(value))
      problems.push(`${name} must be an e-mail address (${name}: 메일 주소 형식 오류)`);
  }
  const publicUrl = env.JIBSA_PUBLIC_URL?.trim() || undefined;
  if (publicUrl && !/^https?:\/\/[^\s]+$/.test(publicUrl)) {
    problems.push('JIBSA_PUBLIC_URL must start with http:// or https:// (JIBSA_PUBLIC_URL 형식 오류)');
  }
  return { url, from, centerTo, publicUrl };
}
