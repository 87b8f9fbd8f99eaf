// A pool of long-lived python3 processes running scripts/dev/cpython-worker.py, answering JSON requests in order.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const workerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cpython-worker.py');

class CPythonWorker {
  constructor() {
    this.process = spawn('python3', [workerScript], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.waiting = [];
    this.exited = null;
    createInterface({ input: this.process.stdout, crlfDelay: Infinity }).on('line', (line) => {
      this.waiting.shift()?.resolve(JSON.parse(line));
    });
    this.process.on('exit', (code) => {
      this.exited = new Error(`python3 worker exited with status ${code}`);
      for (const pending of this.waiting.splice(0)) pending.reject(this.exited);
    });
  }

  request(message) {
    if (this.exited) return Promise.reject(this.exited);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.process.stdin.write(JSON.stringify(message) + '\n');
    });
  }

  get load() {
    return this.waiting.length;
  }

  close() {
    this.process.stdin.end();
  }
}

/** `size` python3 workers; each request goes to the least busy one. */
export class CPythonPool {
  constructor(size) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => new CPythonWorker());
  }

  request(message) {
    let best = this.workers[0];
    for (const worker of this.workers) if (worker.load < best.load) best = worker;
    return best.request(message);
  }

  close() {
    for (const worker of this.workers) worker.close();
  }
}
