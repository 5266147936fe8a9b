import { Worker } from 'node:worker_threads';
import { type ColumnMapping, type ListBlock, ListError } from '@jibsa/lists';
import type { Household, Label } from '@jibsa/rules';

export type ToWorker = { type: 'done'; id: number } | { type: 'households'; id: number } | { type: 'stop' };
export type FromWorker =
  | { type: 'block'; id: number; block: Omit<ListBlock, 'household'>; fraction: number }
  | { type: 'households'; id: number; households: Household[] }
  | { type: 'end' }
  | { type: 'error'; list: { label: Label; code: ListError['code'] } }
  | { type: 'error'; message: string };

/** A block read on the worker: its households as objects come over only when asked (`load`). */
export interface WorkerBlock extends ListBlock {
  load(): Promise<void>;
  /** Tells the worker the block is written, so it may read further ahead. */
  done(): void;
}

/** Thrown by `household(k)` before `load`: the caller loads the households and screens again. */
export class HouseholdsNotLoaded extends Error {}

/** Blocks the worker may read ahead of the one being screened: two cores, one block each, one spare. */
const AHEAD = 3;

/**
 * A list's blocks read on a worker thread (list-worker.ts), as `ListReader` reads them, so that
 * reading the next block and screening this one run on the machine's two cores at once. The
 * bundle runs the worker's bundle; the TypeScript sources run it through tsx.
 */
export function workerListBlocks(file: string, mapping: ColumnMapping, date: string) {
  const source = import.meta.url.endsWith('.ts');
  const entry = new URL(source ? './list-worker-source.mjs' : './list-worker.js', import.meta.url);
  const worker = new Worker(entry, { workerData: { file, mapping, date, ahead: AHEAD } });
  const queue: FromWorker[] = [];
  let waiting: ((m: FromWorker) => void) | undefined;
  let failed: Error | undefined;
  // Households answer the one block being screened; everything else comes in the file's order.
  const asked = new Map<number, { resolve(h: Household[]): void; reject(e: Error): void }>();
  const push = (m: FromWorker) => {
    if (m.type === 'households') asked.get(m.id)?.resolve(m.households);
    else if (m.type === 'error') for (const a of asked.values()) a.reject(new Error('the list worker stopped'));
    if (m.type === 'households') return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve(m);
    } else queue.push(m);
  };
  worker.on('message', push);
  worker.on('error', (error) => {
    failed = error;
    push({ type: 'error', message: String(error.stack ?? error) });
  });
  worker.on('exit', (code) => {
    if (code !== 0 && !failed) push({ type: 'error', message: `list worker exited with ${code}` });
  });
  const next = () =>
    queue.length > 0
      ? Promise.resolve(queue.shift() as FromWorker)
      : new Promise<FromWorker>((resolve) => (waiting = resolve));
  let fraction = 0;
  const send = (m: ToWorker) => worker.postMessage(m);

  async function* blocks(): AsyncGenerator<WorkerBlock> {
    for (;;) {
      const m = await next();
      if (m.type === 'end') return;
      if (m.type === 'error') {
        if ('list' in m) throw new ListError(m.list.label, m.list.code);
        throw new Error(`reading the list: ${m.message}`);
      }
      if (m.type !== 'block') continue;
      fraction = m.fraction;
      const id = m.id;
      let households: Household[] | undefined;
      yield {
        ...m.block,
        household(k) {
          if (!households) throw new HouseholdsNotLoaded();
          return households[k] as Household;
        },
        async load() {
          const reply = new Promise<Household[]>((resolve, reject) => asked.set(id, { resolve, reject }));
          send({ type: 'households', id });
          households = await reply;
          asked.delete(id);
        },
        done: () => send({ type: 'done', id }),
      };
    }
  }
  return {
    blocks: blocks(),
    fraction: () => fraction,
    close: () => void worker.terminate(),
  };
}
