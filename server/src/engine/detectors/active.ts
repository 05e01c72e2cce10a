import type { Detector } from '../types';
import type { DatasanSettings } from '../settings';
import { DETECTORS } from './index';

export interface ActiveOptions {
  /** Entities asked for by name (CLI --entities): on even when off by default. */
  entities?: ReadonlySet<string>;
}

/** The detectors that run for these settings, before severity "off" and entity filters. */
export function activeDetectors(settings: DatasanSettings, opts: ActiveOptions = {}): Detector[] {
  const wanted = (d: Detector) => d.defaultEnabled !== false || settings.enableEntities.includes(d.entity) || !!opts.entities?.has(d.entity);
  return DETECTORS.filter(wanted);
}
