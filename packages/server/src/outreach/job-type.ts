import type { Static } from 'typebox';
import type { JobOut, RowOut } from './schemas.ts';

/**
 * What GET /api/outreach/jobs/:jobId and a list's result rows answer, as their schemas define them.
 * Type-only, so the staff screen reads the same shape without a copy of its own and without loading
 * any server code.
 */
export type OutreachJob = Static<typeof JobOut>;
export type OutreachRow = Static<typeof RowOut>;
