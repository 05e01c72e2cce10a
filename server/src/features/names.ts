// The free-text pass (names, places, addresses): runs on a worker thread after the structured findings
// are shown, so the editor never waits on it. A crash there degrades to structured-only findings.
import type { Detector, Finding } from '../engine/types';
import type { DatasanSettings } from '../engine/settings';
import type { Hit, Scanner } from '../engine/scan';
import { rawOffset, type Segment } from '../engine/formats/segment';
import { type Format, type Unit, units } from '../engine/formats/units';
import { nameDetectors } from '../engine/detectors/names/index';
import { NameWorker, NameWorkerError, type ScanUnit } from '../worker/name-worker';

export type NamesOutcome = { findings: Finding[] } | { error: string } | { cancelled: true };

export class NamesPass {
  private readonly worker: NameWorker;
  private byRule = new Map<string, Detector>();
  private settingsKey = '';

  constructor(workerEntry?: string) {
    this.worker = new NameWorker(workerEntry ? { entry: workerEntry } : {});
  }

  /** The names detectors wanted by these settings, by rule id (severity, labels, off-by-default kinds). */
  private detectors(settings: DatasanSettings): Map<string, Detector> {
    const key = JSON.stringify([settings.names, settings.enableEntities]);
    if (key !== this.settingsKey) {
      this.settingsKey = key;
      const wanted = nameDetectors(settings).filter((d) => d.defaultEnabled !== false || settings.enableEntities.includes(d.entity));
      this.byRule = new Map(wanted.map((d) => [d.id, d]));
    }
    return this.byRule;
  }

  enabled(settings: DatasanSettings): boolean {
    return settings.names.enable && this.detectors(settings).size > 0;
  }

  /** Scans a document's text units on the worker; `document` lets a newer scan of it supersede this one. */
  async scan(document: string, text: string, format: Format, scanner: Scanner, isCancelled: () => boolean): Promise<NamesOutcome> {
    const rules = this.detectors(scanner.settings);
    const headers = scanner.headersOf(text, format);
    const plan: { unit: Unit; seg: Segment }[] = [];
    const work: ScanUnit[] = [];
    let deadline = Date.now() + 15;
    for (const unit of units(text, format)) {
      for (const seg of scanner.segmentsOf(unit.text, format, headers).segments) {
        if (seg.container !== 'json-number' && /\p{L}/u.test(seg.text)) {
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
    let results;
    try {
      results = await this.worker.scan(work, { names: scanner.settings.names }, document);
    } catch (e) {
      if (e instanceof NameWorkerError && e.kind === 'cancelled') return { cancelled: true };
      return { error: e instanceof Error ? e.message : 'name detection failed' };
    }
    const out = { findings: [] as Finding[], notices: [] as Finding[] };
    for (const r of results) {
      if (!r.hits.length) continue;
      const { unit, seg } = plan[Number(r.key)];
      const hits: Hit[] = r.hits.flatMap((h) => {
        const detector = rules.get(h.rule);
        if (!detector) return [];
        return [{ start: rawOffset(seg, h.start), end: rawOffset(seg, h.end), detector, rule: h.rule, entity: h.entity, label: h.label, score: h.score, reasons: h.reasons, container: seg.container, value: seg.text.slice(h.start, h.end) }];
      });
      scanner.collect(unit, { hits, invalidJson: false }, out);
    }
    return { findings: out.findings };
  }

  dispose(): Promise<void> {
    return this.worker.dispose();
  }
}
