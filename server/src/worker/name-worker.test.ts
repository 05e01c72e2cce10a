import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { NameWorker, NameWorkerError, CRASH_MESSAGE } from './name-worker';
import { DEFAULT_SETTINGS } from '../engine/settings';
import { THROW_FOR_TEST } from './protocol';

const entry = join(__dirname, 'dev-entry.mjs');
const make = () => new NameWorker({ entry, testHooks: true });

test('names worker: finds names off the main thread and keys results by unit', async () => {
  const w = make();
  try {
    const res = await w.scan(
      [
        { key: 'a', text: 'My name is Zofia Nowicka and I live in Gdańsk.' },
        { key: 'b', text: 'Nothing personal here.' },
      ],
      DEFAULT_SETTINGS,
    );
    assert.deepEqual(res.map((r) => r.key), ['a', 'b']);
    const persons = res[0].hits.filter((h) => h.entity === 'PERSON' && h.score >= 0.5);
    assert.deepEqual(persons.map((h) => [h.start, h.end]), [[11, 24]]);
    assert.ok(res[0].hits.some((h) => h.entity === 'LOCATION' && h.score >= 0.5));
    assert.deepEqual(res[1].hits.filter((h) => h.score >= 0.5), []);
  } finally {
    await w.dispose();
  }
});

test('names worker: a newer scan of the same document cancels the older one', async () => {
  const w = make();
  try {
    const big = Array.from({ length: 3000 }, (_, i) => ({ key: String(i), text: `Line ${i}: ask Dr. Amara Okafor about flat ${i}.` }));
    const first = w.scan(big, DEFAULT_SETTINGS, 'file:///a.jsonl');
    const second = w.scan([{ key: 'x', text: 'Thanks, Ingrid Solberg!' }], DEFAULT_SETTINGS, 'file:///a.jsonl');
    await assert.rejects(first, (e: unknown) => e instanceof NameWorkerError && e.kind === 'cancelled');
    const res = await second;
    assert.ok(res[0].hits.some((h) => h.entity === 'PERSON'));
  } finally {
    await w.dispose();
  }
});

test('names worker: results are cached per text content', async () => {
  const w = make();
  try {
    await w.scan([{ key: '1', text: 'Dear Hannelore Krüger,' }], DEFAULT_SETTINGS);
    assert.equal(w.lastScan.computed, 1);
    const res = await w.scan(
      [
        { key: '2', text: 'Dear Hannelore Krüger,' },
        { key: '3', text: 'Dear Hannelore Krüger,', field: 'greeting' },
      ],
      DEFAULT_SETTINGS,
    );
    // The same text is served from the cache; under another field (its context words differ) it is not.
    assert.equal(w.lastScan.computed, 1);
    assert.deepEqual(res.map((r) => r.key), ['2', '3']);
    assert.ok(res[0].hits.some((h) => h.entity === 'PERSON'));
  } finally {
    await w.dispose();
  }
});

test('names worker: a large scan goes in batches, and results come back to their units', async () => {
  const w = new NameWorker({ entry, testHooks: true, batchChars: 500 });
  try {
    const units = Array.from({ length: 300 }, (_, i) => ({ key: `k${i}`, text: i % 3 === 0 ? `Please call Ingrid Solberg about order ${i}.` : `Order ${i} shipped on time.` }));
    const res = await w.scan(units, DEFAULT_SETTINGS, 'file:///big.jsonl');
    assert.ok(w.lastScan.batches > 10, `batches: ${w.lastScan.batches}`);
    assert.equal(w.lastScan.computed, 300);
    assert.deepEqual(res.map((r) => r.key), units.map((u) => u.key));
    for (const [i, r] of res.entries()) {
      const persons = r.hits.filter((h) => h.entity === 'PERSON' && h.score >= 0.5);
      assert.equal(persons.length, i % 3 === 0 ? 1 : 0, units[i].text);
      if (persons.length) assert.equal(units[i].text.slice(persons[0].start, persons[0].end), 'Ingrid Solberg');
    }
    // A rescan after an edit of one unit computes only that one.
    units[7] = { key: 'k7', text: 'Order 7 was sent to Ingrid Solberg.' };
    const again = await w.scan(units, DEFAULT_SETTINGS, 'file:///big.jsonl');
    assert.equal(w.lastScan.computed, 1);
    assert.ok(again[7].hits.some((h) => h.entity === 'PERSON'));
  } finally {
    await w.dispose();
  }
});

test('names worker: a newer scan stops an older one between batches', async () => {
  const w = new NameWorker({ entry, testHooks: true, batchChars: 2000 });
  try {
    const big = Array.from({ length: 2000 }, (_, i) => ({ key: String(i), text: `Line ${i}: ask Dr. Amara Okafor about flat ${i}.` }));
    const first = w.scan(big, DEFAULT_SETTINGS, 'file:///b.jsonl');
    await new Promise((r) => setTimeout(r, 50));
    const second = w.scan([{ key: 'x', text: 'Thanks, Ingrid Solberg!' }], DEFAULT_SETTINGS, 'file:///b.jsonl');
    await assert.rejects(first, (e: unknown) => e instanceof NameWorkerError && e.kind === 'cancelled');
    const res = await second;
    assert.ok(res[0].hits.some((h) => h.entity === 'PERSON'));
    assert.equal(w.lastScan.units, 1);
  } finally {
    await w.dispose();
  }
});

