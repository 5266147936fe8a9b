import { api } from '../shell/api.ts';

/** A counselor who may handle a case. */
export interface Counselor {
  id: string;
  displayName: string;
}

/** The active counselors of a 구, those its cases can be given to (GET /api/cases/assignees). */
export const counselorsOf = (district: string) =>
  api<{ items: Counselor[] }>('GET', `/api/cases/assignees?district=${encodeURIComponent(district)}`);
