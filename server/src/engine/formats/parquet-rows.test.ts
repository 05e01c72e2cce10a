import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyToRow, cellAt, columnPath, renderRow, rowText, valueOffset } from './parquet-rows';

test('parquet rows: a row renders as one-line JSON with the place and column path of every string', () => {
  const row = { id: 12n, score: 0.5, nan: NaN, when: new Date(0), blob: new Uint8Array([1]), ok: true, text: 'a "quoted"\nline', messages: [{ role: 'user', content: 'hi' }, null], 'first name': 'Ann' };
  const r = renderRow(row);
  assert.equal(r.text, '{"id":12,"score":0.5,"nan":null,"when":null,"blob":null,"ok":true,"text":"a \\"quoted\\"\\nline","messages":[{"role":"user","content":"hi"},null],"first name":"Ann"}');
  assert.doesNotThrow(() => JSON.parse(r.text));
  assert.deepEqual(r.cells.map((c) => columnPath(c.path)), ['text', 'messages[0].role', 'messages[0].content', '["first name"]']);
  for (const c of r.cells) assert.equal(r.text[c.start] + r.text[c.end - 1], '""');
  assert.equal(cellAt(r.cells, r.cells[2].start + 1), r.cells[2]);
  assert.equal(cellAt(r.cells, 3), undefined);
});

test('parquet rows: offsets in a literal become offsets in the value (an escape is one character)', () => {
  const r = renderRow({ t: 'x\ny@mail.org' });
  const cell = r.cells[0];
  const at = r.text.indexOf('y@');
  assert.equal(valueOffset(r.text, cell, at), 2);
  assert.equal(valueOffset(r.text, cell, cell.end - 1), 'x\ny@mail.org'.length);
});

test('parquet rows: edits change only the string values they fall in; other values keep their type', () => {
  const row: Record<string, unknown> = { id: 9_007_199_254_740_993n, messages: [{ role: 'user', content: 'mail "a@b.io" now' }], text: 'keep' };
  const r = renderRow(row);
  const start = r.text.indexOf('a@b.io');
  assert.equal(applyToRow(row, r, [{ start, end: start + 6, newText: '[EMAIL_ADDRESS]' }]), 1);
  assert.deepEqual(row, { id: 9_007_199_254_740_993n, messages: [{ role: 'user', content: 'mail "[EMAIL_ADDRESS]" now' }], text: 'keep' });
});

test('parquet rows: without bigint or binary, JSON.stringify writes the text renderRow places strings in', () => {
  const row = { id: 'a', n: -0, x: NaN, gone: undefined, list: [undefined, null, 1.5e-7, 'é\u2028\ud800'], nested: { k: 'v', u: undefined } };
  assert.equal(rowText(row, true), renderRow(row).text);
  assert.equal(rowText(row, false), renderRow(row).text);
});
