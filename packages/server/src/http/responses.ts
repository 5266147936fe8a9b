import { Type } from 'typebox';

/** Problem responses for a route's schema, by status: documented in OpenAPI, serialised as problem+json. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, Type.Ref('Problem')]));
}
