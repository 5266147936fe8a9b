import { useEffect, useState } from 'react';

/**
 * A tiny hash router: "#/programs/housing-benefit.rent?x=1". Hashes that do not start with
 * "#/" (the skip link's "#main") leave the route alone. `navigate` updates the route in the
 * same event as the state change that caused it, so the next screen renders in one pass.
 */
export interface Route {
  readonly path: string;
  readonly query: URLSearchParams;
}

export function parseHash(hash: string): Route | null {
  if (hash === '' || hash === '#') return { path: '/', query: new URLSearchParams() };
  if (!hash.startsWith('#/')) return null;
  const [path = '/', search = ''] = hash.slice(1).split('?');
  return { path: path.replace(/\/+$/, '') || '/', query: new URLSearchParams(search) };
}

export function href(path: string, query?: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') q.set(k, v);
  // Commas stay readable in shared links: #/programs?ids=a,b
  const s = q.toString().replace(/%2C/g, ',');
  return `#${path}${s ? `?${s}` : ''}`;
}

const listeners = new Set<(hash: string) => void>();

export function navigate(path: string, query?: Record<string, string | undefined>, opts: { replace?: boolean } = {}) {
  const target = href(path, query);
  if (opts.replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  for (const l of listeners) l(target);
}

export function useRoute(): Route {
  const [state, setState] = useState(() => {
    const hash = window.location.hash;
    return { hash, route: parseHash(hash) ?? (parseHash('') as Route) };
  });
  useEffect(() => {
    const onHash = (hash: string) => {
      const route = parseHash(hash);
      if (route) setState((prev) => (prev.hash === hash ? prev : { hash, route }));
    };
    const onBrowser = () => onHash(window.location.hash);
    listeners.add(onHash);
    window.addEventListener('hashchange', onBrowser);
    window.addEventListener('popstate', onBrowser);
    return () => {
      listeners.delete(onHash);
      window.removeEventListener('hashchange', onBrowser);
      window.removeEventListener('popstate', onBrowser);
    };
  }, []);
  return state.route;
}
