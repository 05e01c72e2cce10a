// A pool of threads that scan batches of units with the whole engine, for the CLI's big files: each
// worker builds the same scanner from the same settings; a batch goes to a worker that is ready (warmed
// up) with room in its queue, or is scanned in this thread otherwise (so `jobs` threads scan with
// `jobs - 1` workers, the memory of one more engine is saved, and this thread never waits for a worker
// that is still loading). With --jobs auto, workers run only while other processes leave them an idle
// core each (measured as the scan goes): a worker sharing a core with this thread made the scan slower.
// Results come back per batch; the caller keeps their order. Findings cross threads, never more.
import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
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
  /**
   * For --jobs auto: the cores the rest of the machine leaves idle, measured over the time since it was
   * last asked (undefined while that is too short). Workers then start, and are given batches, only while
   * there is a core for each beside this thread's. Without it, all `jobs - 1` workers start and scan.
   */
  idleCores?: () => number | undefined;
}

/** Threads worth scanning with on this machine (one per core), at most `cap`. */
export function defaultJobs(cap = 4): number {
  return Math.max(1, Math.min(cap, availableParallelism()));
}

/** How long the idle cores are measured over before workers are started or stopped. */
const SAMPLE_MS = 300;

/** Busy CPU time of the whole machine and of this process (all its threads), in ms. */
function cpuTimes(): { at: number; machine: number; ours: number } {
  let machine = 0;
  for (const c of cpus()) machine += c.times.user + c.times.nice + c.times.sys + c.times.irq;
  const u = process.cpuUsage();
  return { at: performance.now(), machine, ours: (u.user + u.system) / 1000 };
}

/**
 * Cores the rest of the machine left idle since the last call (the cores, less the CPU time every other
 * process used over the wall time), or undefined until SAMPLE_MS have passed: what a worker would have.
 */
export function idleCoresSampler(): () => number | undefined {
  let last = cpuTimes();
  const cores = cpus().length;
  return () => {
    const now = performance.now();
    if (now - last.at < SAMPLE_MS) return undefined;
    const next = cpuTimes();
    const others = Math.max(0, next.machine - last.machine - (next.ours - last.ours)) / (next.at - last.at);
    last = next;
    return Math.max(0, cores - others);
  };
}

/**
 * Workers worth running with `idle` cores left by other processes: one per idle core beyond this thread's,
 * at most `max`. A worker that has to share a core is slower than none: two threads on one core scan no
 * faster than one, and the worker's start and the copies to and from it come on top.
 */
export function workersFor(idle: number, max: number): number {
  return Math.max(0, Math.min(max, Math.round(idle) - 1));
}

function defaultEntry(): string {
  const bundled = join(__dirname, 'scan-worker.js');
  return existsSync(bundled) ? bundled : join(__dirname, 'dev-entry.mjs');
}

interface Slot {
  worker: Worker;
  busy: number;
  /** Warmed up: given batches from now on. */
  ready: boolean;
  /** Settles when it is ready (or has stopped). */
  started: Promise<void>;
}

export class ScanPool implements BatchScanner {
  readonly detectors: readonly Detector[];
  private readonly slots: Slot[] = [];
  private readonly entry: string;
  private readonly setup: ScanWorkerSetup;
  private readonly maxWorkers: number;
  private readonly idleCores: (() => number | undefined) | undefined;
  /** With --jobs auto, the workers the idle cores allowed at the last measure. */
  private allowed = 0;
  private readonly pending = new Map<number, { slot: Slot; count: number; resolve: (r: UnitScan[]) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private failure: Error | undefined;
  private readonly local: BatchScanner;

  constructor(o: ScanPoolOptions) {
    this.detectors = o.scanner.detectors;
    this.local = inThisThread(o.scanner);
    this.entry = o.entry ?? defaultEntry();
    this.setup = { settings: o.scanner.settings, entities: o.entities && [...o.entities], allowlist: o.allowlist && { file: o.allowlist.file, key: o.allowlist.key } };
    this.maxWorkers = Math.max(1, o.jobs - 1);
    this.idleCores = o.idleCores;
    if (!this.idleCores) this.startWorkers(this.maxWorkers);
  }

  /** Resolves once every worker started so far is ready (for tests: the batches sent after it go to the workers first). */
  get ready(): Promise<void> {
    return Promise.all(this.slots.map((s) => s.started)).then(() => {});
  }

  /** Starts workers until there are `count`; each is given batches once it is ready. */
  private startWorkers(count: number): void {
    while (this.slots.length < count) {
      // A worker keeps little alive between batches: a small young generation holds its memory down
      // (measured: 8 MB instead of the default costs ~3% of the time and ~20 MB per worker).
      const worker = new Worker(this.entry, { workerData: this.setup, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      const slot: Slot = { worker, busy: 0, ready: false, started: new Promise((resolve) => (worker.once('message', resolve), worker.once('exit', resolve))).then(() => {}) };
      worker.on('message', (m: FromScanWorker) => ('ready' in m ? (slot.ready = true) : this.settle(m)));
      worker.on('error', (e) => this.fail(new Error(`a scan worker failed (${e.name})`)));
      worker.on('exit', (code) => code !== 0 && this.fail(new Error(`a scan worker stopped (exit ${code})`)));
      this.slots.push(slot);
    }
  }

  /** The workers that may be given batches now: with --jobs auto, as many as the idle cores allow (started when first allowed). */
  private allowedWorkers(): number {
    if (!this.idleCores) return this.slots.length;
    const idle = this.idleCores();
    if (idle !== undefined) {
      this.allowed = workersFor(idle, this.maxWorkers);
      this.startWorkers(this.allowed);
    }
    return this.allowed;
  }

  scanBatch(units: readonly BatchUnit[], format: Format): Promise<UnitScan[]> {
    if (this.failure) return Promise.reject(this.failure);
    // A worker is given a second batch before this thread takes one, so that it never waits for this
    // thread to finish a batch before it gets its next.
    const allowed = this.allowedWorkers();
    let slot: Slot | undefined;
    for (let i = 0; i < allowed && !slot; i++) if (this.slots[i].ready && this.slots[i].busy < 2) slot = this.slots[i];
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

  private settle(m: Exclude<FromScanWorker, { ready: true }>) {
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
