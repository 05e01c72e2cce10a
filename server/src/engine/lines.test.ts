import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineDocument } from './lines';
import { createScanner } from './index';

function offsetAt(text: string, p: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < p.line) {
    i = text.indexOf('\n', i) + 1;
    line++;
  }
  return i + p.character;
}

function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

const chunk = fc.constantFrom('{"a":"x"}', 'ann@mail.com', '\n', '\r\n', ' ', '"', 'bob@mail.org"}', '{"t":"');
const textArb = fc.array(chunk, { maxLength: 30 }).map((a) => a.join(''));

test('lines: random edits keep the line model equal to the text, and its scan equal to a full scan', async () => {
  const scanner = createScanner();
  await fc.assert(
    fc.asyncProperty(textArb, fc.array(fc.tuple(fc.nat(), fc.nat(), textArb), { maxLength: 6 }), async (initial, edits) => {
      let text = initial;
      const doc = new LineDocument(text);
      await doc.scan(scanner);
      for (const [a, b, insert] of edits) {
        const s = a % (text.length + 1);
        const e = s + (b % (text.length - s + 1));
        doc.edit(positionOf(text, s), positionOf(text, e), insert);
        text = text.slice(0, s) + insert + text.slice(e);
        assert.equal(doc.getText(), text);
        const got = (await doc.scan(scanner))!;
        const want = scanner.scan(text, 'jsonl');
        assert.deepEqual(got.findings.map((f) => [f.start, f.end, f.rule]), want.findings.map((f) => [f.start, f.end, f.rule]));
        assert.deepEqual(got.notices.map((f) => f.start), want.notices.map((f) => f.start));
        for (const f of got.findings) {
          assert.equal(offsetAt(text, f.range.start), f.start);
          assert.equal(offsetAt(text, f.range.end), f.end);
        }
      }
    }),
    { numRuns: 300, seed: 7 },
  );
});
