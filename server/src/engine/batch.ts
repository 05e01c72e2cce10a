// Scanning units a batch at a time, so that a stream can be scanned in this thread or spread over a pool
// of worker threads (parallel/pool.ts) by the same code.
import type { Detector, Finding } from './types';
import type { Format } from './formats/units';
import type { Scanner, ScanResult } from './scan';
import { type ByteSource, EOL_TEXT as EOL, type LineBatch, readLineBatches, type ReadLinesOptions } from './read-lines';

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

/**
 * A JSONL input rewritten a batch of lines at a time: each batch's records (its non-empty lines) are scanned
 * ahead on `batches` and, in order, each record becomes what `rewrite` returns (undefined leaves it out, with
 * its line break); empty lines stay. `flush` gets each batch's output. With no `batches`, records are not
 * scanned (`rewrite` gets no scan). `onRead` runs as each batch is read.
 */
export async function rewriteLines(
  source: ByteSource,
  reading: ReadLinesOptions,
  batches: BatchScanner | undefined,
  rewrite: (text: string, scan: UnitScan | undefined, line: number) => string | undefined,
  flush: (out: string, b: LineBatch, lastLine: number) => void | Promise<void>,
  onRead?: () => void | Promise<void>,
): Promise<void> {
  const pipeline = scannedInOrder(async ({ b, firstLine }: { b: LineBatch; firstLine: number }, results) => {
    let out = '';
    let k = 0;
    for (let i = 0; i < b.lines.length; i++) {
      const text = b.lines[i];
      if (!text.length) {
        out += EOL[b.eols[i]];
        continue;
      }
      const kept = rewrite(text, batches && results[k++], firstLine + i);
      if (kept !== undefined) out += kept + EOL[b.eols[i]];
    }
    await flush(out, b, firstLine + b.lines.length - 1);
  });
  let lineNo = 0;
  try {
    for await (const b of readLineBatches(source, reading)) {
      await onRead?.();
      const units: BatchUnit[] = [];
      if (batches) for (let i = 0; i < b.lines.length; i++) if (b.lines[i].length) units.push({ text: b.lines[i], record: lineNo + i + 1 });
      await pipeline.add({ b, firstLine: lineNo + 1 }, batches ? batches.scanBatch(units, 'jsonl') : Promise.resolve([]));
      lineNo += b.lines.length;
    }
    await pipeline.finish();
  } finally {
    await pipeline.abandon();
  }
}
