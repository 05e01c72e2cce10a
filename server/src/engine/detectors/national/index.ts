// The national-identifier group: every kind as a Detector (per kind, for tests and rule metadata), the one
// fused detector the engine runs for the active kinds, and the locale gate.
import type { Detector } from '../../types';
import type { DatasanSettings } from '../../settings';
import { nationalDetector, type Locale } from './kind';
import { NATIONAL_KINDS } from './table';
import { fusedNationalDetector, type FusedDetector } from './fused';
import { LOCALE_GROUPS, resolveLocales } from './locales';

export { NATIONAL_KINDS } from './table';
export type { NationalKind, Locale } from './kind';
export { FUSED_NATIONAL_ID, type FusedDetector, type NationalContext } from './fused';

export const ALL_NATIONAL_DETECTORS: readonly Detector[] = NATIONAL_KINDS.map(nationalDetector);

const LOCALE_OF = new Map<string, Locale>(NATIONAL_KINDS.map((k) => [k.id, k.locale]));

export { DEFAULT_LOCALES, EU_LOCALES, defaultLocales, localesForLanguage, resolveLocales } from './locales';

/** Every locale group that has at least one kind. */
export const ALL_LOCALES: readonly Locale[] = LOCALE_GROUPS;

/** Expands settings' locale names into groups (see resolveLocales): null is the default set. */
export function expandLocales(locales: readonly string[] | null): Set<string> {
  return resolveLocales(locales).groups;
}

// Settings change rarely; reusing the fused detector keeps its per-shape memos warm.
const fusedByKinds = new Map<string, FusedDetector>();

/**
 * The national identifiers that are on, as the engine runs them: one fused detector (`pii/national`)
 * standing for every kind whose locale group is in `settings.locales`, plus any kind named in
 * `settings.enableEntities` (by entity, e.g. "IN_AADHAAR", or rule id) even if its locale is off.
 * Its candidates carry each kind's rule id, entity and label. None on: an empty list.
 */
export function nationalDetectors(settings: NationalSettings): Detector[] {
  const parts = nationalKindDetectors(settings);
  if (parts.length === 0) return [];
  const ids = parts.map((d) => d.id).join(' ');
  let fused = fusedByKinds.get(ids);
  if (!fused) {
    const on = new Set(parts);
    fused = fusedNationalDetector(NATIONAL_KINDS.filter((_, i) => on.has(ALL_NATIONAL_DETECTORS[i])), parts);
    fusedByKinds.set(ids, fused);
  }
  return [fused];
}

/** What decides which kinds are on; `severity` (as in settings) drops kinds switched "off". */
export type NationalSettings = Pick<DatasanSettings, 'locales' | 'enableEntities'> & Partial<Pick<DatasanSettings, 'severity'>>;

/** The per-kind detectors that are on for these settings (one Detector per table row). */
export function nationalKindDetectors(settings: NationalSettings): Detector[] {
  const locales = expandLocales(settings.locales);
  const named = new Set(settings.enableEntities.map((e) => e.trim()));
  const namedUpper = new Set([...named].map((e) => e.toUpperCase()));
  // As the engine decides per detector: the rule's severity, else the entity's. A kind that is off must not
  // run at all, or its matches would still take part in resolving overlaps with the kinds that are on.
  const severity = settings.severity ?? {};
  const off = (d: Detector) => (severity[d.id] ?? severity[d.entity]) === 'off';
  return ALL_NATIONAL_DETECTORS.filter(
    (d) => (locales.has(LOCALE_OF.get(d.id) ?? '') || namedUpper.has(d.entity.toUpperCase()) || named.has(d.id)) && !off(d),
  );
}

