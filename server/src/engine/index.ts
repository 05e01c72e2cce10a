// The engine's front door for the CLI, the server and tests.
import type { DatasanSettings } from './settings';
import { DEFAULT_SETTINGS } from './settings';
import { Scanner, type ScanOptions, type ScanResult } from './scan';
import { activeDetectors } from './detectors/active';
import type { Format } from './formats/units';

export function createScanner(settings: DatasanSettings = DEFAULT_SETTINGS, opts: ScanOptions = {}): Scanner {
  return new Scanner(settings, { ...opts, detectors: opts.detectors ?? activeDetectors(settings, { entities: opts.entities }) });
}

export function scanText(text: string, format: Format, settings: DatasanSettings = DEFAULT_SETTINGS, opts: ScanOptions = {}): ScanResult {
  return createScanner(settings, opts).scan(text, format);
}
