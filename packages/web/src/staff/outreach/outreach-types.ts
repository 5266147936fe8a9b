/** What the outreach API answers, as its schemas define it (one definition, on the server). */
export type {
  OutreachJob,
  OutreachListSummary,
  OutreachRow,
  WhatIfJobs,
  WhatIfParameters,
  WhatIfResult,
  WhatIfRun,
  WhatIfRuns,
} from '@jibsa/server/outreach-job';
