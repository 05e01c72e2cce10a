// Messages between the scan pool and its worker threads.
import type { AllowlistFile, TeamKey } from '../allowlist';
import type { BatchUnit, UnitScan } from '../batch';
import type { Format } from '../formats/units';
import type { DatasanSettings } from '../settings';

/** What every worker builds its scanner from (sent once, as workerData). */
export interface ScanWorkerSetup {
  settings: DatasanSettings;
  entities?: string[];
  allowlist?: { file: AllowlistFile; key?: TeamKey };
}

export type ToScanWorker = { id: number; format: Format; units: BatchUnit[] };

export type FromScanWorker =
  /** Results of the units that have any (`index` into the batch); the rest found nothing. */
  | { id: number; found: { index: number; scan: UnitScan }[] }
  | { id: number; error: string };
