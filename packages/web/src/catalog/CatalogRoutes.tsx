import { canonicalProgramId } from '@jibsa/programs';
import { useEffect } from 'react';
import { navigate, type Route } from '../app/router.ts';
import { Catalog } from './Catalog.tsx';
import { ProgramPage } from './ProgramPage.tsx';

/** The catalog and program pages load as their own chunk. */
export default function CatalogRoutes({ route }: { route: Route }) {
  if (route.path === '/programs') return <Catalog query={route.query} />;
  return <ProgramRoute route={route} />;
}

/** A page under an old program id (PROGRAM_ID_ALIASES) moves to today's address, replacing the old one. */
function ProgramRoute({ route }: { route: Route }) {
  const id = decodeURIComponent(route.path.slice('/programs/'.length));
  const current = canonicalProgramId(id);
  useEffect(() => {
    if (current !== id) navigate(`/programs/${current}`, Object.fromEntries(route.query), { replace: true });
  }, [id, current, route.query]);
  return <ProgramPage id={current} />;
}
