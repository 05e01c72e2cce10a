import type { Detector } from '../types';
import type { DatasanSettings } from '../settings';
import { DETECTORS } from './index';
import { nationalDetectors } from './national/index';

export interface ActiveOptions {
  /** Entities asked for by name (CLI --entities): on even when off by default or outside the locales. */
  entities?: ReadonlySet<string>;
}

/** The detectors that run for these settings, before severity "off" and entity filters. */
export function activeDetectors(settings: DatasanSettings, opts: ActiveOptions = {}): Detector[] {
  const named = [...settings.enableEntities, ...(opts.entities ?? [])];
  const wanted = (d: Detector) => d.defaultEnabled !== false || named.includes(d.entity);
  return [...DETECTORS.filter(wanted), ...nationalDetectors({ locales: settings.locales, enableEntities: named })];
}
