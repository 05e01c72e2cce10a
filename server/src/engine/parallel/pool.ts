// A pool of threads that scan batches of units with the whole engine, for the CLI's big files: each
// worker builds the same scanner from the same settings; a batch goes to a worker with room in its queue,
// or is scanned in this thread when every worker's is full (so `jobs` threads scan with `jobs - 1`
// workers, and the memory of one more engine is saved). Results come back per batch; the caller keeps
// their order. Findings cross threads, never more.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Allowlist } from '../allowlist';
import { type BatchScanner, type BatchUnit, type UnitScan, NOTHING, inThisThread } from '../batch';
import type { Scanner } from '../scan';
import type { Format } from '../formats/units';
import type { Detector } from '../types';
import type { FromScanWorker, ScanWorkerSetup, ToScanWorker } from './protocol';

export interface ScanPoolOptions {
  entities?: ReadonlySet<string>;
  allowlist?: Allowlist;
  /** Threads that scan, this one included (at least 2: one worker). */
  jobs: number;
  /** The scanner of this thread, built from the same settings. */
  scanner: Scanner;
  /** The worker entry: dist/scan-worker.js beside the bundle, else the TypeScript one through tsx. */
  entry?: string;
}

/** Threads worth scanning with on this machine (one per core), at most `cap`. */
export function defaultJobs(cap = 4): number {
  return Math.max(1, Math.min(cap, availableParallelism()));
}

function defaultEntry(): string {
  const bundled = join(__dirname, 'scan-worker.js');
  return existsSync(bundled) ? bundled : join(__dirname, 'dev-entry.mjs');
}

interface Slot {
  worker: Worker;
  busy: number;
}

export class ScanPool implements BatchScanner {
  readonly detectors: readonly Detector[];
  private readonly slots: Slot[];
  private readonly pending = new Map<number, { slot: Slot; count: number; resolve: (r: UnitScan[]) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private failure: Error | undefined;
  private readonly local: BatchScanner;

  constructor(o: ScanPoolOptions) {
    this.detectors = o.scanner.detectors;
    this.local = inThisThread(o.scanner);
    const setup: ScanWorkerSetup = { settings: o.scanner.settings, entities: o.entities && [...o.entities], allowlist: o.allowlist && { file: o.allowlist.file, key: o.allowlist.key } };
    const entry = o.entry ?? defaultEntry();
    this.slots = Array.from({ length: Math.max(1, o.jobs - 1) }, () => {
      // A worker keeps little alive between batches: a small young generation holds its memory down
      // (measured: 8 MB instead of the default costs ~3% of the time and ~20 MB per worker).
      const slot: Slot = { worker: new Worker(entry, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 8 } }), busy: 0 };
      slot.worker.on('message', (m: FromScanWorker) => this.settle(m));
      slot.worker.on('error', (e) => this.fail(new Error(`a scan worker failed (${e.name})`)));
      slot.worker.on('exit', (code) => code !== 0 && this.fail(new Error(`a scan worker stopped (exit ${code})`)));
      return slot;
    });
  }

  scanBatch(units: readonly BatchUnit[], format: Format): Promise<UnitScan[]> {
    if (this.failure) return Promise.reject(this.failure);
    // A worker is given a second batch before this thread takes one, so that it never waits for this
    // thread to finish a batch before it gets its next.
    const slot = this.slots.find((s) => s.busy < 2);
    if (!slot) return this.local.scanBatch(units, format);
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { slot, count: units.length, resolve, reject });
      slot.worker.postMessage({ id, format, units: units as BatchUnit[] } satisfies ToScanWorker);
    });
  }

  async close(): Promise<void> {
    this.fail(new Error('the scan pool was closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private settle(m: FromScanWorker) {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    p.slot.busy--;
    if ('error' in m) return p.reject(new Error(`scanning failed in a worker (${m.error})`));
    const out: UnitScan[] = new Array(p.count).fill(NOTHING);
    for (const f of m.found) out[f.index] = f.scan;
    p.resolve(out);
  }

  private fail(e: Error) {
    this.failure ??= e;
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(e);
  }
}
