import type { Detector } from '../types';
import type { DatasanSettings } from '../settings';
import { DETECTORS } from './index';
import { nationalDetectors } from './national/index';
import { nameDetectors } from './names/index';
import { compileCustomRules } from './custom';

export interface ActiveOptions {
  /** Entities asked for by name (CLI --entities): on even when off by default or outside the locales. */
  entities?: ReadonlySet<string>;
  /** Include the free-text detectors (names, places, addresses); the editor runs them on a worker instead. */
  names?: boolean;
}

/** Names look at nearby words only; pieces bound their cost on huge or hostile texts. */
export const FREE_TEXT_CHUNK = 2000;
export const chunked = (d: Detector): Detector => ({ ...d, maxChunk: d.maxChunk ?? FREE_TEXT_CHUNK });

/** The detectors that run for these settings, before severity "off" and entity filters. */
export function activeDetectors(settings: DatasanSettings, opts: ActiveOptions = {}): Detector[] {
  const named = [...settings.enableEntities, ...(opts.entities ?? [])];
  const wanted = (d: Detector) => d.defaultEnabled !== false || named.includes(d.entity);
  const names = opts.names === false ? [] : nameDetectors(settings).filter(wanted).map(chunked);
  const custom = compileCustomRules(settings.customRules).detectors;
  return [...DETECTORS.filter(wanted), ...nationalDetectors({ locales: settings.locales, enableEntities: named, severity: settings.severity }), ...custom, ...names];
}
