import type { FastifyInstance } from 'fastify';
import { caseAssigneeRoutes } from './assignee-routes.ts';
import { caseLinkRoutes } from './link-routes.ts';
import { casePeopleRoutes } from './people-routes.ts';
import { caseRoutes } from './routes.ts';
import { caseScreeningRoutes } from './screening-routes.ts';
import { caseWorkRoutes } from './work-routes.ts';

/** The counselor's workspace: cases, their screenings, tasks, notes and documents. */
export async function caseDomain(app: FastifyInstance) {
  await app.register(caseRoutes);
  await app.register(caseAssigneeRoutes);
  await app.register(caseLinkRoutes);
  await app.register(casePeopleRoutes);
  await app.register(caseScreeningRoutes);
  await app.register(caseWorkRoutes);
}
