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
}

export type NameSettings = Pick<DatasanSettings, 'names'>;

export type ToWorker =
  | { type: 'scan'; id: number; units: ScanUnit[]; settings: NameSettings }
  | { type: 'cancel'; id: number }
  /** Only honoured when the worker was started with test hooks on. */
  | { type: 'crash-for-test' };

export type FromWorker =
  /** hits[i] belongs to units[i] of the request. */
  | { type: 'result'; id: number; hits: NameHit[][] }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
