import path from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { outreachExportRoutes } from './export-routes.ts';
import { outreachJobRoutes } from './job-routes.ts';
import { startOutreachWorker } from './jobs/worker.ts';
import { outreachListOverviewRoutes } from './list-overview.ts';
import { outreachListRoutes } from './list-routes.ts';
import { startRetention } from './retention.ts';
import { outreachRetentionRoutes } from './retention-routes.ts';
import { outreachSampleRoute } from './sample-route.ts';
import { startWhatIfRunner } from './what-if/background.ts';
import { outreachWhatIfRoutes } from './what-if/routes.ts';
import { outreachWhatIfRunRoutes } from './what-if/run-routes.ts';
import { outreachWorklistRoutes } from './worklist-routes.ts';

/** 발굴: upload whole lists of households, screen them as background jobs, read the results. */
export async function outreachDomain(app: FastifyInstance) {
  const uploadsDir = path.join(app.config.dataDir, 'outreach');
  await app.register(multipart, {
    limits: { fileSize: app.config.outreach.maxUploadBytes, files: 1, fields: 0, parts: 1 },
  });
  const worker = startOutreachWorker(app, uploadsDir);
  const whatIfRunner = startWhatIfRunner(app, uploadsDir);
  startRetention(app, uploadsDir);
  await app.register(outreachListRoutes, { uploadsDir });
  await app.register(outreachListOverviewRoutes);
  await app.register(outreachRetentionRoutes);
  await app.register(outreachJobRoutes, { wake: worker.wake });
  await app.register(outreachExportRoutes);
  await app.register(outreachSampleRoute);
  await app.register(outreachWorklistRoutes, { uploadsDir });
  await app.register(outreachWhatIfRoutes, { uploadsDir, wake: whatIfRunner.wake });
  await app.register(outreachWhatIfRunRoutes);
}
