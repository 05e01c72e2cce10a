// Training of the learned names tagger: an averaged structured perceptron (Collins 2002) over the hashed
// features, Viterbi-decoded, then quantised to 16-bit integers; and the Platt calibration of its margins.
import { createHash } from 'node:crypto';
import { lexiconFor } from '../engine/detectors/names/lexicon';
import { NameTagger } from '../engine/detectors/names/tagger';
import { BUCKETS, FeatureBuffers, MAX_FEATURES, NUM_TAGS, extractFeatures, isHandleGap } from '../engine/detectors/names/model/features';
import { DecodeBuffers, emissions, viterbi } from '../engine/detectors/names/model/perceptron';
import { type CombinedCalibration, LearnedTagger, MODEL_ENTITIES, ORIGINS, type Model, type ModelEntity, type Origin, type Platt, addConfidentRules, combinedInput, originOf } from '../engine/detectors/names/model/learned';
import { CONFIDENT_RULE } from '../engine/detectors/names/analyzer';
import { WEIGHT_COUNT } from '../engine/detectors/names/model/codec';
import type { TrainRecipe } from '../engine/detectors/names/model/recipe';
import { prng, syntheticRecords, type LabeledRecord } from './synthetic';
import { loadTrainingData } from './data';
import { detokenize, lowerCased } from './augment';

const LABEL_TAG: Record<string, number> = { PERSON: 1, LOCATION: 3, ORGANIZATION: 5 };

/** One training sentence as the trainer needs it: features, candidates and gold tags per token. */
interface Prepared {
  n: number;
  feats: Int32Array;
  candidate: Uint8Array;
  gold: Int8Array;
}

/** "@name", or "@ name" in the tweet sets' space-joined tokens (where "@" and "name" are often labeled apart). */
export const isHandleSpan = (text: string, s: { start: number; end: number }) => text.charCodeAt(s.start) === 64 || isHandleGap(text, Math.max(0, s.start - 2), s.start);

/** Gold BIO tags per token: a token inside a labeled span takes its entity; words the model never looks at stay O. */
function goldTags(rec: LabeledRecord, toks: readonly { start: number; end: number }[], candidate: Uint8Array): Int8Array {
  const gold = new Int8Array(toks.length);
  for (const s of rec.spans) {
    const b = LABEL_TAG[s.label];
    // An @handle is a user name, not a person's name: Datasan does not report it as PERSON.
    if (b === undefined || isHandleSpan(rec.text, s)) continue;
    let first = true;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].end <= s.start || toks[i].start >= s.end) continue;
      gold[i] = first ? b : b + 1;
      first = false;
    }
  }
  for (let i = 0; i < toks.length; i++) {
    if (!candidate[i]) gold[i] = 0;
    // An I- tag after an O (its B- word was not a candidate) starts the span.
    if (gold[i] > 0 && gold[i] % 2 === 0 && (i === 0 || (gold[i - 1] !== gold[i] && gold[i - 1] !== gold[i] - 1))) gold[i] -= 1;
  }
  return gold;
}

/**
 * Features and gold tags of each record. With `withoutRulesEvery` n > 0, one record in n (by a hash of its id)
 * is seen without the rule tagger's verdicts, so that the model does not lean on them where they fail.
 */
export function prepare(records: readonly LabeledRecord[], usesRules: boolean, withoutRulesEvery = 0): Prepared[] {
  const rules = new NameTagger(lexiconFor({}));
  const buf = new FeatureBuffers();
  const out: Prepared[] = [];
  for (const rec of records) {
    const spans = rules.tag(rec.text);
    const toks = rules.lastTokens;
    const n = toks.length;
    if (n === 0) continue;
    const ruleFeatures = usesRules && !(withoutRulesEvery > 0 && isHeldOut(`without-rules:${rec.id}`, withoutRulesEvery));
    extractFeatures(rec.text, toks, ruleFeatures ? spans : undefined, buf);
    const candidate = buf.candidate.slice(0, n);
    out.push({ n, feats: buf.feats.slice(0, n * MAX_FEATURES), candidate, gold: goldTags(rec, toks, candidate) });
  }
  return out;
}

