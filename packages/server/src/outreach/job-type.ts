import type { Static } from 'typebox';
import type { JobOut, ListSummary, RowOut } from './schemas.ts';
import type { WhatIfJobsOut, WhatIfOut, WhatIfParametersOut, WhatIfRunOut, WhatIfRunsOut } from './what-if/schemas.ts';

/**
 * What GET /api/outreach/jobs/:jobId, a list's result rows and GET /api/outreach/lists answer, as
 * their schemas define them.
 * Type-only, so the staff screen reads the same shape without a copy of its own and without loading
 * any server code.
 */
export type OutreachJob = Static<typeof JobOut>;
export type OutreachRow = Static<typeof RowOut>;
export type OutreachListSummary = Static<typeof ListSummary>;
/** GET /api/outreach/what-if/jobs, GET and POST /api/outreach/jobs/:jobId/what-if (정책 모의 계산). */
export type WhatIfJobs = Static<typeof WhatIfJobsOut>;
export type WhatIfParameters = Static<typeof WhatIfParametersOut>;
export type WhatIfResult = Static<typeof WhatIfOut>;
/** A what-if over a long list, counted in the background (POST's 202, GET /api/outreach/what-if/runs/:runId). */
export type WhatIfRun = Static<typeof WhatIfRunOut>;
export type WhatIfRuns = Static<typeof WhatIfRunsOut>;
