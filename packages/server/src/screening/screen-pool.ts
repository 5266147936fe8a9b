import { Worker } from 'node:worker_threads';
import { slabCopy } from '../http/slab.ts';
import type { ScreenAnswer, ScreenJob } from './screen-answer.ts';

type Reply = { id: number; answer: ScreenAnswer } | { id: number; fault: string };

interface Pending {
  resolve(answer: ScreenAnswer): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Screening threads for POST /api/screen: the engine and the writing of the answer (most of a
 * request's CPU time) run on them, so a server on a machine of several cores answers on all of
 * them while the request thread parses, checks, limits and sends. Each job goes to the thread
 * with the fewest jobs in hand. A thread that dies fails only its own jobs (500) and is replaced.
 * The bundle runs the worker's bundle; the TypeScript sources run it through tsx.
 */
export class ScreenPool {
  private readonly threads: Thread[] = [];
  private nextId = 1;
  private closing = false;

  /**
   * Threads start with the first job: a server that screens nothing (or a test) starts none.
   * `entry` is the thread's script (tests give one of their own); by default the screening thread.
   */
  constructor(
    readonly size: number,
    private readonly entry: URL = defaultEntry(),
  ) {}

  private start(): Thread {
    const thread: Thread = { worker: new Worker(this.entry), pending: new Map() };
    thread.worker.on('message', (reply: Reply) => {
      const p = thread.pending.get(reply.id);
      if (!p) return;
      thread.pending.delete(reply.id);
      if ('fault' in reply) p.reject(new Error(`screening thread: ${reply.fault}`));
      else p.resolve(ownBytes(reply.answer));
    });
    // 'error' is followed by 'exit'; the jobs are failed there, once.
    thread.worker.on('error', () => undefined);
    thread.worker.on('exit', (code) => {
      for (const p of thread.pending.values()) p.reject(new Error(`screening thread stopped (exit code ${code})`));
      thread.pending.clear();
      const at = this.threads.indexOf(thread);
      if (!this.closing && at >= 0) this.threads[at] = this.start();
    });
    return thread;
  }

  /** Starts the threads now (a server about to take requests), so the first answer waits for none. */
  warm(): void {
    while (!this.closing && this.threads.length < this.size) this.threads.push(this.start());
  }

  /** The answer to one request, from the least busy thread. */
  run(job: ScreenJob): Promise<ScreenAnswer> {
    if (this.closing) return Promise.reject(new Error('screening threads are stopping'));
    this.warm();
    let thread = this.threads[0] as Thread;
    for (const t of this.threads) if (t.pending.size < thread.pending.size) thread = t;
    const id = this.nextId++;
    return new Promise<ScreenAnswer>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, job });
    });
  }

  /** Stops every thread; jobs still in hand fail. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}

/**
 * The answer with bytes this thread may send: a slice of the thread's shared slab is copied into
 * this thread's own (no allocation; Fastify sends only bytes over an ArrayBuffer as they are).
 */
function ownBytes(answer: ScreenAnswer): ScreenAnswer {
  if (!answer.ok || !(answer.bytes.buffer instanceof SharedArrayBuffer)) return answer;
  return { ok: true, bytes: slabCopy(answer.bytes) };
}

function defaultEntry(): URL {
  const source = import.meta.url.endsWith('.ts');
  return new URL(source ? './screen-worker-source.mjs' : './screen-worker.js', import.meta.url);
}
