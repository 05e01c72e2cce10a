import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeString, jsonSegments } from './json';
import { rawOffset } from './segment';

const opts = { scanKeys: false, wantsNumber: (k: string) => k === 'phone' };

/** The raw source slice that decoded [start, end) of a segment maps back to. */
function rawSlice(src: string, seg: ReturnType<typeof decodeString>, start: number, end: number) {
  return src.slice(rawOffset(seg, start), rawOffset(seg, end));
}

test('json: string values with keys, numbers only under wanted keys', () => {
  const src = '{"name":"Ann","age":41,"phone":5551234567,"tags":["a","b"]}';
  const segs = jsonSegments(src, opts);
  assert.deepEqual(
    segs.map((s) => [s.text, s.key, s.container]),
    [
      ['Ann', 'name', 'json-string'],
      ['5551234567', 'phone', 'json-number'],
      ['a', 'tags', 'json-string'],
      ['b', 'tags', 'json-string'],
    ],
  );
  for (const s of segs) assert.equal(src.slice(s.rawStart, s.rawStart + s.text.length), s.text);
});

test('json: keys are scanned only when asked', () => {
  const segs = jsonSegments('{"a@b.io":"x"}', { ...opts, scanKeys: true });
  assert.deepEqual(segs.map((s) => s.text), ['a@b.io', 'x']);
});

test('json: offsets map through escapes', () => {
  const src = '{"t":"say \\"hi\\" to caf\\u00e9\\nbob@x.io \\\\ end"}';
  const [seg] = jsonSegments(src, opts);
  assert.equal(seg.text, 'say "hi" to café\nbob@x.io \\ end');
  const at = seg.text.indexOf('bob@x.io');
  assert.equal(rawSlice(src, seg, at, at + 8), 'bob@x.io');
  const cafe = seg.text.indexOf('café');
  assert.equal(rawSlice(src, seg, cafe, cafe + 4), 'caf\\u00e9');
  assert.equal(rawSlice(src, seg, 0, seg.text.length), src.slice(6, -2));
});

test('json: surrogate pairs, escaped and literal', () => {
  const src = '{"t":"\\ud83d\\ude00 x@y.io 😀 z@w.io"}';
  const [seg] = jsonSegments(src, opts);
  assert.equal(seg.text, '😀 x@y.io 😀 z@w.io');
  assert.equal(rawSlice(src, seg, 0, 2), '\\ud83d\\ude00');
  const z = seg.text.indexOf('z@w.io');
  assert.equal(rawSlice(src, seg, z, z + 6), 'z@w.io');
});
