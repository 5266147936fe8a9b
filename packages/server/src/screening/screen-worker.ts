import { parentPort } from 'node:worker_threads';
import { useSharedSlabs } from '../http/slab.ts';
import { type ScreenJob, screenAnswer } from './screen-answer.ts';

useSharedSlabs();

/** A screening thread (screen-pool.ts): one job in, its answer out, in the order they came. */
const port = parentPort;
if (!port) throw new Error('screen-worker.ts runs as a worker thread');
port.on('message', (message: { id: number; job: ScreenJob }) => {
  const { id, job } = message;
  try {
    const answer = screenAnswer(job);
    if (!answer.ok) {
      port.postMessage({ id, answer });
      return;
    }
    // A slice of a shared slab goes as it is (the request thread sees the same memory); an answer
    // too long for a slab has a buffer of its own, handed over (transferred), not copied.
    const { bytes } = answer;
    if (bytes.buffer instanceof SharedArrayBuffer) port.postMessage({ id, answer });
    else {
      const own = new Uint8Array(bytes);
      port.postMessage({ id, answer: { ok: true, bytes: own } }, [own.buffer]);
    }
  } catch (error) {
    // A fault of the engine, not of the request: the request's thread answers 500 for it.
    port.postMessage({ id, fault: error instanceof Error ? error.message : String(error) });
  }
});
