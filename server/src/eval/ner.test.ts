import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Doc, capitalisedPersons, handlesFlagged, nerReport, reliability } from './ner';

const doc = (text: string, gold: Doc['gold'], predicted: Doc['predicted']): Doc => ({ text, gold, predicted });

test('ner eval: capitalised names apart from @handles and lower-case names; handles counted separately', () => {
  const text = '@ bob_smith met Alice and carol';
  const docs = [doc(text, [{ start: 2, end: 11, label: 'PERSON' }, { start: 16, end: 21, label: 'PERSON' }, { start: 26, end: 31, label: 'PERSON' }], [
    { start: 2, end: 11, label: 'PERSON', confidence: 0.9 },
    { start: 16, end: 21, label: 'PERSON', confidence: 0.4 },
  ])];
  const row = capitalisedPersons(docs, 0.5);
  assert.deepEqual([row.tp, row.fp, row.fn], [0, 0, 1]);
  assert.deepEqual(capitalisedPersons(docs, 0.3).tp, 1);
  assert.deepEqual(handlesFlagged(docs, 0.5), { handles: 1, flagged: 1 });
});

test('ner eval: reliability buckets count findings and the share that match', () => {
  const docs = [doc('Anna in Oslo', [{ start: 0, end: 4, label: 'PERSON' }], [
    { start: 0, end: 4, label: 'PERSON', confidence: 0.85 },
    { start: 8, end: 12, label: 'PERSON', confidence: 0.82 },
    { start: 8, end: 12, label: 'LOCATION', confidence: 0.55 },
  ])];
  const rows = reliability(docs).filter((r) => r.n);
  assert.deepEqual(rows.map((r) => [r.from, r.n, r.correct]), [[0.5, 1, 0], [0.8, 2, 1]]);
});

test('ner eval: the report runs the engine on each -dev file present and says plainly whether targets are met', () => {
  const dir = mkdtempSync(join(tmpdir(), 'datasan-ner-'));
  const lines = [
    { id: '1', text: 'My name is Ingrid Svensson and I live in Uppsala.', spans: [{ start: 11, end: 26, label: 'PERSON' }, { start: 41, end: 48, label: 'LOCATION' }] },
    { id: '2', text: 'The meeting is on Monday.', spans: [] },
  ];
  writeFileSync(join(dir, 'uner-ewt-dev.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
  const out = nerReport(dir, [{ name: 'rules alone', opts: { useCompromise: false, tagger: 'rules' } }, { name: 'shipped', opts: { useCompromise: false } }]);
  assert.match(out, /## uner-ewt-dev\.jsonl: 2 sentences/);
  assert.match(out, /PERSON\s+1\.000\s+1\.000\s+1\.000/);
  assert.match(out, /uner-ewt-dev\.jsonl: PERSON F1 1\.000 ≥ 0\.85: met ✔/);
  assert.match(out, /btc-dev\.jsonl: not found/);
  assert.doesNotMatch(out, /NOT met/);
});
