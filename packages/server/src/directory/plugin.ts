import type { FastifyInstance } from 'fastify';
import { directoryAdminRoutes } from './admin-routes.ts';
import { directoryRoutes } from './routes.ts';

/** Partner agencies and their services: public reading, admin keeping. */
export async function directoryDomain(app: FastifyInstance) {
  await app.register(directoryRoutes);
  await app.register(directoryAdminRoutes);
}
