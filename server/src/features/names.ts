// The free-text pass (names, places, addresses): runs on a worker thread after the structured findings
// are shown, so the editor never waits on it. A crash there degrades to structured-only findings.
import type { Detector, Finding } from '../engine/types';
import type { DatasanSettings } from '../engine/settings';
import { type Hit, type Scanner, numberKeyTest } from '../engine/scan';
import { rawOffset, type Segment } from '../engine/formats/segment';
import { type Format, type Unit, units } from '../engine/formats/units';
import { nameDetectors } from '../engine/detectors/names/index';
import type { Line, LineDocument } from '../engine/lines';
import { NameWorker, NameWorkerError, type NameHit, type ScanUnit } from '../worker/name-worker';
import type { UnitResult } from '../worker/protocol';

/** `notices`: the units a names detector failed on (engine/detector-failed). */
export type NamesOutcome = { findings: Finding[]; notices: Finding[] } | { error: string } | { cancelled: true };
/** `sent`: how many texts went to the worker (0: every line asked for had its names, or no words). */
export type LineNamesOutcome = { done: true; sent: number } | { error: string } | { cancelled: true };

/** Texts per message to the worker: small enough that cutting one batch into segments never holds up an edit. */
const BATCH_CHARS = 256_000;

export class NamesPass {
  private readonly worker: NameWorker;
  private byRule = new Map<string, Detector>();
  /** Whether one of `byRule`'s detectors reads JSON numbers under a key ("age"). */
  private numberKey: (key: string) => boolean = () => false;
  private settingsKey = '';

  /** Units the worker was sent in the last scan (tests: an edit sends only the lines it touched). */
  get lastScan(): { units: number; computed: number } {
    return this.worker.lastScan;
  }

  constructor(workerEntry?: string) {
    this.worker = new NameWorker({ batchChars: BATCH_CHARS, ...(workerEntry ? { entry: workerEntry } : {}) });
  }

  /** What the names hits of a line were found with: lines keep their hits until this changes. */
  key(settings: DatasanSettings): unknown {
    return this.detectors(settings);
  }

  /**
   * The names detectors wanted by these settings, by rule id (severity, labels, off-by-default kinds); a new
   * map whenever a setting that changes names hits changes (scanKeys decides which texts are looked at).
   */
  private detectors(settings: DatasanSettings): Map<string, Detector> {
    const key = JSON.stringify([settings.names, settings.enableEntities, settings.scanKeys]);
    if (key !== this.settingsKey) {
      this.settingsKey = key;
      const wanted = nameDetectors(settings).filter((d) => d.defaultEnabled !== false || settings.enableEntities.includes(d.entity));
      this.byRule = new Map(wanted.map((d) => [d.id, d]));
      this.numberKey = numberKeyTest(wanted);
    }
    return this.byRule;
  }

  enabled(settings: DatasanSettings): boolean {
    return settings.names.enable && this.detectors(settings).size > 0;
  }

  /** Scans a document's text units on the worker; `document` lets a newer scan of it supersede this one. */
  async scan(document: string, text: string, format: Format, scanner: Scanner, isCancelled: () => boolean): Promise<NamesOutcome> {
    const rules = this.detectors(scanner.settings);
    const numberKey = this.numberKey;
    const headers = scanner.headersOf(text, format);
    const plan: { unit: Unit; seg: Segment }[] = [];
    const work: ScanUnit[] = [];
    let deadline = Date.now() + 15;
    for (const unit of units(text, format)) {
      for (const seg of scanner.segmentsOf(unit.text, format, headers, numberKey).segments) {
        if (forNames(seg, numberKey)) {
          work.push({ key: String(plan.length), text: seg.text, field: seg.key });
          plan.push({ unit, seg });
        }
      }
      if (Date.now() >= deadline) {
        await new Promise((r) => setImmediate(r));
        if (isCancelled()) return { cancelled: true };
        deadline = Date.now() + 15;
      }
    }
    let results: UnitResult[];
    try {
      results = await this.worker.scan(work, { names: scanner.settings.names }, document);
    } catch (e) {
      return failure(e);
    }
    const out = { findings: [] as Finding[], notices: [] as Finding[] };
    for (const r of results) {
      if (!r.hits.length && !r.failed) continue;
      const { unit, seg } = plan[Number(r.key)];
      const hits = r.hits.map((h) => toHit(rules, seg, h)).filter((h) => h !== undefined);
      scanner.collect(unit, { hits, invalidJson: false, failed: r.failed }, out);
    }
    return out;
  }

