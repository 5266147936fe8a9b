import type { Static } from 'typebox';
import type { ConsultationRequestBody } from './schemas.ts';

/**
 * The body of POST /api/consultations as its schema defines it. Type-only, so the web form names
 * the same shape without a copy of its own and without loading any server code.
 */
export type ConsultationRequest = Static<typeof ConsultationRequestBody>;
