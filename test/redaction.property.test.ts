// Property: for random JSONL records with injected PII, redaction keeps every line valid JSON,
// a rescan finds none of the redacted kinds, and every byte outside the redacted spans is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanText } from '../server/src/engine/index';
import { applyEdits, redactionEdits } from '../server/src/engine/redact';
import type { RedactionStyle } from '../server/src/engine/settings';

const PII = [
  'ann.lee@mail.com',
  'jörg.müller@beispiel.de',
  '+44 20 7946 0958',
  '4111 1111 1111 1111',
  'GB82 WEST 1234 5698 7654 32',
  '203.0.113.195',
  '2001:db8:85a3::8a2e:370:7334',
  '536-90-4399',
  'hf_abcdefghijklmnopqrstuvwxyzABCDEFGH',
  'AKIAIOSFODNN7EXAMPLE',
];

const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '"', '\\', '\n', '\t', 'é', '😀', '\u0001', '/', ':', '1', '@', '.'), maxLength: 30 });
const value = fc.tuple(text, fc.constantFrom(...PII), text).map(([a, p, b]) => `${a} ${p} ${b}`);
const record = fc.dictionary(fc.constantFrom('text', 'content', 'q', 'name', 'note', 'phone'), fc.oneof(value, text, fc.integer(), fc.array(value, { maxLength: 3 })), {
  minKeys: 1,
  maxKeys: 4,
});
const dataset = fc.tuple(fc.array(record, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([records, eol, invalid]) => {
  const lines = records.map((r) => JSON.stringify(r));
  if (invalid) lines.splice(1, 0, '{"broken": "ann.lee@mail.com');
  return lines.join(eol) + eol;
});

for (const style of ['placeholder', 'pseudonym', 'mask', 'partial'] as RedactionStyle[]) {
  test(`property: ${style} redaction keeps JSONL valid, leaves nothing found, changes nothing else`, () => {
    fc.assert(
      fc.property(dataset, (src) => {
        const { findings } = scanText(src, 'jsonl');
        const injected = src.split(' ann.lee@mail.com ').length - 1;
        const found = findings.filter((f) => src.slice(f.start, f.end) === 'ann.lee@mail.com').length;
        assert.ok(found >= injected, 'every injected email address is found');
        const edits = redactionEdits(src, findings, findings, style);
        const out = applyEdits(src, edits);
        const before = src.split(/\r?\n/);
        const after = out.split(/\r?\n/);
        assert.equal(after.length, before.length);
        before.forEach((line, i) => {
          let ok = true;
          try {
            JSON.parse(line);
          } catch {
            ok = false;
          }
          if (ok && line) JSON.parse(after[i]);
        });
        // Outside the edits, byte for byte the same.
        let at = 0;
        let shift = 0;
        for (const e of [...edits].sort((a, b) => a.start - b.start)) {
          assert.equal(out.slice(at + shift, e.start + shift), src.slice(at, e.start));
          shift += e.newText.length - (e.end - e.start);
          at = e.end;
        }
        assert.equal(out.slice(at + shift), src.slice(at));
        if (style !== 'partial' && style !== 'mask') {
          const kinds = new Set(findings.map((f) => f.entity));
          const again = scanText(out, 'jsonl').findings.filter((f) => kinds.has(f.entity));
          assert.deepEqual(again.map((f) => f.rule), []);
        }
      }),
      { numRuns: 150, seed: 20261126 },
    );
  });
}
