// Runs the names detectors on a worker thread so the editor never waits on them. A newer request for the
// same document supersedes the older one; results are cached per text content; a crashed worker is
// restarted on the next request, and the crash reaches the caller as a NameWorkerError it can show
// (structured findings are unaffected because they are computed on the main thread).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FromWorker, NameHit, NameSettings, ScanUnit, ToWorker, UnitResult } from './protocol';

export type { NameHit, ScanUnit, UnitResult } from './protocol';

export class NameWorkerError extends Error {
  constructor(
    message: string,
    readonly kind: 'cancelled' | 'crashed' | 'failed',
  ) {
    super(message);
    this.name = 'NameWorkerError';
  }
}

export interface NameWorkerOptions {
  /** The worker entry: dist/worker.js beside the bundled server, else dev-entry.mjs (TypeScript through tsx). */
  entry?: string;
  execArgv?: string[];
  /** Lets tests crash the worker on purpose. */
  testHooks?: boolean;
  /** Entries in the per-text result cache. */
  cacheSize?: number;
}

interface Pending {
  resolve: (hits: NameHit[][]) => void;
  reject: (e: Error) => void;
  document?: string;
}

export const CRASH_MESSAGE = 'Name detection stopped unexpectedly and will restart; only structured findings are shown for now.';

function defaultEntry(): string {
  const bundled = join(__dirname, 'worker.js');
  return existsSync(bundled) ? bundled : join(__dirname, 'dev-entry.mjs');
}

export class NameWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly latestByDocument = new Map<string, number>();
  private readonly cache = new Map<string, NameHit[]>();
  private cacheSettings = '';
  /** How many times the worker had to be (re)started; for tests and status. */
  starts = 0;

  constructor(private readonly opts: NameWorkerOptions = {}) {}

  /**
   * Scans the units; `document` identifies the file, so that a newer scan of it cancels this one
   * (rejected with a NameWorkerError of kind "cancelled").
   */
  async scan(units: ScanUnit[], settings: NameSettings, document?: string): Promise<UnitResult[]> {
    const settingsKey = JSON.stringify(settings.names);
    if (settingsKey !== this.cacheSettings) {
      this.cache.clear();
      this.cacheSettings = settingsKey;
    }
    const cacheKey = (u: ScanUnit) => `${u.field ?? ''}\u0000${u.text}`;
    const todo = units.filter((u) => !this.cache.has(cacheKey(u)));
    const unique = [...new Map(todo.map((u) => [cacheKey(u), u])).values()];
    const id = this.nextId++;
    if (document !== undefined) {
      const older = this.latestByDocument.get(document);
      if (older !== undefined) this.cancel(older);
      this.latestByDocument.set(document, id);
    }
    try {
      if (unique.length > 0) {
        const hits = await this.request(id, unique, settings, document);
        unique.forEach((u, i) => this.remember(cacheKey(u), hits[i]));
      }
    } finally {
      if (document !== undefined && this.latestByDocument.get(document) === id) this.latestByDocument.delete(document);
    }
    return units.map((u) => ({ key: u.key, hits: this.cache.get(cacheKey(u)) ?? [] }));
  }

  /** Crashes the worker (only with `testHooks`). */
  crashForTest(): void {
    this.ensure().postMessage({ type: 'crash-for-test' } satisfies ToWorker);
  }

  async dispose(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.failAll(new NameWorkerError('Name detection was stopped.', 'cancelled'));
    if (w) await w.terminate();
  }

  private remember(key: string, hits: NameHit[]) {
    if (this.cache.size >= (this.opts.cacheSize ?? 20_000)) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, hits);
  }

  private cancel(id: number) {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    p.reject(new NameWorkerError('Superseded by a newer scan of the same document.', 'cancelled'));
    this.worker?.postMessage({ type: 'cancel', id } satisfies ToWorker);
  }

  private request(id: number, units: ScanUnit[], settings: NameSettings, document?: string): Promise<NameHit[][]> {
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve: (h) => this.settled(() => resolve(h)),
        reject: (e) => this.settled(() => reject(e)),
        document,
      });
      const w = this.ensure();
      w.ref(); // keep the process alive while a request is out
      w.postMessage({ type: 'scan', id, units, settings: { names: settings.names } } satisfies ToWorker);
    });
  }

  private settled(f: () => void) {
    if (this.pending.size === 0) this.worker?.unref();
    f();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.opts.entry ?? defaultEntry(), {
      execArgv: this.opts.execArgv,
      workerData: { testHooks: !!this.opts.testHooks },
    });
    this.starts++;
    w.on('message', (m: FromWorker) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.type === 'result') p.resolve(m.hits);
      else if (m.type === 'cancelled') p.reject(new NameWorkerError('Superseded by a newer scan of the same document.', 'cancelled'));
      else p.reject(new NameWorkerError(`Name detection failed (${m.message}); only structured findings are shown.`, 'failed'));
    });
    const crashed = () => {
      if (this.worker !== w) return;
      this.worker = undefined;
      this.failAll(new NameWorkerError(CRASH_MESSAGE, 'crashed'));
    };
    w.on('error', crashed);
    w.on('exit', crashed);
    // An idle worker must not keep the process alive.
    w.unref();
    this.worker = w;
    return w;
  }

  private failAll(e: NameWorkerError) {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(e);
  }
}
