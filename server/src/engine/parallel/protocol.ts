// Messages between the scan pool and its worker threads.
import type { AllowlistFile, TeamKey } from '../allowlist';
import type { BatchUnit, UnitScan } from '../batch';
import type { Format } from '../formats/units';
import type { DatasanSettings } from '../settings';

/** A text every detector family has work in (names, places, contacts, numbers), scanned once by a new worker. */
export const WARM_UP = 'My name is Zofia Nowicka, I live at 12 Baker Street, London; write to zofia@mail.com or call +44 20 7946 0958.';

/** What every worker builds its scanner from (sent once, as workerData). */
export interface ScanWorkerSetup {
  settings: DatasanSettings;
  entities?: string[];
  allowlist?: { file: AllowlistFile; key?: TeamKey };
}

export type ToScanWorker = { id: number; format: Format; units: BatchUnit[] };

export type FromScanWorker =
  /** Sent once, when the worker has built its scanner and warmed it up: from then on it is given batches. */
  | { ready: true }
  /** Results of the units that have any (`index` into the batch); the rest found nothing. */
  | { id: number; found: { index: number; scan: UnitScan }[] }
  | { id: number; error: string };
