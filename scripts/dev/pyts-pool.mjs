// A pool of worker threads parsing files with pyts (scripts/dev/pyts-thread.mjs), so parity uses every CPU.
import { Worker } from 'node:worker_threads';

const threadScript = new URL('./pyts-thread.mjs', import.meta.url);

export class PytsPool {
  constructor(size) {
    this.threads = Array.from({ length: Math.max(1, size) }, () => {
      const thread = { worker: new Worker(threadScript), waiting: new Map() };
      thread.worker.on('message', ({ id, result }) => {
        thread.waiting.get(id)(result);
        thread.waiting.delete(id);
      });
      thread.worker.on('error', (error) => {
        // A thread that dies takes its pending files with it: they count as crashes.
        for (const resolve of thread.waiting.values()) resolve({ crash: `parser thread died: ${error.stack ?? error}` });
        thread.waiting.clear();
      });
      return thread;
    });
    this.nextId = 0;
  }

  /** Parses `file` on the least busy thread; resolves to parseForParity's result. */
  parse(file) {
    let best = this.threads[0];
    for (const thread of this.threads) if (thread.waiting.size < best.waiting.size) best = thread;
    const id = this.nextId++;
    return new Promise((resolve) => {
      best.waiting.set(id, resolve);
      best.worker.postMessage({ id, file });
    });
  }

  close() {
    for (const { worker } of this.threads) worker.terminate();
  }
}
