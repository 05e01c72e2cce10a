import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { cutUnits, readUnits, type CutUnit } from './read-units';
import type { Format } from './file-types';

const FORMATS: Format[] = ['jsonl', 'csv', 'tsv', 'text', 'markdown', 'json'];
const piece = fc.constantFrom('a', 'b c', ',', '\t', '"', '""', '\n', '\r\n', ' ', '\n\n', '\n \t\n', 'é', '🙂', '\r');

/** Units and the gaps between them, in order, give back the text (without its BOM). */
function rebuilt(us: CutUnit[], rest: string): string {
  return us.map((u) => u.before + u.text).join('') + rest;
}

async function streamed(text: string, format: Format, chunk: number): Promise<{ units: CutUnit[]; rest: string }> {
  const bytes = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  const units: CutUnit[] = [];
  let rest = '';
  for await (const b of readUnits(Readable.from(parts), format)) {
    units.push(...b.units);
    if (b.rest !== undefined) rest = b.rest;
  }
  return { units, rest };
}

test('read units: a file read in pieces of any size gives the units of the text in memory, and units with their gaps give the text back', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...FORMATS.filter((f) => f !== 'json')), fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), fc.integer({ min: 1, max: 7 }), async (format, text, chunk) => {
      const inMemory = [...cutUnits(text, format)];
      const { units, rest } = await streamed(text, format, chunk);
      assert.deepEqual(units, inMemory);
      assert.equal(rebuilt(units, rest), text);
      for (const u of units) assert.equal(text.slice(u.start, u.start + u.text.length), u.text);
    }),
    { numRuns: 1500 },
  );
});

test('read units: CSV rows hold quoted line breaks; a quote inside an unquoted cell is text; blank lines between rows are gaps', () => {
  const csv = 'id,note\r\n1,"two\r\nlines, ""quoted"""\r\n\r\n2,5"2 tall\r\n3,end';
  const rows = [...cutUnits(csv, 'csv')];
  assert.deepEqual(rows.map((r) => [r.index, r.line, r.text]), [[0, 0, 'id,note'], [1, 1, '1,"two\r\nlines, ""quoted"""'], [2, 4, '2,5"2 tall'], [3, 5, '3,end']]);
  assert.equal(rows[2].before, '\r\n\r\n');
});

test('read units: paragraphs are split at blank lines; JSONL lines keep their line numbers; a BOM is not part of any unit', () => {
  const text = '\uFEFFDear team,\nwrite soon\n  \n\nbye';
  assert.deepEqual([...cutUnits(text, 'text')].map((u) => [u.start, u.line, u.text]), [[1, 0, 'Dear team,\nwrite soon'], [27, 4, 'bye']]);
  assert.deepEqual([...cutUnits('{"a":1}\n\n{"b":2}\n', 'jsonl')].map((u) => [u.line, u.index, u.text]), [[0, 0, '{"a":1}'], [2, 2, '{"b":2}']]);
  assert.deepEqual([...cutUnits('{\n "a": 1\n}\n', 'json')].map((u) => u.text), ['{\n "a": 1\n}\n']);
});
