import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineDocument, type Position } from './lines';
import { createScanner } from './index';

const chunk = fc.constantFrom('{"a":"x"}', 'ann@mail.com', '\n', '\r\n', '\r', ' ', '"', 'bob@mail.org"}', '{"t":"', 'é😀');
const textArb = fc.array(chunk, { maxLength: 30 }).map((a) => a.join(''));

/** A position in the text, or one a careless client sends: a line or character out of range, or negative. */
type PositionPick = { at: number } | Position;
const positionArb: fc.Arbitrary<PositionPick> = fc.oneof(
  fc.record({ at: fc.nat() }),
  fc.record({ line: fc.integer({ min: -2, max: 14 }), character: fc.integer({ min: -3, max: 80 }) }),
);
const editsArb = fc.array(fc.tuple(positionArb, positionArb, textArb), { minLength: 1, maxLength: 6 });

function position(doc: TextDocument, p: PositionPick): Position {
  return 'at' in p ? doc.positionAt(p.at % (doc.getText().length + 1)) : p;
}

/**
 * The line model must be the one built afresh from the document's text, line for line, as a TextDocument
 * built afresh counts lines (the updated one's line table goes wrong on out-of-range lines; its text does not).
 */
function assertSameLines(lines: LineDocument, text: string): void {
  const doc = TextDocument.create('file:///rebuilt.jsonl', 'jsonl', 1, text);
  const rebuilt = new LineDocument(text);
  assert.equal(lines.getText(), text);
  assert.equal(lines.lineCount, doc.lineCount);
  assert.equal(lines.lineCount, rebuilt.lineCount);
  for (let i = 0; i < doc.lineCount; i++) {
    assert.equal(lines.lineText(i), rebuilt.lineText(i));
    assert.equal(lines.lineText(i), doc.getText({ start: { line: i, character: 0 }, end: { line: i, character: Number.MAX_SAFE_INTEGER } }));
  }
}

test('lines: random edits, reversed and out of range ones too, keep the line model equal to TextDocument', async () => {
  const scanner = createScanner();
  await fc.assert(
    fc.asyncProperty(textArb, editsArb, async (initial, edits) => {
      let doc = TextDocument.create('file:///a.jsonl', 'jsonl', 1, initial);
      const lines = new LineDocument(initial);
      await lines.scan(scanner);
      for (const [a, b, text] of edits) {
        const range = { start: position(doc, a), end: position(doc, b) };
        lines.edit(range.start, range.end, text);
        TextDocument.update(doc, [{ range, text }], doc.version + 1);
        assertSameLines(lines, doc.getText());
        // Made afresh: an update with an out-of-range line leaves a wrong line table (see documents.test.ts).
        const fresh = (doc = TextDocument.create('file:///a.jsonl', 'jsonl', doc.version, doc.getText()));
        // Findings are those of a full scan (a lone \r, a line break for TextDocument, ends a record here
        // too: replaced by \n it leaves every offset where it was), at the positions TextDocument gives.
        const got = (await lines.scan(scanner))!;
        const want = scanner.scan(doc.getText().replace(/\r(?!\n)/g, '\n'), 'jsonl');
        assert.deepEqual(got.findings.map((f) => [f.start, f.end, f.rule]), want.findings.map((f) => [f.start, f.end, f.rule]));
        assert.deepEqual(got.notices.map((f) => f.start), want.notices.map((f) => f.start));
        for (const f of got.findings) assert.deepEqual(f.range, { start: fresh.positionAt(f.start), end: fresh.positionAt(f.end) });
        // Capped, the first findings and notices, and the count of all of them.
        const capped = (await lines.scan(scanner, undefined, { maxFindings: 2 }))!;
        assert.deepEqual(capped.findings, got.findings.slice(0, 2));
        assert.deepEqual(capped.notices, got.notices.slice(0, 2));
        assert.equal(capped.total, got.findings.length);
      }
    }),
    { numRuns: 400, seed: 7 },
  );
});

test('lines: a reversed range and a character past the line end are clamped as TextDocument clamps them', () => {
  const text = '{"a":"ann@mail.com"}\r\n{"b":"x"}\n';
  const lines = new LineDocument(text);
  const doc = TextDocument.create('file:///a.jsonl', 'jsonl', 1, text);
  // A client counting UTF-8 bytes, selecting backwards to beyond the end of the first line, deletes the line.
  const range = { start: { line: 1, character: 0 }, end: { line: 0, character: 200 } };
  lines.edit(range.start, range.end, '');
  TextDocument.update(doc, [{ range, text: '' }], 2);
  assert.equal(doc.getText(), '{"a":"ann@mail.com"}{"b":"x"}\n');
  assertSameLines(lines, doc.getText());
});

test('lines: past maxFindings an edit counts lines from what they keep, and collects only the first findings', async () => {
  const scanner = createScanner();
  const text = Array.from({ length: 2000 }, (_, i) => `{"t":"write to user${i}@mail.com or user${i}b@mail.org"}`).join('\n');
  const lines = new LineDocument(text);
  const first = (await lines.scan(scanner, undefined, { maxFindings: 10 }))!;
  assert.equal(first.total, 4000);
  assert.equal(first.findings.length, 10);
  let collected = 0;
  const collect = scanner.collect.bind(scanner);
  scanner.collect = (...args) => {
    collected++;
    return collect(...args);
  };
  lines.edit({ line: 1500, character: 0 }, { line: 1500, character: 1000 }, '{"t":"now three: a@mail.com b@mail.com c@mail.com"}');
  const after = (await lines.scan(scanner, undefined, { maxFindings: 10 }))!;
  assert.equal(after.total, 4001);
  assert.deepEqual(after.findings, first.findings);
  // The 5 lines that hold the first 10 findings, and the edited line (its count is new).
  assert.equal(collected, 6);
});
