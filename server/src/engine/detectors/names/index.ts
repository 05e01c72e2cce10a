// The names group: free-text entities. Built per settings because the user's name lists change the lexicon.
import type { Detector } from '../../types';
import { DEFAULT_SETTINGS, type DatasanSettings } from '../../settings';
import { type AnalyzerOptions, NamesAnalyzer } from './analyzer';
import { personDetector } from './person';
import { locationDetector } from './location';
import { organizationDetector } from './organization';
import { streetAddressDetector } from './street-address';
import { dateOfBirth } from './date-of-birth';
import { age } from './age';

export { NamesAnalyzer } from './analyzer';
export { parseNameList } from './name-list';

/** Rule ids of this group, e.g. to run it off the main thread. */
export const NAME_RULE_IDS = ['pii/person', 'pii/location', 'pii/organization', 'pii/street-address', 'pii/date-of-birth', 'pii/age'] as const;

/**
 * The free-text detectors for the given settings (`names.extraNames`, `names.notNames`). Returns no
 * detectors when `names.enable` is false. Detectors share one analysis per text, cached by content.
 */
export function nameDetectors(settings: Pick<DatasanSettings, 'names'> = DEFAULT_SETTINGS, opts?: AnalyzerOptions): Detector[] {
  if (!settings.names.enable) return [];
  const analyzer = new NamesAnalyzer({ extraNames: settings.names.extraNames, notNames: settings.names.notNames }, opts);
  return [
    personDetector(analyzer),
    locationDetector(analyzer),
    streetAddressDetector(analyzer),
    dateOfBirth,
    age,
    organizationDetector(analyzer),
  ];
}