/** Averaged perceptron weights (emissions, then transitions), as floats. */
export function trainPerceptron(data: readonly Prepared[], epochs: number, seed: number): Float64Array {
  const w = new Float64Array(WEIGHT_COUNT);
  const u = new Float64Array(WEIGHT_COUNT); // sum of c · update, for averaging
  const transOff = BUCKETS * NUM_TAGS;
  const trans = w.subarray(transOff);
  const dec = new DecodeBuffers();
  const rand = prng(seed);
  const order = data.map((_, i) => i);
  let c = 1;
  const bump = (index: number, d: number) => {
    w[index] += d;
    u[index] += c * d;
  };
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const s = data[k];
      dec.ensure(s.n);
      emissions(s.n, s.feats, s.candidate, w, dec.emit);
      viterbi(s.n, s.candidate, trans, dec);
      const path = dec.path;
      let wrong = false;
      for (let i = 0; i < s.n && !wrong; i++) wrong = path[i] !== s.gold[i];
      if (wrong) {
        for (let i = 0; i < s.n; i++) {
          const g = s.gold[i];
          const p = path[i];
          const gp = i === 0 ? NUM_TAGS : s.gold[i - 1];
          const pp = i === 0 ? NUM_TAGS : path[i - 1];
          if (g !== p) {
            const base = i * MAX_FEATURES;
            for (let f = base; f < base + MAX_FEATURES; f++) {
              const b = s.feats[f];
              if (b < 0) break;
              bump(b + g, 1);
              bump(b + p, -1);
            }
          }
          if (g !== p || gp !== pp) {
            bump(transOff + gp * NUM_TAGS + g, 1);
            bump(transOff + pp * NUM_TAGS + p, -1);
          }
        }
      }
      c++;
    }
  }
  for (let i = 0; i < w.length; i++) w[i] -= u[i] / c;
  return w;
}

/**
 * The mean of `shuffles` averaged perceptrons, each seeing the records in another order (seeds seed, seed + 1, …):
 * one order's luck in the last epochs no longer decides which rare words end up with weight.
 */
export function trainShuffled(data: readonly Prepared[], epochs: number, seed: number, shuffles: number): Float64Array {
  const sum = trainPerceptron(data, epochs, seed);
  for (let r = 1; r < shuffles; r++) {
    const w = trainPerceptron(data, epochs, seed + r);
    for (let i = 0; i < sum.length; i++) sum[i] += w[i];
  }
  for (let i = 0; i < sum.length; i++) sum[i] /= shuffles;
  return sum;
}

/** 16-bit weights: the largest magnitude becomes 32767; small ones are dropped. */
export function quantise(w: Float64Array, pruneBelow: number): Int16Array {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
  const q = new Int16Array(w.length);
  if (max === 0) return q;
  const scale = 32767 / max;
  for (let i = 0; i < w.length; i++) {
    const v = Math.round(w[i] * scale);
    q[i] = Math.abs(v) < pruneBelow ? 0 : v;
  }
  return q;
}

/** Logistic regression of correctness on the raw margin (Newton's method, lightly regularised). */
export function fitPlatt(xs: readonly number[], ys: readonly number[]): Platt {
  if (xs.length === 0) return { a: 0, b: 0 };
  // Margins are in weight units (thousands); scale them for a well-conditioned fit.
  let sx = 0;
  for (const x of xs) sx = Math.max(sx, Math.abs(x));
  sx = sx || 1;
  let a = 0;
  let b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0, gb = 0, haa = 1e-6, hab = 0, hbb = 1e-6;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] / sx;
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const r = p - ys[i];
      ga += r * x;
      gb += r;
      const v = p * (1 - p);
      haa += v * x * x;
      hab += v * x;
      hbb += v;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a: a / sx, b };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Fits one Platt map per entity on records the weights were not trained on. */
