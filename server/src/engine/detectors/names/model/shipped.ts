// The shipped weights (weights.ts, written by `npm run train`), decoded on first use.
import { decodeWeights } from './codec';
import type { Model } from './learned';
import { MANIFEST, WEIGHTS } from './weights';

let shipped: Model | undefined;
/** Milliseconds the last decoding took (the server logs it). */
export let shippedLoadMs = 0;

export function shippedModel(): Model {
  if (shipped) return shipped;
  const t0 = performance.now();
  shipped = { values: decodeWeights(WEIGHTS), calibration: MANIFEST.calibration, combined: MANIFEST.combined, usesRules: MANIFEST.recipe.usesRules };
  shippedLoadMs = performance.now() - t0;
  return shipped;
}

export { MANIFEST };
