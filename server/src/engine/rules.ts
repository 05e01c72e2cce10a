// Every rule Datasan reports, in one list: the detectors (a multi-rule detector by its parts), the national
// kinds, the names pass, the license rules and the engine's own notices. Docs, SARIF, `--entities` and the
// placeholders `repair` recognises read it from here.
import type { Detector, Severity } from './types';
import { DETECTORS } from './detectors/index';
import { ALL_NATIONAL_DETECTORS } from './detectors/national/index';
import { nameDetectors } from './detectors/names/index';
import { LICENSE_RULES } from './license/rules/index';
import { ruleDocFile, ruleDocUrl } from './rule-docs';
import { DETECTOR_FAILED, INVALID_JSON } from './scan';

export { DOCS_BASE, ruleDocFile, ruleDocUrl } from './rule-docs';


export type RuleGroup = 'pii' | 'secret' | 'national' | 'names' | 'license' | 'notice';

export interface RuleInfo {
  id: string;
  group: RuleGroup;
  /** The entity its findings carry (a placeholder's name); null for license rules and notices. */
  entity: string | null;
  description: string;
  defaultSeverity: Severity;
  /** Off unless named in settings or `--entities`. */
  defaultEnabled: boolean;
  /** The page under docs/rules/ and its published address. */
  docFile: string;
  docUrl: string;
  /** The detector behind it, for the rules that are detectors. */
  detector?: Detector;
}

function fromDetector(d: Detector, group: RuleGroup): RuleInfo {
  return { id: d.id, group, entity: d.entity, description: d.description, defaultSeverity: d.defaultSeverity, defaultEnabled: d.defaultEnabled !== false, docFile: ruleDocFile(d.id), docUrl: ruleDocUrl(d.id), detector: d };
}

function notice(id: string, description: string, defaultSeverity: Severity): RuleInfo {
  return { id, group: 'notice', entity: null, description, defaultSeverity, defaultEnabled: true, docFile: ruleDocFile(id), docUrl: ruleDocUrl(id) };
}

let all: readonly RuleInfo[] | undefined;

/** The registry, built on first use (the names pass's detectors are cheap to make but not free). */
export function allRules(): readonly RuleInfo[] {
  return (all ??= [
    ...DETECTORS.flatMap((d) => d.parts ?? [d]).map((d) => fromDetector(d, d.id.startsWith('secret/') ? 'secret' : 'pii')),
    ...ALL_NATIONAL_DETECTORS.map((d) => fromDetector(d, 'national')),
    ...nameDetectors().map((d) => fromDetector(d, 'names')),
    ...LICENSE_RULES.map((r): RuleInfo => ({ id: r.id, group: 'license', entity: null, description: r.description, defaultSeverity: r.defaultSeverity, defaultEnabled: true, docFile: ruleDocFile(r.id), docUrl: ruleDocUrl(r.id) })),
    notice(INVALID_JSON, 'A JSONL line that is not valid JSON; it is scanned as plain text.', 'information'),
    notice(DETECTOR_FAILED, 'A detector failed on a unit; the rest of the file was scanned.', 'warning'),
  ]);
}

let byId: Map<string, RuleInfo> | undefined;

export function ruleById(id: string): RuleInfo | undefined {
  return (byId ??= new Map(allRules().map((r) => [r.id, r]))).get(id);
}

/** Every entity name a rule reports (what a placeholder `[ENTITY]` may name). */
export function ruleEntities(): string[] {
  const out = new Set<string>();
  for (const r of allRules()) for (const e of r.detector?.entities ?? (r.entity ? [r.entity] : [])) out.add(e);
  return [...out];
}