export function calibrate(values: Int16Array, usesRules: boolean, heldOut: readonly LabeledRecord[]): Record<ModelEntity, Platt> {
  const identity = { a: 1, b: 0 };
  const model: Model = { values, usesRules, calibration: { PERSON: identity, LOCATION: identity, ORGANIZATION: identity } };
  const learned = new LearnedTagger(model);
  const rules = new NameTagger(lexiconFor({}));
  const xs: Record<ModelEntity, number[]> = { PERSON: [], LOCATION: [], ORGANIZATION: [] };
  const ys: Record<ModelEntity, number[]> = { PERSON: [], LOCATION: [], ORGANIZATION: [] };
  for (const rec of heldOut) {
    const ruleSpans = rules.tag(rec.text);
    const got = learned.raw(rec.text, rules.lastTokens, ruleSpans);
    const byEntity: Record<ModelEntity, typeof got.persons> = { PERSON: got.persons, LOCATION: got.locations, ORGANIZATION: got.organizations };
    for (const e of MODEL_ENTITIES) {
      for (const c of byEntity[e]) {
        xs[e].push(c.score);
        ys[e].push(rec.spans.some((s) => s.label === e && overlaps(s, c)) ? 1 : 0);
      }
    }
  }
  return { PERSON: fitPlatt(xs.PERSON, ys.PERSON), LOCATION: fitPlatt(xs.LOCATION, ys.LOCATION), ORGANIZATION: fitPlatt(xs.ORGANIZATION, ys.ORGANIZATION) };
}

/** An origin's map is fitted only with at least this many findings of it (else its confidences stand). */
const MIN_COMBINED_FINDINGS = 40;

/**
 * Fits the map of the combined findings' confidences (the model's calibrated spans, raised where the rule
 * tagger agrees, the confident rule findings added, repeated names), per entity and origin, on held-out records.
 */
export function calibrateCombination(model: Model, heldOut: readonly LabeledRecord[]): CombinedCalibration {
  const learned = new LearnedTagger({ ...model, combined: undefined });
  const rules = new NameTagger(lexiconFor({}));
  const data = new Map<string, { xs: number[]; ys: number[] }>();
  for (const rec of heldOut) {
    const ruleSpans = rules.tag(rec.text);
    const got = addConfidentRules(learned.tag(rec.text, rules.lastTokens, ruleSpans), ruleSpans, CONFIDENT_RULE);
    const byEntity: Record<ModelEntity, typeof got.persons> = { PERSON: got.persons, LOCATION: got.locations, ORGANIZATION: got.organizations };
    for (const e of MODEL_ENTITIES) {
      for (const c of byEntity[e]) {
        // A finding on an @handle counts neither way (Datasan does not report handles as names by design).
        if (rec.spans.some((s) => isHandleSpan(rec.text, s) && overlaps(s, c))) continue;
        const k = `${e} ${originOf(c)}`;
        const d = data.get(k) ?? (data.set(k, { xs: [], ys: [] }), data.get(k)!);
        d.xs.push(combinedInput(c));
        d.ys.push(rec.spans.some((s) => s.label === e && overlaps(s, c)) ? 1 : 0);
      }
    }
  }
  const out: CombinedCalibration = { PERSON: {}, LOCATION: {}, ORGANIZATION: {} };
  for (const e of MODEL_ENTITIES) {
    for (const o of ORIGINS) {
      const d = data.get(`${e} ${o}`);
      if (d && d.xs.length >= MIN_COMBINED_FINDINGS) out[e][o as Origin] = fitPlatt(d.xs, d.ys);
    }
  }
  return out;
}

/** Whether a record is held out for calibration: a hash of its id, so the split does not depend on order. */
export function isHeldOut(id: string, every: number): boolean {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % every === 0;
}


