// What a license rule is: one small module registered as data, in the manner of markdownlint rules.
import type { Severity, Span } from '../../types';
import type { ModelCard, Derivation } from '../card';
import { LINEAGE, type LineageFacts } from '../facts';

export interface RuleEnv {
  /** Whether the card's folder has a NOTICE file; undefined when unknown (stdin, untitled). */
  noticeFileExists?: boolean;
}

/** A card known to derive from Llama. */
export type DerivedCard = ModelCard & { derivation: Derivation };

export interface RuleHit extends Span {
  /** One sentence: what is wrong, and what the license asks. */
  message: string;
  /** Overrides the rule's default (e.g. an error for a non-Llama license id). */
  severity?: Severity;
  reasons?: string[];
}

export interface LicenseRule {
  /** Stable id, used as the diagnostic code: "llama/name-prefix". */
  id: string;
  description: string;
  tags: string[];
  defaultSeverity: Severity;
  /** Where the obligation comes from: "§1.b.i". */
  clause: string;
  /** The obligation in one sentence, for hovers and docs. */
  asks: string;
  /** Runs on cards that are not (or not known to be) Llama derivatives too; the rule decides. */
  anyCard?: boolean;
  check(card: DerivedCard, env: RuleEnv): Iterable<RuleHit>;
}

export function facts(card: DerivedCard): LineageFacts {
  return LINEAGE[card.derivation.version];
}

/** "the Llama 4 Community License (§1.b.i)" */
export function cite(card: DerivedCard, clause: string): string {
  return `the ${facts(card).licenseName} (${clause})`;
}

/** Versions whose agreements the card may legitimately cite: its lineage and those of merged parents. */
export function allowedVersions(card: DerivedCard): Set<string> {
  const s = new Set<string>([card.derivation.version]);
  for (const b of card.baseModels) if (b.lineage) s.add(b.lineage.version);
  return s;
}
