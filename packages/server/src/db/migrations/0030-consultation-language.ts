import { type Kysely, sql } from 'kysely';

/**
 * The language of the page a consultation request was sent from: a request from the English
 * self-check reached the counselor with no sign the person would rather be called in English.
 * Only the two languages the site speaks; requests sent before this are Korean, as the form was.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table consultation_request add column language text not null default 'ko'
    constraint consultation_request_language_check check (language in ('ko', 'en'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table consultation_request drop column if exists language`.execute(db);
}
