import { Worker } from 'node:worker_threads';
import type { LineOutcome } from '@jibsa/programs/batch';
import { slabCopy } from '../http/slab.ts';
import type { ScreenAnswer, ScreenJob } from './screen-answer.ts';
import { runTask, type ScreenTask } from './screen-tasks.ts';

type Reply = { id: number; result: unknown } | { id: number; fault: string } | { ready: true };

interface Pending {
  readonly task: ScreenTask;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** The thread has loaded and said so: only then is one that dies started again. */
  ready: boolean;
  error?: Error;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The threads POST /api/screen and 발굴 jobs screen on; null: on the request thread (JIBSA_SCREEN_THREADS=0). */
    screenPool: ScreenPool | null;
  }
}

/** How long `close` waits for the threads' work in hand before stopping them anyway. */
const DRAIN_MS = 10_000;

/**
 * Screening threads: POST /api/screen's answers and 발굴 lists' households are screened on them,
 * so a server on a machine of several cores answers on all of them while the request thread
 * parses, checks, limits, reads lists and writes to the database. Each task goes to the thread
 * with the fewest in hand. A thread that dies fails only its own tasks and is replaced. Once the
 * server is closing, new tasks run on the request thread and the threads stop when their work is
 * done. The bundle runs the worker's bundle; the TypeScript sources run it through tsx.
 */
export class ScreenPool {
  private readonly threads: Thread[] = [];
  private nextId = 1;
  private closing = false;
  /** Set when a thread could not even load: starting it again would fail the same way, in a loop. */
  private broken = false;

  /**
   * Threads start with the first task: a server that screens nothing (or a test) starts none.
   * `entry` is the thread's script (tests give one of their own); by default the screening thread.
   */
  constructor(
    readonly size: number,
    private readonly entry: URL = defaultEntry(),
    /** Told once if the threads cannot start (a missing bundle, say): the work then stays on the request thread. */
    private readonly onBroken: (error: Error) => void = () => undefined,
  ) {}

  private start(): Thread {
    const thread: Thread = { worker: new Worker(this.entry), pending: new Map(), ready: false };
    thread.worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        thread.ready = true;
        return;
      }
      const p = thread.pending.get(reply.id);
      if (!p) return;
      thread.pending.delete(reply.id);
      if ('fault' in reply) p.reject(new Error(`screening thread: ${reply.fault}`));
      else p.resolve(reply.result);
    });
    // 'error' is followed by 'exit'; the tasks are settled there, once.
    thread.worker.on('error', (error) => {
      thread.error = error;
    });
    thread.worker.on('exit', (code) => {
      const at = this.threads.indexOf(thread);
      if (!thread.ready && !this.closing) {
        // It never loaded, so none of its tasks was begun: they are done here instead, and so is
        // all work from now on.
        if (!this.broken)
          this.onBroken(thread.error ?? new Error(`screening thread exited (code ${code}) before it loaded`));
        this.broken = true;
        for (const p of thread.pending.values()) settleHere(p);
      } else
        for (const p of thread.pending.values()) p.reject(new Error(`screening thread stopped (exit code ${code})`));
      thread.pending.clear();
      if (at >= 0) {
        if (!this.closing && !this.broken) this.threads[at] = this.start();
        else this.threads.splice(at, 1);
      }
    });
    return thread;
  }

  /** Starts the threads now (a server about to take requests), so the first answer waits for none. */
  warm(): void {
    while (!this.closing && !this.broken && this.threads.length < this.size) this.threads.push(this.start());
  }

  /** One POST /api/screen answer. */
  async answer(job: ScreenJob): Promise<ScreenAnswer> {
    return ownBytes((await this.run({ kind: 'answer', job })) as ScreenAnswer);
  }

  /** A 발굴 list's households screened on the batch path, with each unknown program's missing inputs. */
  async lines(date: string, households: readonly unknown[]): Promise<LineOutcome[]> {
    return (await this.run({ kind: 'lines', date, households })) as LineOutcome[];
  }

  private run(task: ScreenTask): Promise<unknown> {
    if (this.closing || this.broken) return Promise.resolve().then(() => runTask(task));
    this.warm();
    let thread = this.threads[0] as Thread;
    for (const t of this.threads) if (t.pending.size < thread.pending.size) thread = t;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      thread.pending.set(id, { task, resolve, reject });
      thread.worker.postMessage({ id, task });
    });
  }

  /** New tasks run on the request thread from now; the threads stop once their tasks are done. */
  async close(): Promise<void> {
    this.closing = true;
    const inHand = this.threads.flatMap((t) => [...t.pending.values()]);
    const settled = inHand.map((p) => new Promise<void>((done) => wrap(p, done)));
    await Promise.race([Promise.all(settled), new Promise((r) => setTimeout(r, DRAIN_MS).unref())]);
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}

/** A task done on this thread after all. */
function settleHere(p: Pending): void {
  try {
    p.resolve(runTask(p.task));
  } catch (error) {
    p.reject(error as Error);
  }
}

/** Calls `done` when the task settles, either way, keeping what it was to do. */
function wrap(p: Pending, done: () => void): void {
  const { resolve, reject } = p;
  p.resolve = (r) => {
    resolve(r);
    done();
  };
  p.reject = (e) => {
    reject(e);
    done();
  };
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
