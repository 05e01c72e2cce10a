// Runs the names detectors on a worker thread so the editor never waits on them. A scan is sent in batches
// of about `batchChars` characters, one after another, so that only a little of a large document is in
// flight (serialized, and copied into the worker) at any time. A newer scan of the same document supersedes
// the older one; results are cached per text content in the worker; a crashed worker is restarted on the
// next request, and the crash reaches the caller as a NameWorkerError it can show (structured findings are
// unaffected because they are computed on the main thread).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FoundUnit, FromWorker, NameHit, NameSettings, ScanUnit, ToWorker, UnitResult, WorkUnit } from './protocol';

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
  /** Old-generation heap cap of the worker, in MB. */
  maxHeapMb?: number;
}

interface WorkerResult {
  found: FoundUnit[];
  computed: number;
}

interface Pending {
  resolve: (r: WorkerResult) => void;
  reject: (e: Error) => void;
}

/** One scan of a document: superseded by a newer one, it stops between batches and cancels the one in flight. */
interface Ticket {
  superseded: boolean;
  /** Requests of this scan in flight (at most two: the worker works on one while the next is prepared). */
  requests: Set<number>;
}

/** Batches of one scan sent ahead of their results: the worker never waits while the next is prepared. */
const IN_FLIGHT = 2;

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
    const results: UnitResult[] = [];
    await this.scanStream(units, settings, document, (batch) => {
      for (const r of batch) results.push(r);
    });
    return results;
  }

  /**
   * Like `scan`, but takes the units lazily and hands back the results batch by batch (in order, one per
   * unit), so that neither all the units nor all the results of a large document need to be held at once.
   */
  async scanStream(units: Iterable<ScanUnit>, settings: NameSettings, document: string | undefined, onResults: (results: UnitResult[]) => void): Promise<void> {
    const ticket: Ticket = { superseded: false, requests: new Set() };
    if (document !== undefined) {
      const older = this.latestByDocument.get(document);
      if (older) this.supersede(older);
      this.latestByDocument.set(document, ticket);
    }
    const stats = { units: 0, computed: 0, batches: 0 };
    const limit = this.opts.batchChars ?? 1_000_000;
    const source = units[Symbol.iterator]();
    let next = source.next();
    const inFlight: { keys: string[]; result: Promise<WorkerResult> }[] = [];
    try {
      for (;;) {
        while (inFlight.length < IN_FLIGHT && !next.done) {
          const keys: string[] = [];
          const batch: WorkUnit[] = [];
          for (let chars = 0; !next.done && (batch.length === 0 || chars < limit); next = source.next()) {
            const u = next.value;
            keys.push(u.key);
            batch.push(u.field === undefined ? { text: u.text } : { text: u.text, field: u.field });
            chars += u.text.length;
          }
          if (ticket.superseded) throw new NameWorkerError(SUPERSEDED, 'cancelled');
          const result = this.request(ticket, batch, settings);
          result.catch(() => {}); // awaited below; a later batch may fail while an earlier one is awaited
          inFlight.push({ keys, result });
        }
        const b = inFlight.shift();
        if (!b) break;
        const r = await b.result;
        const results: UnitResult[] = b.keys.map((key) => ({ key, hits: NO_HITS }));
        for (const f of r.found) {
          results[f.index].hits = this.intern(f.hits);
          if (f.failed) results[f.index].failed = f.failed;
        }
        stats.units += b.keys.length;
        stats.computed += r.computed;
        stats.batches++;
        onResults(results);
      }
      this.lastScan = stats;
    } catch (e) {
      this.cancelRequests(ticket);
      throw e;
    } finally {
      if (document !== undefined && this.latestByDocument.get(document) === ticket) this.latestByDocument.delete(document);
    }
  }

  private readonly strings = new Map<string, string>();
  private readonly reasonLists = new Map<string, string[]>();

  /**
   * Every string of a message arrives as a new copy; the few distinct rule ids, labels and reasons are
   * shared instead, which matters when a large document has hundreds of thousands of hits.
   */
  private intern(hits: NameHit[]): NameHit[] {
    const one = (s: string) => {
      let k = this.strings.get(s);
      if (k === undefined) {
        if (this.strings.size > 10_000) this.strings.clear();
        this.strings.set(s, (k = s));
      }
      return k;
    };
    for (const h of hits) {
      h.rule = one(h.rule);
      h.entity = one(h.entity);
      h.label = one(h.label);
      // The same few lists of reasons recur: one array each, shared by every hit that has it.
      const key = h.reasons.join('\u0000');
      let shared = this.reasonLists.get(key);
      if (!shared) {
        if (this.reasonLists.size > 10_000) this.reasonLists.clear();
        this.reasonLists.set(key, (shared = h.reasons.map(one)));
      }
      h.reasons = shared;
    }
    return hits;
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
    this.cancelRequests(ticket);
  }

  /** Rejects the scan's requests in flight as cancelled and tells the worker to drop them. */
  private cancelRequests(ticket: Ticket) {
    for (const id of [...ticket.requests]) {
      const p = this.pending.get(id);
      if (!p) continue;
      this.pending.delete(id);
      p.reject(new NameWorkerError(SUPERSEDED, 'cancelled'));
      this.worker?.postMessage({ type: 'cancel', id } satisfies ToWorker);
    }
  }

  private request(ticket: Ticket, units: WorkUnit[], settings: NameSettings): Promise<WorkerResult> {
    const id = this.nextId++;
    ticket.requests.add(id);
    return new Promise((resolve, reject) => {
      const done = () => {
        ticket.requests.delete(id);
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
      // The worker keeps little alive (the lexicon, the result cache, one batch: about 60 MB), but V8 lets a
      // heap grow several times past what is alive before it collects; a cap keeps it near what it needs.
      // (A small young generation too: the worker allocates a batch's analyses and keeps none of them.)
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb ?? 192, maxYoungGenerationSizeMb: 8 },
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
