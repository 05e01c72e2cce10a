// Messages between the server and the names worker thread.
import type { DatasanSettings } from '../engine/settings';

export interface ScanUnit {
  /** Caller's id for the unit (a line number, a JSON path); results come back under it. */
  key: string;
  text: string;
  /** JSON key or CSV column the text is the value of (context words), if any. */
  field?: string;
}

/** A finding in the unit's own offsets, context already applied. Never contains the matched text. */
export interface NameHit {
  rule: string;
  entity: string;
  label: string;
  start: number;
  end: number;
  score: number;
  reasons: string[];
}

export interface UnitResult {
  key: string;
  hits: NameHit[];
  /** Labels of the detectors that failed (threw) on this unit: their hits in it are missing. */
  failed?: string[];
}

/** A unit's hits in a batch's result (`index` into the batch's units). */
export interface FoundUnit {
  index: number;
  hits: NameHit[];
  failed?: string[];
}

/** With test hooks on, a unit holding this makes one of the worker's detectors throw. */
export const THROW_FOR_TEST = 'datasan-test:throw';

export type NameSettings = Pick<DatasanSettings, 'names'>;

/** What the worker is sent of a unit: its key stays with the caller. */
export type WorkUnit = Omit<ScanUnit, 'key'>;

export type ToWorker =
  /** One batch of a scan; a large document is sent in several, so that little of it is in flight at once. */
  | { type: 'scan'; id: number; units: WorkUnit[]; settings: NameSettings }
  | { type: 'cancel'; id: number }
  /** Only honoured when the worker was started with test hooks on. */
  | { type: 'crash-for-test' };

export type FromWorker =
  /**
   * Hits of the units of the batch that have any (`index` into the batch's units); `computed` counts the
   * units that were not in the worker's cache.
   */
  | { type: 'result'; id: number; found: FoundUnit[]; computed: number }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
