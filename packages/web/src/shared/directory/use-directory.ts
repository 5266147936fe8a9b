import { useEffect, useState } from 'react';
import type { DirectoryService } from './service.ts';

/**
 * The whole public directory of services, fetched once per visit and filtered here. The self-check
 * promises that answers stay on the device: asking the server "who delivers program X in 구 Y"
 * would send the result and the district along, so every visitor asks the same question (the
 * whole list, the same bytes for everyone, cacheable) and the matching happens in the browser.
 */
let loading: Promise<DirectoryService[]> | null = null;

function loadDirectory(): Promise<DirectoryService[]> {
  loading ??= fetch('/api/directory/services', { credentials: 'omit' })
    .then((res) => (res.ok ? (res.json() as Promise<{ items: DirectoryService[] }>) : { items: [] }))
    .then((body) => body.items)
    // Without the server (a static copy of the app) the cards simply have no directory part.
    .catch(() => []);
  return loading;
}

export function useDirectory(): DirectoryService[] {
  const [items, setItems] = useState<DirectoryService[]>([]);
  useEffect(() => {
    let live = true;
    void loadDirectory().then((list) => {
      if (live) setItems(list);
    });
    return () => {
      live = false;
    };
  }, []);
  return items;
}

/** Services delivering a program, in the household's 구 when it is known (all of Gwangju when not). */
export function servicesFor(
  all: readonly DirectoryService[],
  programId: string,
  district: string | undefined,
): DirectoryService[] {
  return all.filter((s) => s.programIds.includes(programId) && (!district || s.districts.includes(district)));
}
