import type { FastifyInstance } from 'fastify';
import { centerReferralRoutes } from './center-routes.ts';
import { installMail } from './mail.ts';
import { notificationRoutes } from './notification-routes.ts';
import { partnerReferralRoutes } from './partner-routes.ts';

/** The closed loop: referrals from a case to a partner service, the partner's inbox, notices. */
export async function referralDomain(app: FastifyInstance) {
  installMail(app);
  await app.register(centerReferralRoutes);
  await app.register(partnerReferralRoutes);
  await app.register(notificationRoutes);
}
