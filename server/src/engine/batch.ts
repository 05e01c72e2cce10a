// Scanning units a batch at a time, so that a stream can be scanned in this thread or spread over a pool
// of worker threads (parallel/pool.ts) by the same code.
import type { Detector, Finding } from './types';
import type { Format } from './formats/units';
import type { Scanner, ScanResult } from './scan';

/** A unit's findings and format notices, in the unit's own offsets. */
export interface UnitScan {
  findings: Finding[];
  notices: Finding[];
  invalidJson: boolean;
}

export interface BatchUnit {
  text: string;
  /** 1-based record number the findings carry. */
  record?: number;
}

export interface BatchScanner {
  readonly detectors: readonly Detector[];
  /** One result per unit, in order. Uncached: streamed units are seen once. */
  scanBatch(units: readonly BatchUnit[], format: Format): Promise<UnitScan[]>;
  close(): Promise<void>;
}

const NOTHING: UnitScan = Object.freeze({ findings: [], notices: [], invalidJson: false }) as UnitScan;

/** One unit scanned and its hits turned into findings (settings-dependent filters applied). */
export function scanOneUnit(scanner: Scanner, unit: BatchUnit, format: Format, headers?: string[]): UnitScan {
  const r = scanner.scanUnit(unit.text, format, headers, false);
  if (!r.hits.length && !r.invalidJson) return NOTHING;
  const out: ScanResult = { findings: [], notices: [] };
  scanner.collect({ start: 0, text: unit.text, record: unit.record }, r, out);
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
