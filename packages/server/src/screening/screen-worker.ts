import { parentPort } from 'node:worker_threads';
import { useSharedSlabs } from '../http/slab.ts';
import { runTask, type ScreenTask } from './screen-tasks.ts';

/** A screening thread (screen-pool.ts): one task in, its result out, in the order they came. */
const port = parentPort;
if (!port) throw new Error('screen-worker.ts runs as a worker thread');
useSharedSlabs();
port.on('message', (message: { id: number; task: ScreenTask }) => {
  const { id, task } = message;
  try {
    const result = runTask(task);
    if (Array.isArray(result) || !result.ok || result.bytes.buffer instanceof SharedArrayBuffer) {
      // A slice of a shared slab goes as it is (the request thread sees the same memory).
      port.postMessage({ id, result });
      return;
    }
    // An answer too long for a slab has a buffer of its own: handed over (transferred), not copied.
    const own = new Uint8Array(result.bytes);
    port.postMessage({ id, result: { ok: true, bytes: own } }, [own.buffer]);
  } catch (error) {
    // A fault of the engine, not of the request: the request's thread answers 500 for it.
    port.postMessage({ id, fault: error instanceof Error ? error.message : String(error) });
  }
});
// Loaded: from now on, a thread that dies is started again (screen-pool.ts).
port.postMessage({ ready: true });
