// Helpers for detector unit tests: score candidates exactly as the engine does.
import type { Detector, DetectorContext } from '../types';
import { applyContext } from '../context';

/** Candidates with their final score and matched value. */
export function scored(d: Detector, text: string, ctx: DetectorContext = {}) {
  if (d.trigger && !d.trigger.test(text) && !(d.keyTrigger && ctx.key && d.keyTrigger.test(ctx.key))) return [];
  return [...d.detect(text, ctx)].map((c) => ({ ...c, ...applyContext(d, text, c, ctx.key), value: text.slice(c.start, c.end) }));
}

/** Matched substrings scoring at least `min` after context words are applied. */
export function matches(d: Detector, text: string, min = 0, ctx: DetectorContext = {}): string[] {
  return scored(d, text, ctx)
    .filter((c) => c.score >= min)
    .map((c) => c.value);
}
