import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NATIONAL_KINDS } from './table';
import { abstractSource, bareRunAll, bareRunFit, shapeFit, shapeOf } from './shape';
import { profileText } from './profile';
import { clusterSlice } from './kind';
import { GENERATORS, digits, seeded } from '../../../testing/national-generators';

const fitsOf = (entity: string) => {
  const k = NATIONAL_KINDS.find((x) => x.entity === entity)!;
  const fit = bareRunFit(k.pattern.source);
  return Array.from({ length: 24 }, (_, n) => n).filter(fit);
};

test('shape: bare digit runs each row can match, read from its pattern', () => {
  assert.deepEqual(fitsOf('US_ITIN'), [9]);
  assert.deepEqual(fitsOf('AU_TFN'), [8, 9]);
  assert.deepEqual(fitsOf('US_BANK_NUMBER'), [8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  assert.deepEqual(fitsOf('SE_PERSONNUMMER'), [10, 12]);
  assert.deepEqual(fitsOf('FR_NIR'), [15]);
  assert.deepEqual(fitsOf('CN_RIC'), [17, 18], '17 digits and a lowercase x');
  // Rows with a letter or a century sign never fit a bare run.
  for (const e of ['ES_NIF', 'FI_PERSONAL_IDENTITY_CODE', 'IT_FISCAL_CODE', 'UK_POSTCODE', 'DE_ID_CARD']) assert.deepEqual(fitsOf(e), [], e);
});

const allOf = (entity: string) => {
  const k = NATIONAL_KINDS.find((x) => x.entity === entity)!;
  const all = bareRunAll(k.pattern.source);
  return Array.from({ length: 24 }, (_, n) => n).filter(all);
};

test('shape: bare runs each row matches whatever the digits (only the boundaries decide)', () => {
  assert.deepEqual(allOf('NL_BSN'), [9]);
  assert.deepEqual(allOf('US_BANK_NUMBER'), [8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  assert.deepEqual(allOf('SE_PERSONNUMMER'), [10], 'the 12-digit form starts with 18, 19 or 20');
  for (const e of ['US_ITIN', 'US_NPI', 'IN_AADHAAR', 'TR_NATIONAL_ID', 'CN_RIC', 'ZA_ID_NUMBER', 'FR_NIR']) assert.deepEqual(allOf(e), [], e);
  assert.equal(abstractSource(String.raw`[0-9][1-9]\d[\dA]5`, 'every'), 'd(?!)dd(?!)');
  assert.ok(![1, 3, 9].some(bareRunAll(String.raw`(?<=a)\d{3}`)), 'syntax not read: never "every"');
  assert.ok(![1, 9].some(bareRunAll(undefined)));
});

test('shape: a row said to match every run of n digits does, for random runs', () => {
  const r = seeded(12);
  for (const k of NATIONAL_KINDS) {
    const core = new RegExp(`^(?:${k.pattern.source})$`, 'u');
    for (const n of allOf(k.entity)) for (let i = 0; i < 200; i++) assert.ok(core.test(digits(r, n)), `${k.entity} ${n}`);
  }
});

test('shape: the abstraction keeps structure and widens atoms', () => {
  assert.equal(abstractSource(String.raw`9\d{2}[- ]?\d{4}`), 'dd{2}(?!)?d{4}');
  assert.equal(abstractSource(String.raw`[\dXx]|[A-Z]`), '[dx]|(?!)');
  assert.equal(abstractSource(String.raw`(?:IT ?)?\d{11}`), '(?:(?!)(?!)(?!)?)?d{11}');
  assert.equal(abstractSource('[^A]'), '[dx]', 'a negated class is widened to both');
});

test('shape: syntax it does not read makes a row fit every run (never a wrong "no")', () => {
  for (const src of [String.raw`(?<=a)\d{3}`, String.raw`(\d)\1`, String.raw`^\d{3}`, String.raw`\bx`, String.raw`(?=\d)\d`]) {
    assert.equal(abstractSource(src), undefined, src);
    const fit = bareRunFit(src);
    assert.ok([1, 5, 40].every(fit), src);
  }
  assert.ok([1, 9].every(bareRunFit(undefined)));
});

// Any bare cluster a row's pattern matches in must be one the filter lets through.
const entities = NATIONAL_KINDS.map((k) => k.entity);
const piece = fc.oneof(
  fc.tuple(fc.constantFrom(...entities), fc.integer()).map(([e, s]) => GENERATORS[e](seeded(s)).replace(/[^\dXx]/g, '')),
  fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer()).map(([n, s]) => digits(seeded(s), n)),
  fc.constantFrom('x', 'X', 'a', 'AB', '+', '²'),
);
const glue = fc.constantFrom('', ' ', '-', ', ', 'x', 'a', ' x ', '.');
const text = fc.array(fc.tuple(piece, glue), { minLength: 1, maxLength: 8 }).map((ps) => ps.map(([p, g]) => p + g).join(''));

test('shape: every match of a row in a bare cluster is in a cluster its filter admits (property)', () => {
  let matched = 0;
  fc.assert(
    fc.property(text, (t) => {
      for (const cl of profileText(t).clusters.filter((c) => c.bare)) {
        const { slice } = clusterSlice(t, cl);
        for (const k of NATIONAL_KINDS) {
          k.pattern.re.lastIndex = 0;
          if (!k.pattern.re.test(slice)) continue;
          matched++;
          assert.ok(bareRunFit(k.pattern.source)(cl.digits), `${k.entity} matched ${cl.digits} bare digits`);
          assert.ok(cl.digits >= k.minDigits && !k.letterDigit, k.entity);
        }
      }
    }),
    { numRuns: 3000, seed: 11 },
  );
  assert.ok(matched > 500, `matches in bare clusters: ${matched}`);
});

test('shape: the shape alphabet and a few widened patterns', () => {
  assert.equal(shapeOf('rec-712049846 É x_Z+/', 0, 21), 'aaa-ddddddddd # x_A+/');
  assert.equal(shapeOf('😀1', 0, 3), '##d', 'one symbol per UTF-16 unit');
  // A list of 30,000 token ids is one cluster: its shape is built without one argument per character.
  const ids = Array.from({ length: 30_000 }, (_, i) => String(10_000 + i)).join(' ');
  const shape = shapeOf(`[${ids}]`, 0, ids.length + 2, 49, 50);
  assert.equal(shape.length, ids.length + 4);
  assert.ok(shape === `12#${'ddddd '.repeat(29_999)}ddddd#`, 'the shape of a 30,000-id list');
  const fits = (entity: string, shape: string) => {
    const k = NATIONAL_KINDS.find((x) => x.entity === entity)!;
    return shapeFit(k.pattern.source, k.pattern.bounds)(shape);
  };
  assert.equal(fits('CA_SIN', '# ddd ddd ddd #'), true);
  assert.equal(fits('CA_SIN', 'ddd ddd ddd dd'), false, 'part of a longer run of digit groups');
  assert.equal(fits('CA_SIN', '# dddd dddd dddd dddd Aa'), false);
  assert.equal(fits('IT_FISCAL_CODE', '# d.dd.d #'), false);
  assert.equal(fits('ES_NIF', 'aa dd.ddd.ddd-A #'), true);
  assert.equal(fits('ES_NIF', 'aa dd.ddd.ddd-Aa'), false, 'glued to a word');
  assert.equal(shapeFit(String.raw`(?<=a)\d`, NATIONAL_KINDS[0].pattern.bounds)('aaa'), true, 'syntax not read: always a fit');
});

// Ground truth: each row's real pattern over the whole text. Every match lies in one cluster of the
// profile, and the row's widened pattern fits that cluster's shape (with clusterSlice's margins).
const anyPiece = fc.oneof(
  fc.tuple(fc.constantFrom(...entities), fc.integer()).map(([e, s]) => GENERATORS[e](seeded(s))),
  fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer()).map(([n, s]) => digits(seeded(s), n)),
  fc.constantFrom(
    'x', 'X', 'a', 'AB', 'DE', 'IT ', 'GIR 0AA', 'SW1A 1AA', 'Version', 'A100', 'v2', '_', '+', '²', '٣', '１', 'É', 'é', '身份证', '😀', '𝐀', 'ß',
  ),
);
const anyGlue = fc.constantFrom('', ' ', '-', '.', '/', '+', ', ', 'x', 'a', '_', ' x ', '\n', '  ', '-.', 'É', '٣');
const anyText = fc.array(fc.tuple(anyPiece, anyGlue), { minLength: 1, maxLength: 10 }).map((ps) => ps.map(([p, g]) => p + g).join(''));

test('shape: every match of every row lies in a cluster whose shape its widened pattern fits (property)', () => {
  const fitters = NATIONAL_KINDS.map((k) => shapeFit(k.pattern.source, k.pattern.bounds));
  let matched = 0;
  fc.assert(
    fc.property(anyText, (t) => {
      const clusters = profileText(t).clusters;
      NATIONAL_KINDS.forEach((k, i) => {
        const re = new RegExp(k.pattern.re.source, 'gu');
        for (const m of t.matchAll(re)) {
          matched++;
          const end = m.index + m[0].length;
          // A lowercase x may follow the last digit of a cluster (CN RIC).
          const cl = clusters.find((c) => c.start <= m.index && end <= c.end + (t[c.end] === 'x' ? 1 : 0));
          assert.ok(cl, `${k.entity}: a match outside every cluster in ${JSON.stringify(t)}`);
          const { from, slice } = clusterSlice(t, cl);
          assert.ok(fitters[i](shapeOf(t, from, from + slice.length)), `${k.entity}: shape ${shapeOf(t, from, from + slice.length)} of ${JSON.stringify(slice)}`);
        }
      });
    }),
    { numRuns: 3000, seed: 17 },
  );
  assert.ok(matched > 1000, `matches: ${matched}`);
});
