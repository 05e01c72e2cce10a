import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { LineDocument } from '../engine/lines';
import { applyChanges } from './documents';

const chunk = fc.constantFrom('{"a":"ann@mail.com"}', '\n', '\r\n', '\r', 'x', '"', 'é😀');
const textArb = fc.array(chunk, { maxLength: 20 }).map((a) => a.join(''));
const positionArb = fc.record({ line: fc.integer({ min: -2, max: 12 }), character: fc.integer({ min: -3, max: 60 }) });
const changeArb: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ range: fc.record({ start: positionArb, end: positionArb }), text: textArb }) },
  { weight: 1, arbitrary: fc.record({ text: textArb }) },
);

/** What the text becomes, as a TextDocument with a correct line table reads the change. */
function expectedText(text: string, change: TextDocumentContentChangeEvent): string {
  return TextDocument.update(TextDocument.create('file:///e.jsonl', 'jsonl', 1, text), [change], 2).getText();
}

test('documents: changes with reversed and out-of-range ranges keep TextDocument and the line model equal to a rebuild', () => {
  fc.assert(
    fc.property(textArb, fc.array(fc.array(changeArb, { minLength: 1, maxLength: 3 }), { maxLength: 5 }), (initial, batches) => {
      const doc = TextDocument.create('file:///a.jsonl', 'jsonl', 1, initial);
      let lines: LineDocument | undefined = new LineDocument(initial);
      let want = initial;
      for (const [i, changes] of batches.entries()) {
        for (const c of changes) want = expectedText(want, c);
        lines = applyChanges(doc, changes, i + 2, lines);
        const text = doc.getText();
        assert.equal(text, want);
        assert.equal(doc.version, i + 2);
        const rebuilt = TextDocument.create('file:///b.jsonl', 'jsonl', 1, text);
        assert.equal(doc.lineCount, rebuilt.lineCount);
        for (let o = 0; o <= text.length; o++) assert.deepEqual(doc.positionAt(o), rebuilt.positionAt(o));
        assert.ok(lines, 'the line model stays');
        assert.equal(lines.getText(), text);
        assert.equal(lines.lineCount, rebuilt.lineCount);
        for (let l = 0; l < rebuilt.lineCount; l++) assert.equal(lines.lineText(l), rebuilt.getText({ start: { line: l, character: 0 }, end: { line: l, character: 1e9 } }));
      }
    }),
    { numRuns: 500, seed: 13 },
  );
});
