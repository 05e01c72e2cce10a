// Scanning units a batch at a time, so that a stream can be scanned in this thread or spread over a pool
// of worker threads (parallel/pool.ts) by the same code.
import type { Detector, Finding } from './types';
import type { Format } from './formats/units';
import type { Scanner, ScanResult } from './scan';

/** A unit's findings and format notices (offsets as BatchUnit.start says). */
export interface UnitScan {
  findings: Finding[];
  notices: Finding[];
  invalidJson: boolean;
}

export interface BatchUnit {
  text: string;
  /** 1-based record number the findings carry. */
  record?: number;
  /** Offset of the unit in its document: findings carry document offsets (default 0: the unit's own). */
  start?: number;
}

export interface BatchScanner {
  readonly detectors: readonly Detector[];
  /** One result per unit, in order. Uncached: streamed units are seen once. */
  scanBatch(units: readonly BatchUnit[], format: Format): Promise<UnitScan[]>;
  close(): Promise<void>;
}

/** The scan of a unit with nothing in it (shared). */
export const NOTHING: UnitScan = Object.freeze({ findings: [], notices: [], invalidJson: false }) as UnitScan;

/** One unit scanned and its hits turned into findings (settings-dependent filters applied). */
export function scanOneUnit(scanner: Scanner, unit: BatchUnit, format: Format, headers?: string[]): UnitScan {
  const r = scanner.scanUnit(unit.text, format, headers, false);
  if (!r.hits.length && !r.invalidJson && !r.failed) return NOTHING;
  const out: ScanResult = { findings: [], notices: [] };
  scanner.collect({ start: unit.start ?? 0, text: unit.text, record: unit.record }, r, out);
  return { ...out, invalidJson: r.invalidJson };
}

/** Scans in this thread. */
export function inThisThread(scanner: Scanner): BatchScanner {
  return {
    detectors: scanner.detectors,
    scanBatch: async (units, format) => units.map((u) => scanOneUnit(scanner, u, format)),
    close: async () => {},
  };
}

/** Batches scanned ahead of the one being used. */
const AHEAD = 4;

/**
 * Scans batches ahead of their use, in order: `add` starts a batch's scan as soon as it is read and, once
 * AHEAD batches are out, hands the oldest batch's results to `use`; `finish` uses the rest. `abandon` awaits
 * the batches still out (after a failure), so that none is left unhandled.
 */
export function scannedInOrder<T>(use: (item: T, results: UnitScan[]) => void | Promise<void>) {
  const queue: { item: T; scans: Promise<UnitScan[]> }[] = [];
  const next = async () => {
    const { item, scans } = queue.shift()!;
    await use(item, await scans);
  };
  return {
    async add(item: T, scans: Promise<UnitScan[]>): Promise<void> {
      scans.catch(() => {}); // awaited in turn; a later batch may fail while an earlier one is awaited
      queue.push({ item, scans });
      if (queue.length > AHEAD) await next();
    },
    async finish(): Promise<void> {
      while (queue.length) await next();
    },
    async abandon(): Promise<void> {
      await Promise.allSettled(queue.splice(0).map((q) => q.scans));
    },
  };
}
