import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * An administrator may remove the text of an earlier version of a board post: a phone number or a
 * name taken out of a post stayed in its history. The row stays (which version, who edited it,
 * when) so the history still counts every edit; its title and text become NULL, and the row says
 * who removed them, when and why. The check keeps the two states whole: either the text is there
 * and nothing says it was removed, or it is gone and all three are said.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('board_revision')
    .alterColumn('title', (c) => c.dropNotNull())
    .alterColumn('body_md', (c) => c.dropNotNull())
    .addColumn('redacted_at', 'timestamptz')
    .addColumn('redacted_by', 'uuid', (c) => c.references('staff_user.id'))
    .addColumn('redaction_reason', 'text')
    .execute();
  await db.schema
    .alterTable('board_revision')
    .addCheckConstraint(
      'board_revision_redaction_whole',
      sql`(redacted_at is null and redacted_by is null and redaction_reason is null
            and title is not null and body_md is not null)
        or (redacted_at is not null and redacted_by is not null and redaction_reason is not null
            and title is null and body_md is null)`,
    )
    .execute();
}

/** Going back cannot bring removed text back: those versions read empty. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('board_revision').dropConstraint('board_revision_redaction_whole').execute();
  await sql`update board_revision set title = '', body_md = '' where redacted_at is not null`.execute(db);
  await db.schema
    .alterTable('board_revision')
    .dropColumn('redaction_reason')
    .dropColumn('redacted_by')
    .dropColumn('redacted_at')
    .alterColumn('title', (c) => c.setNotNull())
    .alterColumn('body_md', (c) => c.setNotNull())
    .execute();
}
