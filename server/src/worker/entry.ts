// Worker-thread entry (bundled separately as dist/worker.js): runs the names detectors off the main thread.
// Results are cached here per text content, so that a rescan after an edit recomputes only changed texts;
// the cache is keyed by a 64-bit hash of the text, so that it holds no copy of the document.
import { parentPort, workerData } from 'node:worker_threads';
import { applyContext } from '../engine/context';
import { nameDetectors } from '../engine/detectors/names/index';
import { FREE_TEXT_CHUNK } from '../engine/detectors/active';
import { chunks, isProse } from '../engine/scan';
import type { Detector } from '../engine/types';
import type { FoundUnit, FromWorker, NameHit, NameSettings, ToWorker, WorkUnit } from './protocol';
import { contentKey } from './content-key';
import { fragileDetector } from '../engine/detectors/testing';
import { THROW_FOR_TEST } from './protocol';

const BATCH = 64;
const options = (workerData ?? {}) as { testHooks?: boolean; cacheSize?: number };
const testHooks = !!options.testHooks;
// JSONL lines keep their own names hits on the server, so this cache serves the other formats (Markdown,
// text, CSV), whose every scan sends all their texts: a few thousand texts is a large card or table.
const CACHE_SIZE = options.cacheSize ?? 5_000;
const cancelled = new Set<number>();
const cache = new Map<string, NameHit[]>();
let detectors: { key: string; list: Detector[] } | undefined;

function detectorsFor(settings: NameSettings): Detector[] {
  const key = JSON.stringify(settings.names);
  if (!detectors || detectors.key !== key) {
    // Tests stand a detector bug in with a detector that throws on THROW_FOR_TEST.
    detectors = { key, list: testHooks ? [...nameDetectors(settings), fragileDetector(THROW_FOR_TEST)] : nameDetectors(settings) };
    cache.clear();
  }
  return detectors.list;
}

/**
 * As the engine does (scan.ts): long texts go to the detectors in pieces cut at spaces, space-less pieces
 * skipped; a detector that throws loses only its own hits in this unit, and is named in `failed`.
 */
function scanUnit(list: Detector[], unit: WorkUnit): { hits: NameHit[]; failed?: string[] } {
  const hits: NameHit[] = [];
  let failed: string[] | undefined;
  const text = unit.text;
  const ctx = unit.field ? { key: unit.field.toLowerCase() } : {};
  const pieces = text.length > FREE_TEXT_CHUNK ? chunks(text, FREE_TEXT_CHUNK) : [[0, text.length] as [number, number]];
  for (const d of list) {
    try {
      for (const [a, b] of pieces) {
        const piece = pieces.length === 1 ? text : text.slice(a, b);
        if (pieces.length > 1 && !isProse(piece)) continue;
        if (d.trigger && !d.trigger.test(piece)) continue;
        for (const c of d.detect(piece, ctx)) {
          // Context words are looked for in the whole text, as the engine does.
          const s = applyContext(d, text, { start: a + c.start, score: c.score, reasons: c.reasons }, ctx.key);
          hits.push({ rule: d.id, entity: c.entity ?? d.entity, label: c.label ?? d.label, start: a + c.start, end: a + c.end, score: s.score, reasons: s.reasons });
        }
      }
    } catch {
      (failed ??= []).push(d.label);
    }
  }
  return failed ? { hits, failed } : { hits };
}

const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));

async function scan(id: number, units: WorkUnit[], settings: NameSettings): Promise<void> {
  const post = (m: FromWorker) => parentPort!.postMessage(m);
  if (cancelled.delete(id)) return post({ type: 'cancelled', id });
  try {
    const list = detectorsFor(settings);
    const found: FoundUnit[] = [];
    let computed = 0;
    for (let i = 0; i < units.length; i++) {
      if (i % BATCH === 0 && i > 0) {
        await yieldToMessages();
        if (cancelled.has(id)) {
          cancelled.delete(id);
          post({ type: 'cancelled', id });
          return;
        }
      }
      const key = contentKey(units[i]);
      const hits = cache.get(key);
      if (hits) {
        if (hits.length) found.push({ index: i, hits });
        continue;
      }
      const r = scanUnit(list, units[i]);
      computed++;
      // A unit a detector failed on is not cached: it is tried again on the next scan.
      if (!r.failed) {
        if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(key, r.hits);
      }
      if (r.hits.length || r.failed) found.push({ index: i, ...r });
    }
    cancelled.delete(id);
    post({ type: 'result', id, found, computed });
  } catch (e) {
    // Never the value: only the kind of failure.
    post({ type: 'error', id, message: e instanceof Error ? e.name : 'Error' });
  }
}

/** Scans run one after another, in the order sent (the next batch waits here while one is worked on). */
let queue = Promise.resolve();

parentPort?.on('message', (m: ToWorker) => {
  if (m.type === 'cancel') cancelled.add(m.id);
  else if (m.type === 'scan') queue = queue.then(() => scan(m.id, m.units, m.settings));
  else if (m.type === 'crash-for-test' && testHooks) {
    setImmediate(() => {
      throw new Error('names worker crash requested by a test');
    });
  }
});