/** The whole recipe: data, training, quantisation and calibration (deterministic for the recipe's seed). */
export function trainModel(
  dir: string,
  recipe: TrainRecipe,
  log: (m: string) => void = () => {},
  keep: (r: LabeledRecord) => boolean = () => true,
  keepTemplate: (t: string) => boolean = () => true,
): { values: Int16Array; calibration: Record<ModelEntity, Platt>; combined: CombinedCalibration } {
  const real = loadTrainingData(dir, recipe.dataFiles).filter(keep);
  const synthetic = syntheticRecords(recipe.syntheticRecords, recipe.seed, keepTemplate, recipe.webGenreShare);
  const all = [...real, ...synthetic];
  const train = withAugmentation(all.filter((r) => !isHeldOut(r.id, recipe.holdoutEvery)), recipe);
  const heldOut = all.filter((r) => isHeldOut(r.id, recipe.holdoutEvery));
  log(`training on ${train.length} records (${real.length} annotated, ${synthetic.length} synthetic, with copies; ${heldOut.length} held out for calibration)`);
  const values = quantise(trainShuffled(prepare(train, recipe.usesRules, recipe.withoutRulesEvery), recipe.epochs, recipe.seed, recipe.shuffles), recipe.pruneBelow);
  // Fitted on the held-out annotated sentences (as written and detokenised), not on the synthetic ones, which
  // are easier than real text and would make every confidence too high.
  const calibrationSet = withAugmentation(heldOut.filter((r) => !r.id.startsWith('synthetic')), { ...recipe, augment: { detokenized: recipe.augment.detokenized, lowerCaseEvery: 0 } });
  const calibration = calibrate(values, recipe.usesRules, calibrationSet);
  const combined = calibrateCombination({ values, calibration, usesRules: recipe.usesRules }, calibrationSet);
  log(heldOutReport({ values, calibration, usesRules: recipe.usesRules }, heldOut));
  return { values, calibration, combined };
}

/** The records and the recipe's copies of them (written as web text is: detokenised, lower case). */
export function withAugmentation(records: readonly LabeledRecord[], recipe: TrainRecipe): LabeledRecord[] {
  const out = [...records];
  const aug = recipe.augment;
  for (const r of records) {
    if (r.id.startsWith('synthetic')) continue;
    if (aug.detokenized) {
      const d = detokenize(r);
      if (d.text !== r.text) out.push(d);
    }
    if (aug.lowerCaseEvery > 0 && isHeldOut(`lower:${r.id}`, aug.lowerCaseEvery)) {
      const l = lowerCased(aug.detokenized ? detokenize(r) : r);
      if (l) out.push(l);
    }
  }
  return out;
}

/** F1 per entity and source on the held-out records, at confidence 0.5 (to compare recipes without the dev sets). */
export function heldOutReport(model: Model, heldOut: readonly LabeledRecord[]): string {
  const learned = new LearnedTagger(model);
  const rules = new NameTagger(lexiconFor({}));
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const at = (k: string) => counts.get(k) ?? (counts.set(k, { tp: 0, fp: 0, fn: 0 }), counts.get(k)!);
  for (const rec of heldOut) {
    const source = rec.id.split(/[:.-]/)[0];
    const ruleSpans = rules.tag(rec.text);
    const got = learned.tag(rec.text, rules.lastTokens, ruleSpans);
    const byEntity: Record<ModelEntity, typeof got.persons> = { PERSON: got.persons, LOCATION: got.locations, ORGANIZATION: got.organizations };
    for (const e of MODEL_ENTITIES) {
      const c = at(`${source} ${e}`);
      const gold = rec.spans.filter((s) => s.label === e && !isHandleSpan(rec.text, s));
      const used = new Set<object>();
      for (const p of byEntity[e]) {
        if (p.score < 0.5) continue;
        const m = gold.find((g) => !used.has(g) && overlaps(g, p));
        if (m) {
          used.add(m);
          c.tp++;
        } else c.fp++;
      }
      c.fn += gold.length - used.size;
    }
  }
  const f = (c: { tp: number; fp: number; fn: number }) => (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);
  return 'held-out F1: ' + [...counts].map(([k, c]) => `${k} ${f(c).toFixed(3)}`).join(', ');
}
