// Helpers for detector unit tests: score candidates exactly as the engine does.
import type { Detector, DetectorContext } from '../engine/types';
import { applyContext } from '../engine/context';

/** Candidates with their final score and matched value. */
export function scored(d: Detector, text: string, ctx: DetectorContext = {}) {
  if (d.trigger && !d.trigger.test(text) && !(d.keyTrigger && ctx.key && d.keyTrigger.test(ctx.key))) return [];
  // A candidate's own context words, when it names some, stand for its detector's (as in the engine's scan).
  return [...d.detect(text, ctx)].map((c) => ({ ...c, ...applyContext(c.contextWords ? c : d, text, c, ctx.key), value: text.slice(c.start, c.end) }));
}

/** Matched substrings scoring at least `min` after context words are applied. */
export function matches(d: Detector, text: string, min = 0, ctx: DetectorContext = {}): string[] {
  return scored(d, text, ctx)
    .filter((c) => c.score >= min)
    .map((c) => c.value);
}

/**
 * A stand-in for a detector bug that some input sets off (the national detector once overflowed the stack
 * on a 30,000-id list): it throws, with the text in its message, on any text holding `trigger`.
 */
export function fragileDetector(trigger: string): Detector {
  return {
    id: 'pii/fragile',
    entity: 'FRAGILE',
    label: 'Fragile kind',
    description: 'A detector that throws, for tests.',
    tags: [],
    defaultSeverity: 'warning',
    detect(text) {
      if (text.includes(trigger)) throw new RangeError(`Maximum call stack size exceeded near ${text}`);
      return [];
    },
  };
}
