import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readLineBatches, readLines } from './read-lines';

const dir = () => mkdtempSync(join(tmpdir(), 'datasan-rl-'));

async function lines(path: string, hwm?: number) {
  const out: [string, number][] = [];
  let bom: boolean | undefined;
  for await (const b of readLineBatches(path, { onBom: (x) => (bom = x), highWaterMark: hwm })) b.lines.forEach((l, i) => out.push([l, b.eols[i]]));
  return { out, bom };
}

test('readLineBatches: CRLF and LF per line, the BOM reported and removed, no final break', async () => {
  const d = dir();
  writeFileSync(join(d, 'a'), '\uFEFFone\r\ntwo\nthree\r\n\r\nfour');
  const r = await lines(join(d, 'a'));
  assert.equal(r.bom, true);
  assert.deepEqual(r.out, [['one', 2], ['two', 1], ['three', 2], ['', 2], ['four', 0]]);
  writeFileSync(join(d, 'b'), 'x\n');
  assert.deepEqual(await lines(join(d, 'b')), { out: [['x', 1]], bom: false });
  writeFileSync(join(d, 'empty'), '');
  assert.deepEqual(await lines(join(d, 'empty')), { out: [], bom: false });
});

test('readLineBatches: characters split across chunks decode whole; invalid UTF-8 and binary throw, naming the line', async () => {
  const d = dir();
  const text = 'café ünïcödé 😀 '.repeat(50) + '\n' + '€'.repeat(33) + '\n';
  writeFileSync(join(d, 'u'), text);
  const r = await lines(join(d, 'u'), 7);
  assert.deepEqual(r.out.map((x) => x[0]), text.split('\n').slice(0, 2));
  writeFileSync(join(d, 'bad'), Buffer.from([0x61, 0x0a, 0x62, 0xff, 0x0a]));
  await assert.rejects(lines(join(d, 'bad')), /not valid UTF-8 \(line 2\), not scanned/);
  writeFileSync(join(d, 'cut'), Buffer.from([0x61, 0x0a, 0x62, 0xe2, 0x82])); // a character cut off at the end
  await assert.rejects(lines(join(d, 'cut')), /not valid UTF-8 \(line 2\)/);
  writeFileSync(join(d, 'surrogate'), Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x0a])); // an encoded surrogate is not UTF-8
  await assert.rejects(lines(join(d, 'surrogate')), /not valid UTF-8 \(line 1\)/);
  writeFileSync(join(d, 'bin'), Buffer.from([0x61, 0, 0x62]));
  await assert.rejects(
    (async () => {
      for await (const _ of readLineBatches(join(d, 'bin'), { verb: 'redacted' }));
    })(),
    /binary file, not redacted/,
  );
});

test('readLineBatches: any text in any chunk size reads back as its lines (long lines, CR and LF split across chunks)', async () => {
  const d = dir();
  const piece = fc.constantFrom('a', 'é', '😀', '\n', '\r\n', '\r', ' ', '{"k":"v"}', 'x'.repeat(40));
  await fc.assert(
    fc.asyncProperty(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 64 }), async (pieces, hwm) => {
      const text = pieces.join('');
      const path = join(d, 'p');
      writeFileSync(path, text);
      const want: [string, number][] = [];
      const parts = text.split('\n');
      parts.forEach((p, i) => {
        const last = i === parts.length - 1;
        if (last && p === '') return;
        const cr = !last && p.endsWith('\r') ? 1 : 0;
        want.push([cr ? p.slice(0, -1) : p, last ? 0 : 1 + cr]);
      });
      assert.deepEqual((await lines(path, hwm)).out, want);
    }),
    { numRuns: 200, seed: 11 },
  );
});

test('readLines: each line with its offset in the decoded text (BOM removed) and its number', async () => {
  const d = dir();
  writeFileSync(join(d, 'a'), '\uFEFFone\r\nzwei\n\ndrei');
  const got = [];
  for await (const l of readLines(join(d, 'a'), { highWaterMark: 3 })) got.push(l);
  assert.deepEqual(got, [
    { text: 'one', offset: 0, line: 0, eol: 2 },
    { text: 'zwei', offset: 5, line: 1, eol: 1 },
    { text: '', offset: 10, line: 2, eol: 1 },
    { text: 'drei', offset: 11, line: 3, eol: 0 },
  ]);
});

test('readLineBatches: UTF-16 LE and BE with a BOM are read as their text, in chunks that split characters; redact refuses them', async () => {
  const d = dir();
  const text = '{"name":"Zoë Ångström","mail":"zoe@mail.se"}\r\n{"emoji":"🙂 ok"}\nlast';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  writeFileSync(join(d, 'le.jsonl'), le);
  writeFileSync(join(d, 'be.jsonl'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
  const expected = [['{"name":"Zoë Ångström","mail":"zoe@mail.se"}', 2], ['{"emoji":"🙂 ok"}', 1], ['last', 0]];
  for (const f of ['le.jsonl', 'be.jsonl']) {
    for (const hwm of [undefined, 7]) assert.deepEqual((await lines(join(d, f), hwm)).out, expected, `${f} in chunks of ${hwm ?? 'default'}`);
  }
  await assert.rejects(async () => {
    for await (const _ of readLineBatches(join(d, 'le.jsonl'), { verb: 'redacted' })) void _;
  }, /UTF-16LE text; convert it to UTF-8 first .*, not redacted/);
});
