import { parentPort, workerData } from 'node:worker_threads';
import { type ColumnMapping, type ListBlock, ListError, ListReader, openList } from '@jibsa/lists';
import type { FromWorker, ToWorker } from './worker-blocks.ts';

/**
 * The reading half of `screen-many` on its own thread: the list's text scanned and its cells read
 * into batch columns here, while the main thread screens and writes the block before. Blocks go
 * over with their typed arrays moved, not copied. A block is kept until the main thread is done
 * with it: it may ask for its households as objects (only when a figure for the date is missing).
 */
const { file, mapping, date, ahead } = workerData as {
  file: string;
  mapping: ColumnMapping;
  date: string;
  ahead: number;
};
const port = parentPort as NonNullable<typeof parentPort>;
const kept = new Map<number, ListBlock>();
let wake: (() => void) | undefined;
let stopped = false;

const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: ToWorker) => {
  if (message.type === 'done') kept.delete(message.id);
  else if (message.type === 'households') {
    const block = kept.get(message.id);
    const households = block ? Array.from({ length: block.columns.n }, (_, k) => block.household(k)) : [];
    send({ type: 'households', id: message.id, households });
  } else stopped = true;
  wake?.();
});

async function run() {
  const list = await openList(file);
  try {
    const reader = new ListReader(list.headers, mapping, date);
    let id = 0;
    for await (const rows of list.blocks) {
      if (stopped) return;
      const block = reader.read(rows);
      kept.set(id, block);
      const { household: _, ...plain } = block;
      send({ type: 'block', id, block: plain, fraction: list.fraction() }, buffersOf(block));
      id++;
      // No more than `ahead` blocks waiting on the main thread: memory stays flat however long the file.
      while (kept.size >= ahead && !stopped) await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    list.close();
  }
}

/** The block's typed arrays' buffers, each once, to move with the message. */
function buffersOf(block: ListBlock): ArrayBuffer[] {
  const c = block.columns;
  const arrays: ArrayBufferView[] = [block.rowNumbers, block.at, c.membersKnown, c.memberOffsets];
  arrays.push(...Object.values(c.household), ...Object.values(c.member));
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

run().then(
  () => send({ type: 'end' }),
  (error: unknown) =>
    send(
      error instanceof ListError
        ? { type: 'error', list: { label: error.label, code: error.code } }
        : { type: 'error', message: String((error as Error)?.stack ?? error) },
    ),
);
