// One detector standing for every active national kind: the text's digit clusters are found once
// (profile.ts), and each cluster is tried only by the rows whose shape can fit it — a bare run of
// 9 digits by the handful of 9-digit rows (boundaries tested once, the shape by an anchored test), any
// other cluster by the rows whose pattern, widened over a small alphabet, fits its shape (shape.ts).
// Its candidates name their row's rule, entity, label and context words, so findings are those of the
// per-kind detectors (fused.test.ts).
import type { Candidate, Detector, DetectorContext, Finding } from '../../types';
import { keyWords } from '../../context';
import { CONTEXT_WINDOW, clusterSlice, prepareKind, wordGate, type NationalKind, type PreparedKind } from './kind';
import { NUMERIC_BOUNDS as numericBounds, WORD_BOUNDS as wordBounds, edgesPass, type Bounds } from './patterns';
import { profileText, type Cluster } from './profile';
import { bareRunAll, bareRunFit, shapeFit, shapeOf } from './shape';

export const FUSED_NATIONAL_ID = 'pii/national';

/**
 * The context the engine gives a detector, and whether the text is a JSON number. A JSON number is
 * tried only by rows whose number keys its key names, as the per-kind detectors are; when the engine
 * does not say (`container` undefined), every row tries it, as for a string.
 */
export interface NationalContext extends DetectorContext {
  container?: Finding['container'];
}

export interface FusedDetector extends Detector {
  /** The per-kind detectors it stands for: their rule ids, labels and descriptions (SARIF rules, docs). */
  readonly parts: readonly Detector[];
}

// Rows hold copies of the kind's fields the loop reads: the table's rows are object literals of many
// shapes, and reading their fields in the hot loop went through megamorphic lookups.
interface Row {
  /** Position in the table: candidates come out row by row, in table order, as the per-kind detectors' would. */
  order: number;
  p: PreparedKind;
  kind: NationalKind;
  needsContext: boolean;
  minDigits: number;
  letterDigit: boolean;
  fitsBare: (digits: number) => boolean;
  /** Matches every bare run of this many digits: then only its boundaries decide (see shape.ts). */
  allBare: (digits: number) => boolean;
  /** Whether the row's pattern, boundaries aside, matches a whole bare run (compiled on first use). */
  fitsRun: (run: string) => boolean;
  /** Whether the row's pattern, widened over the shape alphabet, matches in a cluster's shape (shape.ts). */
  fitsShape: (shape: string) => boolean;
  bounds: Bounds | undefined;
}

/** The rows that may match a bare run of some length, and for each whether it matches every such run. */
interface BarePlan {
  rows: Row[];
  all: boolean[];
}

const EMPTY: readonly Candidate[] = Object.freeze([]);
/** Longest cluster shape (with its margins) remembered for the next cluster of the same shape. */
const MEMO_SHAPE_CHARS = 256;

