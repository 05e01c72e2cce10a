// Runs the names detectors on a worker thread so the editor never waits on them. A scan is sent in batches
// of about `batchChars` characters, one after another, so that only a little of a large document is in
// flight (serialized, and copied into the worker) at any time. A newer scan of the same document supersedes
// the older one; results are cached per text content in the worker; a crashed worker is restarted on the
// next request, and the crash reaches the caller as a NameWorkerError it can show (structured findings are
// unaffected because they are computed on the main thread).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FromWorker, NameHit, NameSettings, ScanUnit, ToWorker, UnitResult, WorkUnit } from './protocol';

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
  /** Entries in the worker's per-text result cache. */
  cacheSize?: number;
  /** Characters of text per message to the worker. */
  batchChars?: number;
}

interface Pending {
  resolve: (r: { found: { index: number; hits: NameHit[] }[]; computed: number }) => void;
  reject: (e: Error) => void;
}

/** One scan of a document: superseded by a newer one, it stops between batches and cancels the one in flight. */
interface Ticket {
  superseded: boolean;
  request?: number;
}

export const CRASH_MESSAGE = 'Name detection stopped unexpectedly and will restart; only structured findings are shown for now.';
const SUPERSEDED = 'Superseded by a newer scan of the same document.';
const NO_HITS: NameHit[] = Object.freeze([]) as unknown as NameHit[];

function defaultEntry(): string {
  const bundled = join(__dirname, 'worker.js');
  return existsSync(bundled) ? bundled : join(__dirname, 'dev-entry.mjs');
}

export class NameWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly latestByDocument = new Map<string, Ticket>();
  /** How many times the worker had to be (re)started; for tests and status. */
  starts = 0;
  /** Units of the last scan and how many of them the worker computed (the rest came from its cache). */
  lastScan = { units: 0, computed: 0, batches: 0 };

  constructor(private readonly opts: NameWorkerOptions = {}) {}

  /**
   * Scans the units; `document` identifies the file, so that a newer scan of it cancels this one
   * (rejected with a NameWorkerError of kind "cancelled").
   */
  async scan(units: ScanUnit[], settings: NameSettings, document?: string): Promise<UnitResult[]> {
    const ticket: Ticket = { superseded: false };
    if (document !== undefined) {
      const older = this.latestByDocument.get(document);
      if (older) this.supersede(older);
      this.latestByDocument.set(document, ticket);
    }
    const stats = { units: units.length, computed: 0, batches: 0 };
    try {
      const results: NameHit[][] = new Array(units.length).fill(NO_HITS);
      const limit = this.opts.batchChars ?? 1_000_000;
      for (let from = 0; from < units.length; ) {
        const batch: WorkUnit[] = [];
        let chars = 0;
        let to = from;
        for (; to < units.length && (to === from || chars < limit); to++) {
          const u = units[to];
          batch.push(u.field === undefined ? { text: u.text } : { text: u.text, field: u.field });
          chars += u.text.length;
        }
        if (ticket.superseded) throw new NameWorkerError(SUPERSEDED, 'cancelled');
        const r = await this.request(ticket, batch, settings);
        for (const f of r.found) results[from + f.index] = f.hits;
        stats.computed += r.computed;
        stats.batches++;
        from = to;
      }
      this.lastScan = stats;
      return units.map((u, i) => ({ key: u.key, hits: results[i] }));
    } finally {
      if (document !== undefined && this.latestByDocument.get(document) === ticket) this.latestByDocument.delete(document);
    }
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

  private supersede(ticket: Ticket) {
    ticket.superseded = true;
    const id = ticket.request;
    const p = id === undefined ? undefined : this.pending.get(id);
    if (id === undefined || !p) return;
    this.pending.delete(id);
    p.reject(new NameWorkerError(SUPERSEDED, 'cancelled'));
    this.worker?.postMessage({ type: 'cancel', id } satisfies ToWorker);
  }

  private request(ticket: Ticket, units: WorkUnit[], settings: NameSettings): Promise<{ found: { index: number; hits: NameHit[] }[]; computed: number }> {
    const id = this.nextId++;
    ticket.request = id;
    return new Promise((resolve, reject) => {
      const done = () => {
        if (ticket.request === id) ticket.request = undefined;
        if (this.pending.size === 0) this.worker?.unref();
      };
      this.pending.set(id, {
        resolve: (r) => (done(), resolve(r)),
        reject: (e) => (done(), reject(e)),
      });
      const w = this.ensure();
      w.ref(); // keep the process alive while a request is out
      w.postMessage({ type: 'scan', id, units, settings: { names: settings.names } } satisfies ToWorker);
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.opts.entry ?? defaultEntry(), {
      execArgv: this.opts.execArgv,
      workerData: { testHooks: !!this.opts.testHooks, cacheSize: this.opts.cacheSize },
    });
    this.starts++;
    w.on('message', (m: FromWorker) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.type === 'result') p.resolve(m);
      else if (m.type === 'cancelled') p.reject(new NameWorkerError(SUPERSEDED, 'cancelled'));
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
