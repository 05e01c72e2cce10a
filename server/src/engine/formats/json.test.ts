import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeRaw, jsonSegments } from './json';
import { rawOffset } from './segment';
import fc from 'fast-check';

const opts = { scanKeys: false, wantsNumber: (k: string): boolean => k === 'phone' };

/** The raw source slice that decoded [start, end) of a segment maps back to. */
function rawSlice(src: string, seg: ReturnType<typeof decodeRaw>, start: number, end: number) {
  return src.slice(rawOffset(seg, start), rawOffset(seg, end));
}

test('json: string values with keys, numbers only under wanted keys', () => {
  const src = '{"name":"Ann","age":41,"phone":5551234567,"tags":["a","b"]}';
  const segs = jsonSegments(src, opts)!;
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
  const segs = jsonSegments('{"a@b.io":"x"}', { ...opts, scanKeys: true })!;
  assert.deepEqual(segs.map((s) => s.text), ['a@b.io', 'x']);
});

test('json: offsets map through escapes', () => {
  const src = '{"t":"say \\"hi\\" to caf\\u00e9\\nbob@x.io \\\\ end"}';
  const [seg] = jsonSegments(src, opts)!;
  assert.equal(seg.text, 'say "hi" to café\nbob@x.io \\ end');
  const at = seg.text.indexOf('bob@x.io');
  assert.equal(rawSlice(src, seg, at, at + 8), 'bob@x.io');
  const cafe = seg.text.indexOf('café');
  assert.equal(rawSlice(src, seg, cafe, cafe + 4), 'caf\\u00e9');
  assert.equal(rawSlice(src, seg, 0, seg.text.length), src.slice(6, -2));
});

test('json: surrogate pairs, escaped and literal', () => {
  const src = '{"t":"\\ud83d\\ude00 x@y.io 😀 z@w.io"}';
  const [seg] = jsonSegments(src, opts)!;
  assert.equal(seg.text, '😀 x@y.io 😀 z@w.io');
  assert.equal(rawSlice(src, seg, 0, 2), '\\ud83d\\ude00');
  const z = seg.text.indexOf('z@w.io');
  assert.equal(rawSlice(src, seg, z, z + 6), 'z@w.io');
});

/** The token regex jsonSegments used before its hand-written walk: the walk must give the same segments. */
function segmentsByRegex(text: string, o: typeof opts) {
  const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
  const AFTER_KEY = /\s*:/y;
  const out: ReturnType<typeof decodeRaw>[] = [];
  let key: string | undefined;
  for (const m of text.matchAll(TOKEN)) {
    const tok = m[0];
    if (tok.charCodeAt(0) !== 34) {
      if (key !== undefined && o.wantsNumber(key)) out.push({ text: tok, rawStart: m.index, key, container: 'json-number' });
      continue;
    }
    AFTER_KEY.lastIndex = m.index + tok.length;
    const isKey = AFTER_KEY.test(text);
    const seg = decodeRaw(tok.slice(1, -1), m.index + 1);
    if (isKey) {
      key = seg.text;
      if (o.scanKeys) out.push(seg);
    } else {
      seg.key = key;
      out.push(seg);
    }
  }
  return out;
}

test('json: the walk finds exactly the segments of a token regex, on any JSON (escapes, nesting, spacing)', () => {
  const str = fc.string({ unit: fc.constantFrom('a', '"', '\\', '/', ' ', 'é', '😀', '\n', '\u2028', '1', ':', ',', '{', '}', '-', 'e') });
  const value = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, str, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(fc.oneof(str, fc.constantFrom('phone', 'id')), tie('v'), { maxKeys: 4 })),
  })).v;
  fc.assert(
    fc.property(value, fc.constantFrom(undefined, 1, '\t'), fc.boolean(), (v, space, scanKeys) => {
      const text = JSON.stringify(v, null, space);
      const o = { ...opts, scanKeys, wantsNumber: (k: string): boolean => k === 'phone' || k === 'id' };
      assert.deepEqual(jsonSegments(text, o), segmentsByRegex(text, o));
    }),
    { numRuns: 500, seed: 5 },
  );
});

test('json: a key is a key with spaces before its colon too', () => {
  const src = '{ "name" :\t"Ann" , "phone" : 5551234567 }';
  assert.deepEqual(jsonSegments(src, opts)!.map((s) => [s.text, s.key, s.rawStart]), [['Ann', 'name', 12], ['5551234567', 'phone', 29]]);
});

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

test('json: a text has segments exactly when JSON.parse accepts it', () => {
  const piece = fc.constantFrom(
    '{', '}', '[', ']', ',', ':', '"', '\\', '"k"', '"v"', '"a\\"b"', '"\\u00e9"', '"\\x"', '"\\u12"', '\u0001', '\u007f', '"\t"',
    'a', '1', '-', '0', '01', '-0', '.', '1.5', '1.', 'e', 'E+', '2e-3', 'true', 'tru', 'false', 'null', 'nul', ' ', '\t', '\n', '\r', '\u00a0', '\ufeff', '\ud800',
  );
  const mutation = fc.record({ at: fc.nat(), drop: fc.nat({ max: 2 }), insert: fc.array(piece, { maxLength: 2 }) });
  const value = fc.json({ maxDepth: 3 });
  const cases = fc.oneof(
    fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
    fc.tuple(value, fc.array(mutation, { maxLength: 2 })).map(([json, ms]) =>
      ms.reduce((t, m) => {
        const at = m.at % (t.length + 1);
        return t.slice(0, at) + m.insert.join('') + t.slice(at + m.drop);
      }, json),
    ),
    value,
  );
  fc.assert(
    fc.property(cases, (text) => {
      assert.equal(jsonSegments(text, opts) !== undefined, parses(text), JSON.stringify(text));
    }),
    { numRuns: 20000, seed: 7 },
  );
});

test('json: invalid texts are turned away without a throw, however cut', () => {
  for (const text of ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,}', '[1,]', '[1 2]', '{"a" 1}', '{1:2}', '"abc', '"a\\"', '{"a":"\\q"}', '01', '1 2', '{}{}', 'nulls', '[-]', '{"a":"b"]', '[}', '[,1]', '{,}', '[1,,2]', '{"a":1,,"b":2}', '{"a",1}', '["a":1]', ':1', ',']) {
    assert.equal(jsonSegments(text, opts), undefined, text);
    assert.equal(parses(text), false, text);
  }
});
