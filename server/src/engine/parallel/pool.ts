// A pool of worker threads that scan batches of units with the whole engine, for the CLI's big files:
// each worker builds the same scanner from the same settings, batches go to the least busy worker, and
// results come back per batch (the caller keeps their order). Findings cross threads, never more.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Allowlist } from '../allowlist';
import type { BatchScanner, BatchUnit, UnitScan } from '../batch';
import type { Format } from '../formats/units';
import type { DatasanSettings } from '../settings';
import type { Detector } from '../types';
import type { FromScanWorker, ScanWorkerSetup, ToScanWorker } from './protocol';

export interface ScanPoolOptions {
  settings: DatasanSettings;
  entities?: ReadonlySet<string>;
  allowlist?: Allowlist;
  /** Worker threads (at least 1). */
  jobs: number;
  /** The same detectors the workers run, for whoever needs their metadata (SARIF rules). */
  detectors: readonly Detector[];
  /** The worker entry: dist/scan-worker.js beside the bundle, else the TypeScript one through tsx. */
  entry?: string;
}

/** Worker threads worth starting on this machine, at most `cap`. */
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

const NOTHING: UnitScan = Object.freeze({ findings: [], notices: [], invalidJson: false }) as UnitScan;

export class ScanPool implements BatchScanner {
  readonly detectors: readonly Detector[];
  private readonly slots: Slot[];
  private readonly pending = new Map<number, { slot: Slot; count: number; resolve: (r: UnitScan[]) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private failure: Error | undefined;

  constructor(o: ScanPoolOptions) {
    this.detectors = o.detectors;
    const setup: ScanWorkerSetup = { settings: o.settings, entities: o.entities && [...o.entities], allowlist: o.allowlist?.file };
    const entry = o.entry ?? defaultEntry();
    this.slots = Array.from({ length: Math.max(1, o.jobs) }, () => {
      const slot: Slot = { worker: new Worker(entry, { workerData: setup }), busy: 0 };
      slot.worker.on('message', (m: FromScanWorker) => this.settle(m));
      slot.worker.on('error', (e) => this.fail(new Error(`a scan worker failed (${e.name})`)));
      slot.worker.on('exit', (code) => code !== 0 && this.fail(new Error(`a scan worker stopped (exit ${code})`)));
      return slot;
    });
  }

  get jobs(): number {
    return this.slots.length;
  }

  scanBatch(units: readonly BatchUnit[], format: Format): Promise<UnitScan[]> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
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
