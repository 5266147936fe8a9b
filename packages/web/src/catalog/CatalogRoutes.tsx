import type { Route } from '../app/router.ts';
import { Catalog } from './Catalog.tsx';
import { ProgramPage } from './ProgramPage.tsx';

/** The catalog and program pages load as their own chunk. */
export default function CatalogRoutes({ route }: { route: Route }) {
  if (route.path === '/programs') return <Catalog query={route.query} />;
  return <ProgramPage id={decodeURIComponent(route.path.slice('/programs/'.length))} />;
}
