// Worker-thread entry (bundled separately as dist/worker.js): runs the names detectors off the main thread.
// Results are cached here per text content, so that a rescan after an edit recomputes only changed texts;
// the cache is keyed by a 64-bit hash of the text, so that it holds no copy of the document.
import { parentPort, workerData } from 'node:worker_threads';
import { nameDetectors } from '../engine/detectors/names/index';
import { chunked } from '../engine/detectors/active';
import { Scanner } from '../engine/scan';
import { DEFAULT_SETTINGS } from '../engine/settings';
import type { FoundUnit, FromWorker, NameHit, NameSettings, ToWorker, WorkUnit } from './protocol';
import { contentKey } from './content-key';
import { fragileDetector } from '../testing/detectors';
import { THROW_FOR_TEST } from './protocol';

const BATCH = 64;
const options = (workerData ?? {}) as { testHooks?: boolean; cacheSize?: number };
const testHooks = !!options.testHooks;
// JSONL lines keep their own names hits on the server, so this cache serves the other formats (Markdown,
// text, CSV), whose every scan sends all their texts: a few thousand texts is a large card or table.
const CACHE_SIZE = options.cacheSize ?? 5_000;
const cancelled = new Set<number>();
const cache = new Map<string, NameHit[]>();
let scanner: { key: string; scanner: Scanner } | undefined;

/**
 * The engine's scanner over the names detectors: the worker finds names exactly as a scan on one thread
 * does. Every candidate comes back (no confidence floor): the server applies its settings when it collects.
 */
function scannerFor(settings: NameSettings): Scanner {
  const key = JSON.stringify(settings.names);
  if (!scanner || scanner.key !== key) {
    // Tests stand a detector bug in with a detector that throws on THROW_FOR_TEST.
    const detectors = [...nameDetectors(settings), ...(testHooks ? [fragileDetector(THROW_FOR_TEST)] : [])].map(chunked);
    scanner = { key, scanner: new Scanner({ ...DEFAULT_SETTINGS, names: settings.names, minConfidence: 0 }, { detectors }) };
    cache.clear();
  }
  return scanner.scanner;
}

function scanUnit(s: Scanner, unit: WorkUnit): { hits: NameHit[]; failed?: string[] } {
  const r = s.detectText(unit.text, unit.field);
  // Only what the server needs: no detector object, and never the matched text.
  const hits = r.hits.map((h): NameHit => ({ rule: h.rule, entity: h.entity, label: h.label, start: h.start, end: h.end, score: h.score, reasons: h.reasons }));
  return r.failed ? { hits, failed: r.failed } : { hits };
}

const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));

async function scan(id: number, units: WorkUnit[], settings: NameSettings): Promise<void> {
  const post = (m: FromWorker) => parentPort!.postMessage(m);
  if (cancelled.delete(id)) return post({ type: 'cancelled', id });
  try {
    const list = scannerFor(settings);
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
