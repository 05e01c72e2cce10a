import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detokenize, lowerCased } from './augment';

const spanText = (r: { text: string; spans: { start: number; end: number }[] }) => r.spans.map((s) => r.text.slice(s.start, s.end));

test('detokenize: token-joined text is written as people write it, and the spans follow their words', () => {
  const text = 'Saw Anna Lee \'s band in Tampa , Florida ( again ) !';
  const rec = { id: 'x', text, spans: [{ start: 4, end: 12, label: 'PERSON' }, { start: 24, end: 29, label: 'LOCATION' }, { start: 32, end: 39, label: 'LOCATION' }] };
  const d = detokenize(rec);
  assert.equal(d.text, "Saw Anna Lee's band in Tampa, Florida (again)!");
  assert.deepEqual(spanText(d), ['Anna Lee', 'Tampa', 'Florida']);
  assert.deepEqual(d.spans.map((s) => s.label), ['PERSON', 'LOCATION', 'LOCATION']);
});

test('lowerCased: a lower-case copy keeps its spans; nothing to lower gives no copy', () => {
  const l = lowerCased({ id: 'x', text: 'Off to Lyon', spans: [{ start: 7, end: 11, label: 'LOCATION' }] });
  assert.deepEqual(l && spanText(l), ['lyon']);
  assert.equal(lowerCased({ id: 'y', text: 'all lower', spans: [] }), undefined);
});
