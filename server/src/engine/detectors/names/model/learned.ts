// The learned tagger: features of each word, a structured perceptron's scores, Viterbi over BIO tags,
// and a calibrated confidence per span (a logistic map of the span's decoding margin, fitted on held-out
// training data, so that a 0.8 is right about four times in five there).
import type { Candidate } from '../../../types';
import { Shape, type Token } from '../tokens';
import { Kind } from '../tagger';
import { FeatureBuffers, NUM_TAGS, type RuleSpans, entityOfTag, extractFeatures, isInside } from './features';
import { DecodeBuffers, margin, viterbi } from './perceptron';
import { SparseEmissions } from './sparse';

export type ModelEntity = 'PERSON' | 'LOCATION' | 'ORGANIZATION';
export const MODEL_ENTITIES: readonly ModelEntity[] = ['PERSON', 'LOCATION', 'ORGANIZATION'];

/** confidence = 1 / (1 + exp(−(a · margin + b))), margin in weight units. */
export interface Platt {
  a: number;
  b: number;
}

/**
 * Where a combined finding comes from: the model alone, a model span the rule tagger also found (it takes the
 * higher confidence), a confident rule finding the model missed, or a name repeated from a confident one.
 */
export type Origin = 'model' | 'agreed' | 'rule' | 'repeated';
export const ORIGINS: readonly Origin[] = ['model', 'agreed', 'rule', 'repeated'];

/** A logistic map of the logit of a combined finding's confidence, per entity and origin (identity where absent). */
export type CombinedCalibration = Record<ModelEntity, Partial<Record<Origin, Platt>>>;

export interface Model {
  /** Emission weights (BUCKETS * NUM_TAGS), then the transitions. */
  values: Int16Array;
  calibration: Record<ModelEntity, Platt>;
  /**
   * The confidences of the combined findings (model and confident rules), calibrated again on held-out
   * training records: the model's map is fitted on its own spans, but a rule's agreement, a rule finding
   * and a repeated name carry confidences no data fitted.
   */
  combined?: CombinedCalibration;
  /** Whether the model was trained with the rule tagger's verdicts as features (then it needs them). */
  usesRules: boolean;
}

export interface LearnedSpans {
  persons: Candidate[];
  locations: Candidate[];
  organizations: Candidate[];
}

export const calibrate = (p: Platt, raw: number) => 1 / (1 + Math.exp(-(p.a * raw + p.b)));

/** Whether the gap between two tokens keeps them in one span (no line break, no sentence punctuation). */
function joins(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 44 || c === 59 || c === 58 || c === 124 || c === 9) return false;
  }
  return to - from <= 3;
}

/** Packed emission weights, built once per model and shared by its taggers. */
const packed = new WeakMap<Model, SparseEmissions>();

export class LearnedTagger {
  private readonly features = new FeatureBuffers();
  private readonly decode = new DecodeBuffers();
  private readonly trans: Int16Array;
  private readonly weights: SparseEmissions;
  /**
   * A span's sum of margins, in a Float64Array rather than a local: margins are nearly always small
   * integers, V8 compiled the tagger for integers, and each sum that was not one threw the optimised code
   * away again (dozens of times a run; recompiling cost more than the tagging). The arithmetic is the same.
   */
  private readonly marginSum = new Float64Array(1);

  constructor(readonly model: Model) {
    this.trans = model.values.subarray(model.values.length - (NUM_TAGS + 1) * NUM_TAGS);
    let w = packed.get(model);
    if (!w) packed.set(model, (w = new SparseEmissions(model.values)));
    this.weights = w;
  }

  /** Spans with raw margins (`score` holds the margin) — the calibration is fitted on these. */
  raw(text: string, toks: readonly Token[], rules: RuleSpans | undefined): LearnedSpans {
    const out: LearnedSpans = { persons: [], locations: [], organizations: [] };
    const n = toks.length;
    if (n === 0) return out;
    if (extractFeatures(text, toks, this.model.usesRules ? rules : undefined, this.features) === 0) return out;
    this.decode.ensure(n);
    const emit = this.decode.emit;
    this.weights.emissions(n, this.features.feats, this.features.candidate, emit);
    // A word the lexicon or the user says is never a name ("Llama", "JSON", a notNames entry) is no person;
    // a word of the user's own name list always is.
    for (let i = 0; i < n; i++) {
      const k = toks[i].kind;
      if (k & Kind.NotName) emit[i * NUM_TAGS + 1] = emit[i * NUM_TAGS + 2] = -1e9;
      else if (k & Kind.Extra) emit[i * NUM_TAGS + 1] = emit[i * NUM_TAGS + 2] = 1e5;
    }
    viterbi(n, this.features.candidate, this.trans, this.decode);
    const path = this.decode.path;
    for (let i = 0; i < n; i++) {
      const tag = path[i];
      if (tag === 0) continue;
      const entity = entityOfTag(tag);
      const sum = this.marginSum;
      sum[0] = margin(i, this.trans, this.decode);
      let j = i + 1;
      while (j < n && isInside(path[j]) && entityOfTag(path[j]) === entity && joins(text, toks[j - 1].end, toks[j].start)) {
        sum[0] += margin(j, this.trans, this.decode);
        j++;
      }
      // Made with a constant score, then given its own: CPU profiles put about a third of the tagger's own
      // samples on the literal with the computed score, none on a literal of constants.
      const span: Candidate = { start: toks[i].start, end: toks[j - 1].end, score: 0.5, reasons: ['learned tagger'] };
      span.score = sum[0] / (j - i);
      (entity === 1 ? out.persons : entity === 2 ? out.locations : out.organizations).push(span);
      i = j - 1;
    }
    return out;
  }

