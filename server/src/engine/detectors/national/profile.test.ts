import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cachedProfile, profileText } from './profile';

test('profile: digits joined by single separators form one cluster', () => {
  assert.equal(profileText('NHS 943 476 5919.').maxDigits, 10);
  assert.equal(profileText('85.07.30-033.28').maxDigits, 11);
  assert.equal(profileText('121212+1212').maxDigits, 10);
  assert.equal(profileText('11.222.333/0001-81').maxDigits, 14);
  assert.equal(profileText('我的身份证号码是11010519491231002X').maxDigits, 17);
  assert.equal(profileText('12 , 34').maxDigits, 2, 'a comma with spaces breaks the cluster');
  assert.equal(profileText('no digits here').maxDigits, 0);
});

test('profile: capitals next to digits, directly or across one separator', () => {
  assert.equal(profileText('AB 12 34 56 C').letterDigit, true);
  assert.equal(profileText('T220001293').letterDigit, true);
  assert.equal(profileText('call 555 0199 now').letterDigit, false);
  assert.equal(profileText('Room 12').letterDigit, false);
});

test('profile: the cache answers for the latest text only', () => {
  assert.equal(cachedProfile('123456789').maxDigits, 9);
  assert.equal(cachedProfile('12').maxDigits, 2);
  assert.equal(cachedProfile('123456789').maxDigits, 9);
});

test('profile: clusters with their offsets, digits and letter-digit flag', () => {
  const text = 'NHS 943 476 5919, ref AB12; Ok 7';
  const cl = profileText(text).clusters.map((c) => [text.slice(c.start, c.end), c.digits, c.letterDigit]);
  assert.deepEqual(cl, [['NHS 943 476 5919', 10, true], ['AB12', 2, true], ['7', 1, false]]);
});

test('profile: a cluster of digits only is bare; a capital or a separator makes it not', () => {
  const bare = (t: string) => profileText(t).clusters.map((c) => c.bare);
  assert.deepEqual(bare('id rec-712049846, 42'), [true, true]);
  assert.deepEqual(bare('943 476 5919 and T220001293 and 12x'), [false, false, true]);
  assert.deepEqual(bare('12-34 5+6'), [false], 'one cluster across single separators');
});

/** The profile as first written: one character at a time, the plain reading of the cluster rules. */
function referenceProfile(text: string) {
  const isDigit = (c: number) => c >= 48 && c <= 57;
  const isUpper = (c: number) => c >= 65 && c <= 90;
  const isSeparator = (c: number) => c === 32 || c === 43 || c === 45 || c === 46 || c === 47;
  const clusters: { start: number; end: number; digits: number; letterDigit: boolean; bare: boolean }[] = [];
  let cur: (typeof clusters)[number] | undefined;
  let last = 0;
  let lastEnd = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const kind = isDigit(c) ? 1 : isUpper(c) ? 2 : 0;
    if (kind) {
      if (!cur) cur = { start: i, end: i, digits: 0, letterDigit: false, bare: true };
      else if (last !== kind) cur.letterDigit = true;
      if (kind === 1) cur.digits++;
      else cur.bare = false;
      last = kind;
      lastEnd = i + 1;
      continue;
    }
    if (!cur) continue;
    if (isSeparator(c) && i + 1 < text.length && i === lastEnd) {
      const n = text.charCodeAt(i + 1);
      if (isDigit(n) || isUpper(n)) {
        cur.bare = false;
        continue;
      }
    }
    cur.end = lastEnd;
    if (cur.digits > 0) clusters.push(cur);
    cur = undefined;
    last = 0;
  }
  return {
    clusters,
    maxDigits: Math.max(0, ...clusters.map((c) => c.digits)),
    letterDigit: clusters.some((c) => c.letterDigit),
  };
}

test('profile: the same clusters as a character-by-character reading (property)', () => {
  const piece = fc.oneof(
    fc.constantFrom('1', '23', '456789', 'A', 'BC', 'x', 'ab', ' ', '  ', '-', '.', '/', '+', ',', '\n', 'é', '٣', '１', 'rec-', 'DE ', '+44 '),
    fc.string({ maxLength: 4 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
      assert.deepEqual(profileText(text), referenceProfile(text), JSON.stringify(text));
    }),
    { numRuns: 5000, seed: 7 },
  );
});