/** The fused detector for these rows (table order), each with its per-kind detector. */
// biome-ignore lint/complexity/noExcessiveLinesPerFunction: a factory whose detect closure shares the prepared rows and memos; its length is that closure's, which runs once per text.
export function fusedNationalDetector(kinds: readonly NationalKind[], parts: readonly Detector[]): FusedDetector {
  const rows: Row[] = kinds.map((kind, order) => {
    const core = kind.pattern.source;
    let anchored: RegExp | undefined;
    const fitsRun = (run: string) => (anchored ??= new RegExp(`^(?:${core})$`, 'u')).test(run);
    const bounds = kind.pattern.bounds;
    const fitsShape = shapeFit(core, bounds);
    return {
      order, kind, p: prepareKind(kind), needsContext: kind.needsContext === true, minDigits: kind.minDigits, letterDigit: kind.letterDigit === true,
      fitsBare: bareRunFit(core), allBare: bareRunAll(core), fitsRun, fitsShape, bounds,
    };
  });
  const minDigits = Math.min(...kinds.map((k) => k.minDigits));
  const capDigits = Math.max(...kinds.map((k) => k.minDigits));

  // Rows that may match a cluster, by its shape: bare runs by length, others by digits and letterDigit.
  const barePlans: BarePlan[] = [];
  const barePlan = (digits: number): BarePlan => {
    let plan = barePlans[digits];
    if (!plan) {
      const rs = rows.filter((r) => digits >= r.minDigits && !r.letterDigit && r.fitsBare(digits));
      barePlans[digits] = plan = { rows: rs, all: rs.map((r) => r.allBare(digits)) };
    }
    return plan;
  };
  const shapedRows: Row[][][] = [[], []];
  const rowsFor = (cl: Cluster): Row[] => {
    if (cl.bare) return barePlan(cl.digits).rows;
    const ld = cl.letterDigit ? 1 : 0;
    const d = Math.min(cl.digits, capDigits);
    return (shapedRows[ld][d] ??= rows.filter((r) => d >= r.minDigits && (!r.letterDigit || cl.letterDigit)));
  };

  // Other clusters by their shape and the few characters around it (clusterSlice's): the rows whose
  // widened pattern matches the shape. Clusters of a few shapes make most of a dataset's numbers.
  const shapeMemo = new Map<string, Row[]>();
  const rowsForShape = (text: string, cl: Cluster, from: number, to: number): Row[] => {
    // The margins' lengths lead the key: near the ends of the text they are shorter.
    const key = shapeOf(text, from, to, 48 + cl.start - from, 48 + to - cl.end);
    let rs = shapeMemo.get(key);
    if (!rs) {
      const shape = key.slice(2);
      rs = rowsFor(cl).filter((r) => r.fitsShape(shape));
      // A long cluster's shape (a list of token ids) is unlikely to come again and would hold its length in memory.
      if (key.length > MEMO_SHAPE_CHARS) return rs;
      if (shapeMemo.size >= 10_000) shapeMemo.clear();
      shapeMemo.set(key, rs);
    }
    return rs;
  };

  // A JSON number is tried by the rows whose number keys its key names (as the engine's numberKeyOf).
  const keyedMemo = new Map<string, Set<Row>>();
  const keyedRows = (key: string): Set<Row> => {
    let set = keyedMemo.get(key);
    if (!set) {
      const words = ` ${keyWords(key)} `;
      set = new Set(rows.filter((r) => r.p.numberKeys?.some((k) => words.includes(` ${k} `))));
      if (keyedMemo.size > 10_000) keyedMemo.clear();
      keyedMemo.set(key, set);
    }
    return set;
  };

  // One test for the context words of every needs-context row: a stretch with none of them (the usual
  // case) settles all of those rows at once; otherwise each row asks its own words. The stretch is where
  // a word counts for some match in the cluster: CONTEXT_WINDOW characters before it, and the cluster
  // itself unless it is matched whole (then every match starts at its start).
  const needsContextWords = [...new Set(rows.filter((r) => r.needsContext).flatMap((r) => r.p.contextWords))];
  const anyNeedsContext = needsContextWords.length ? wordGate(needsContextWords) : undefined;
  const keyHasNeededWord = new Map<string, boolean>();
  const anyNeededWord = (text: string, key: string | undefined): boolean => {
    if (!anyNeedsContext) return false;
    if (anyNeedsContext.test(text)) return true;
    if (key === undefined) return false;
    let has = keyHasNeededWord.get(key);
    if (has === undefined) {
      if (keyHasNeededWord.size > 10_000) keyHasNeededWord.clear();
      keyHasNeededWord.set(key, (has = anyNeedsContext.test(keyWords(key))));
    }
    return has;
  };
  // Per row, the needs-context answer for the current cluster (valid when askedIn[row] is its number).
  const askedIn = new Int32Array(rows.length);
  const answer = new Uint8Array(rows.length);
  let asking = 0;
  const found: Candidate[] = [];

  const numberKeys = [...new Set(rows.flatMap((r) => r.p.numberKeys ?? []))];
  const entities = [...new Set(kinds.map((k) => k.entity))];

  return {
    id: FUSED_NATIONAL_ID,
    entity: 'NATIONAL_ID',
    entities,
    label: 'National identifier',
    description: 'National identifiers (one pass for every active kind of the national table).',
    tags: ['national-id', ...new Set(kinds.map((k) => k.locale))],
    defaultSeverity: 'warning',
    scope: 'digits',
    skipsIds: true,
    minDigits,
    numberKeys: numberKeys.length ? numberKeys : undefined,
    parts,
    detect(text, ctx: NationalContext): readonly Candidate[] {
      // The fused detector is the only one asking for this text's profile (no trigger, no per-kind
      // detectors): no cache, whose string comparison cost more than the profile of a short text.
      const profile = profileText(text);
      if (profile.maxDigits < minDigits) return EMPTY;
      const key = ctx.key;
      const only = ctx.container === 'json-number' && key !== undefined ? keyedRows(key) : undefined;
      let out: Candidate[] | undefined;
      let orders: number[] | undefined;
      for (const cl of profile.clusters) {
        // A bare run not followed by an x is matched whole or not at all (its boundaries forbid a digit on
        // either side): its boundaries, tested once per kind of boundary, and each row's shape decide.
        const whole = cl.bare && text.charCodeAt(cl.end) !== 120;
        const plan = whole ? barePlan(cl.digits) : undefined;
        let rs = plan ? plan.rows : rowsFor(cl);
        if (rs.length === 0) continue;
        let slice: string | undefined;
        let from = 0;
        if (!plan) {
          ({ from, slice } = clusterSlice(text, cl));
          rs = rowsForShape(text, cl, from, from + slice.length);
        }
        let run: string | undefined;
        let numericEdges: boolean | undefined;
        let wordEdges: boolean | undefined;
        // The needs-context gates of this cluster: unknown until a row needs one; the shared test first.
        let near: string | undefined;
        let anyNeeded: boolean | undefined;
        for (let i = 0; i < rs.length; i++) {
          const r = rs[i];
          if (only && !only.has(r)) continue;
          if (r.needsContext) {
            if (anyNeeded === undefined) {
              near = text.slice(Math.max(0, cl.start - CONTEXT_WINDOW), plan ? cl.start : cl.end);
              anyNeeded = anyNeededWord(near, key);
              asking = (asking + 1) | 0 || 1;
            }
            if (!anyNeeded) continue;
            if (askedIn[r.order] !== asking) {
              askedIn[r.order] = asking;
              answer[r.order] = r.p.anyContext(near!, key) ? 1 : 0;
            }
            if (answer[r.order] === 0) continue;
          }
          if (plan && r.bounds) {
            let edges = r.bounds === numericBounds ? numericEdges : r.bounds === wordBounds ? wordEdges : undefined;
            if (edges === undefined) {
              // On the text itself: its boundaries look at most two characters away (the slice's margin is 3).
              edges = edgesPass(r.bounds, text, cl.start, cl.end);
              if (r.bounds === numericBounds) numericEdges = edges;
              else if (r.bounds === wordBounds) wordEdges = edges;
            }
            if (!edges) continue;
            run ??= text.slice(cl.start, cl.end);
            if (plan.all[i] || r.fitsRun(run)) r.p.accept(text, cl.start, run, key, found, true, true);
          } else {
            if (slice === undefined) ({ from, slice } = clusterSlice(text, cl));
            r.p.collect(text, from, slice, key, found, true);
          }
          if (found.length === 0) continue;
          out ??= [];
          orders ??= [];
          for (const c of found) {
            out.push(c);
            orders.push(r.order);
          }
          found.length = 0;
        }
      }
      if (!out) return EMPTY;
      if (out.length === 1) return out;
      let sorted = true;
      for (let i = 1; i < orders!.length && sorted; i++) sorted = orders![i - 1] <= orders![i];
      if (sorted) return out;
      // Row by row (stable within a row), as the per-kind detectors run one after the other.
      const idx = out.map((_, i) => i).sort((a, b) => orders![a] - orders![b] || a - b);
      return idx.map((i) => out![i]);
    },
  };
}