  /** Spans with calibrated confidences. */
  tag(text: string, toks: readonly Token[], rules: RuleSpans | undefined): LearnedSpans {
    const out = this.raw(text, toks, rules);
    const cal = this.model.calibration;
    for (const c of out.persons) c.score = round2(calibrate(cal.PERSON, c.score));
    for (const c of out.locations) {
      c.score = round2(calibrate(cal.LOCATION, c.score));
      if (ambiguousPlace(toks, c)) {
        c.score = Math.min(AMBIGUOUS_PLACE, c.score);
        c.reasons = [...c.reasons, AMBIGUOUS_WORD];
      }
    }
    for (const c of out.organizations) c.score = round2(calibrate(cal.ORGANIZATION, c.score));
    if (out.persons.length > 0) propagate(toks, out, this.features.candidate);
    return out;
  }
}

/** The most a place name that is also an ordinary word gets at the start of a sentence (after any calibration). */
const AMBIGUOUS_PLACE = 0.4;
const AMBIGUOUS_WORD = 'an ordinary word at the start of a sentence';

/**
 * "Nice work", "Turkey sandwiches", "Reading the logs": a one-word place that is also an ordinary English
 * word, capitalised only because it starts the sentence, is no place to report at the default threshold.
 */
function ambiguousPlace(toks: readonly Token[], c: Candidate): boolean {
  let i = 0;
  while (i < toks.length && toks[i].start < c.start) i++;
  const t = toks[i];
  return !!t && t.end === c.end && t.sentStart && t.shape === Shape.Cap && !!(t.kind & Kind.Word);
}

/** A confident person's name words elsewhere in the same text are that person ("Captain Ahab … Ahab is"). */
function propagate(toks: readonly Token[], out: LearnedSpans, candidate: Uint8Array) {
  let known: Set<string> | undefined;
  for (const p of out.persons) {
    if (p.score < 0.7) continue;
    for (const t of toks) if (t.start >= p.start && t.end <= p.end && t.end - t.start > 2 && t.shape !== Shape.Lower) (known ??= new Set()).add(t.key);
  }
  if (!known) return;
  const covered = (t: Token) => [out.persons, out.locations, out.organizations].some((g) => g.some((c) => c.start < t.end && t.start < c.end));
  let added = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!candidate[i] || t.shape === Shape.Lower || !known.has(t.key) || covered(t)) continue;
    out.persons.push({ start: t.start, end: t.end, score: 0.7, reasons: ['learned tagger', REPEATED] });
    added = true;
  }
  if (added) out.persons.sort((a, b) => a.start - b.start);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

const REPEATED = 'same name as elsewhere in the text';
const RULES_AGREE = 'the rule tagger finds it too';

export function originOf(c: Candidate): Origin {
  if (!c.reasons.includes('learned tagger')) return 'rule';
  if (c.reasons.includes(RULES_AGREE)) return 'agreed';
  return c.reasons.includes(REPEATED) ? 'repeated' : 'model';
}

const logit = (p: number) => {
  const q = Math.min(0.995, Math.max(0.005, p));
  return Math.log(q / (1 - q));
};

/** The logit of a combined finding's confidence: the input of the combined calibration. */
export const combinedInput = (c: Candidate) => logit(c.score);

/** Each combined finding's confidence through the map of its entity and origin. */
export function calibrateCombined(spans: LearnedSpans, maps: CombinedCalibration): LearnedSpans {
  const apply = (list: Candidate[], m: Partial<Record<Origin, Platt>>) => {
    for (const c of list) {
      const p = m[originOf(c)];
      if (p) c.score = round2(calibrate(p, combinedInput(c)));
      if (c.reasons.includes(AMBIGUOUS_WORD)) c.score = Math.min(AMBIGUOUS_PLACE, c.score);
    }
  };
  apply(spans.persons, maps.PERSON);
  apply(spans.locations, maps.LOCATION);
  apply(spans.organizations, maps.ORGANIZATION);
  return spans;
}

/**
 * The rule tagger's confident findings (a naming phrase or a title before a name, the user's own name
 * list, …) stand where the model found nothing or another entity: they outweigh a model trained mostly on
 * tweets and news. Where both find the same entity, the higher confidence counts.
 */
export function addConfidentRules(learned: LearnedSpans, rules: RuleSpans, minScore: number): LearnedSpans {
  const groups = [learned.persons, learned.locations, learned.organizations];
  const add = (from: readonly Candidate[], into: Candidate[]) => {
    for (const c of from) {
      for (const p of into) {
        if (!overlapping(p, c)) continue;
        // A rule more confident than a capped place vouches for it ("Estonia was lovely"): the cap is lifted.
        if (c.score > p.score) {
          p.score = c.score;
          p.reasons = p.reasons.filter((r) => r !== AMBIGUOUS_WORD);
        }
        if (!p.reasons.includes(RULES_AGREE)) p.reasons = [...p.reasons, RULES_AGREE];
      }
      if (c.score < minScore || into.some((p) => overlapping(p, c))) continue;
      for (const g of groups) {
        if (g === into) continue;
        for (let k = g.length - 1; k >= 0; k--) if (overlapping(g[k], c)) g.splice(k, 1);
      }
      into.push({ start: c.start, end: c.end, score: c.score, reasons: c.reasons });
      into.sort((a, b) => a.start - b.start);
    }
  };
  add(rules.persons, learned.persons);
  add(rules.locations, learned.locations);
  return learned;
}

const overlapping = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;