test('names worker: a crash rejects with a message to show, and the next scan restarts the worker', async () => {
  const w = make();
  try {
    const pending = w.scan(
      Array.from({ length: 2000 }, (_, i) => ({ key: String(i), text: `Row ${i} from Mateus Araújo in Porto.` })),
      DEFAULT_SETTINGS,
    );
    w.crashForTest();
    await assert.rejects(pending, (e: unknown) => e instanceof NameWorkerError && e.kind === 'crashed' && e.message === CRASH_MESSAGE);
    assert.equal(w.starts, 1);
    const res = await w.scan([{ key: 'after', text: 'Signed, Leilani Kahale' }], DEFAULT_SETTINGS);
    assert.equal(w.starts, 2);
    assert.ok(res[0].hits.some((h) => h.entity === 'PERSON' && h.score >= 0.5));
  } finally {
    await w.dispose();
  }
});

test('names worker: a document with more texts than the cache holds still gets every result', async () => {
  const w = new NameWorker({ entry, testHooks: true, cacheSize: 5 });
  try {
    const units = Array.from({ length: 40 }, (_, i) => ({ key: String(i), text: `Ticket ${i}: please call Ingrid Solberg.` }));
    const res = await w.scan(units, DEFAULT_SETTINGS);
    assert.equal(res.filter((r) => r.hits.some((h) => h.entity === 'PERSON' && h.score >= 0.5)).length, 40);
  } finally {
    await w.dispose();
  }
});

test('names worker: a stream of units is pulled batch by batch and its results come back in order', async () => {
  const w = new NameWorker({ entry, testHooks: true, batchChars: 150 });
  try {
    let pulled = 0;
    function* units() {
      for (let i = 0; i < 60; i++) {
        pulled++;
        yield { key: `u${i}`, text: i % 4 === 0 ? `Ask Ingrid Solberg about item ${i}.` : `Item ${i} is fine.` };
      }
    }
    const batches: string[][] = [];
    const pulledAtBatch: number[] = [];
    const persons: string[] = [];
    await w.scanStream(units(), DEFAULT_SETTINGS, 'file:///stream.jsonl', (results) => {
      batches.push(results.map((r) => r.key));
      pulledAtBatch.push(pulled);
      for (const r of results) if (r.hits.some((h) => h.entity === 'PERSON' && h.score >= 0.5)) persons.push(r.key);
    });
    assert.deepEqual(batches.flat(), Array.from({ length: 60 }, (_, i) => `u${i}`));
    assert.ok(batches.length >= 6, `batches: ${batches.length}`);
    // Units are taken from the source only as batches are sent, not all up front.
    assert.ok(pulledAtBatch[0] < 60, `pulled ${pulledAtBatch[0]} before the first results`);
    assert.deepEqual(persons, Array.from({ length: 15 }, (_, i) => `u${i * 4}`));
  } finally {
    await w.dispose();
  }
});

test('names worker: long texts are read in pieces as the engine reads them, with the same findings', async () => {
  const { createScanner } = await import('../engine/index');
  const { activeDetectors } = await import('../engine/detectors/active');
  const w = make();
  try {
    const text = 'Some filler words here. '.repeat(150) + 'My name is Zofia Nowicka and I live in Gdańsk. ' + 'x'.repeat(3000) + ' Dear Hannelore Krüger,';
    const [res] = await w.scan([{ key: 'long', text }], DEFAULT_SETTINGS);
    const ours = res.hits.filter((h) => h.score >= DEFAULT_SETTINGS.minConfidence).map((h) => `${h.rule} ${text.slice(h.start, h.end)}`);
    const engine = createScanner(DEFAULT_SETTINGS, { detectors: activeDetectors(DEFAULT_SETTINGS).filter((d) => d.tags.includes('free-text')) })
      .scan(text, 'text')
      .findings.map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);
    assert.ok(ours.includes('pii/person Zofia Nowicka') && ours.includes('pii/person Hannelore Krüger'), ours.join(', '));
    assert.deepEqual([...ours].sort(), [...engine].sort());
  } finally {
    await w.dispose();
  }
});

test('names worker: a detector that throws on one unit loses only its hits there; the batch and the other units are scanned', async () => {
  const w = make();
  try {
    const res = await w.scan(
      [
        { key: 'a', text: 'My name is Zofia Nowicka.' },
        { key: 'b', text: `Ask Amara Okafor ${THROW_FOR_TEST}` },
        { key: 'c', text: 'Thanks, Ingrid Solberg!' },
      ],
      DEFAULT_SETTINGS,
    );
    assert.deepEqual(res.map((r) => [r.key, r.failed]), [['a', undefined], ['b', ['Fragile kind']], ['c', undefined]]);
    for (const r of res) assert.ok(r.hits.some((h) => h.entity === 'PERSON'), `${r.key}: the other detectors' names`);
  } finally {
    await w.dispose();
  }
});