  /**
   * Finds the names in the lines of a JSONL document that have none for the current settings yet (after
   * an edit, only the lines it touched; with `only`, just those of these line ranges), streaming their
   * texts to the worker a batch at a time, and stores the hits on the lines.
   */
  async scanLines(document: string, lines: LineDocument, scanner: Scanner, isCancelled: () => boolean, only?: readonly [number, number][]): Promise<LineNamesOutcome> {
    const rules = this.detectors(scanner.settings);
    const numberKey = this.numberKey;
    const plan = new Map<string, { line: Line; seg: Segment }>();
    /** Hits gathered for a line until its last segment's result arrives. */
    const open = new Map<Line, { hits: Hit[]; left: number; failed?: string[] }>();
    let next = 0;
    const store = (line: Line, hits: Hit[], failed?: string[]) => lines.setNames(line, hits, failed, rules);
    function* work(): Generator<ScanUnit> {
      for (const line of lines.withoutNames(rules, only)) {
        if (isCancelled()) throw new NameWorkerError('superseded', 'cancelled');
        const segs = scanner.segmentsOf(line.text, 'jsonl', undefined, numberKey).segments.filter((seg) => forNames(seg, numberKey));
        if (!segs.length) {
          store(line, []);
          continue;
        }
        open.set(line, { hits: [], left: segs.length });
        for (const seg of segs) {
          const key = String(next++);
          plan.set(key, { line, seg });
          yield { key, text: seg.text, field: seg.key };
        }
      }
    }
    try {
      await this.worker.scanStream(work(), { names: scanner.settings.names }, document, (results) => {
        for (const r of results) {
          const { line, seg } = plan.get(r.key)!;
          plan.delete(r.key);
          const acc = open.get(line)!;
          for (const h of r.hits) {
            const hit = toHit(rules, seg, h);
            if (hit) acc.hits.push(hit);
          }
          if (r.failed) acc.failed = [...new Set([...(acc.failed ?? []), ...r.failed])];
          if (--acc.left === 0) {
            open.delete(line);
            store(line, acc.hits, acc.failed);
          }
        }
      });
    } catch (e) {
      return failure(e);
    }
    return isCancelled() ? { cancelled: true } : { done: true, sent: next };
  }

  dispose(): Promise<void> {
    return this.worker.dispose();
  }
}

/** A worker hit in the unit's offsets, as an engine hit; undefined for a rule these settings turned off. */
function toHit(rules: Map<string, Detector>, seg: Segment, h: NameHit): Hit | undefined {
  const detector = rules.get(h.rule);
  if (!detector) return undefined;
  return { start: rawOffset(seg, h.start), end: rawOffset(seg, h.end), detector, rule: h.rule, entity: h.entity, label: h.label, score: h.score, reasons: h.reasons, container: seg.container, value: seg.text.slice(h.start, h.end) };
}

/**
 * The texts the names group can find something in, as a scan on one thread gives them to it: words, and digits
 * (a date under "dob", "34" under "age"); a JSON number only under a key one of its detectors reads numbers from.
 */
function forNames(seg: Segment, numberKey: (key: string) => boolean): boolean {
  if (seg.container !== 'json-number') return /[\p{L}\p{N}]/u.test(seg.text);
  return seg.key !== undefined && numberKey(seg.key);
}

/** A failed worker scan as an outcome: superseded by a newer scan, or an error to show (naming no value). */
function failure(e: unknown): { cancelled: true } | { error: string } {
  if (e instanceof NameWorkerError && e.kind === 'cancelled') return { cancelled: true };
  return { error: e instanceof Error ? e.message : 'name detection failed' };
}
