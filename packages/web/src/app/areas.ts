import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Route } from './router.ts';

/**
 * The app's route areas beyond the home page. Each loads as its own chunk the first time one of
 * its paths is opened, so the self-check never downloads the catalog or the staff screens.
 * To add an area: a default-exported component taking `{ route }` and one entry here.
 */
export interface RouteArea {
  readonly name: string;
  readonly owns: (path: string) => boolean;
  readonly Page: LazyExoticComponent<ComponentType<{ route: Route }>>;
}

const under = (prefix: string) => (path: string) => path === prefix || path.startsWith(`${prefix}/`);
const CHECK_PATHS = new Set(['/check', '/check/answers', '/result', '/consult']);

export const AREAS: readonly RouteArea[] = [
  { name: 'self-check', owns: (p) => CHECK_PATHS.has(p), Page: lazy(() => import('../self-check/CheckRoutes.tsx')) },
  { name: 'catalog', owns: under('/programs'), Page: lazy(() => import('../catalog/CatalogRoutes.tsx')) },
  { name: 'board', owns: under('/board'), Page: lazy(() => import('../board/BoardRoutes.tsx')) },
  { name: 'staff', owns: under('/staff'), Page: lazy(() => import('../staff/shell/StaffRoutes.tsx')) },
];

export function areaFor(path: string): RouteArea | undefined {
  return AREAS.find((a) => a.owns(path));
}
