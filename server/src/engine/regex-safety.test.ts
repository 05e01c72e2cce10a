import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkRegex, UserPattern, USER_PATTERN_MAX_INPUT } from './regex-safety';

const reasonOf = (source: string, flags = 'u') => {
  const v = checkRegex(source, flags);
  return v.safe ? undefined : v.reason;
};

test('regex safety: the classic catastrophic patterns are refused, each with its reason', () => {
  const nested = /a repetition contains another repetition/;
  const cases: [string, RegExp][] = [
    ['(a+)+$', nested],
    ['(a|a)*b', /alternatives inside a repetition can start with the same character/],
    ['(.*a){20}', nested],
    ['(\\w+\\s?)*$', nested],
    // Across repetitions: the a* at the end of one and the a* at the start of the next share the a's.
    ['(a*ba*)*$', nested],
    ['(a?a)+$', nested],
    ['(a+|b)+$', nested],
    ['^(\\d+)*$', nested],
    ['(a{1,10}){1,10}$', nested],
    ['(?=(a+)+$)', nested],
    ['(\\w|\\d)+$', /alternatives/],
    ['(ab|a)*c', /alternatives/],
    ['(\\1a)', /backreferences/],
    ['(?<x>a)\\k<x>', /backreferences/],
    ['\\s*\\s*$', /unbounded repetitions .* follow each other/],
    ['.*a.*b', /unbounded repetitions/],
    ['^.*a.*b.*c', /three or more unbounded repetitions/],
  ];
  for (const [source, reason] of cases) assert.match(reasonOf(source) ?? 'accepted', reason, source);
});

test('regex safety: case-insensitive patterns compare letters in both cases', () => {
  assert.equal(reasonOf('(A|b)+$', 'u'), undefined);
  assert.match(reasonOf('(A|a)+$', 'ui') ?? 'accepted', /alternatives/);
  assert.match(reasonOf('([A-Z]+[a-z])*$', 'ui') ?? 'accepted', /repetition/);
  assert.equal(reasonOf('([A-Z]+[a-z])*$', 'u'), undefined);
});

test('regex safety: ordinary patterns are accepted, delimited repetitions included', () => {
  for (const source of [
    '@mycompany\\.com$',
    '^test-\\d+$',
    '^[\\w.+-]+@(?:[\\w-]+\\.)+[a-z]{2,}$',
    '^(?:[a-z0-9-]+\\.)*example\\.com$',
    '^\\+1 555 01\\d\\d$',
    '^(?:foo|bar)$',
    '\\b(?:noreply|no-reply)@',
    '^(\\d+,\\s*)*\\d+$',
    '(?:ab|cd)*',
    '^[^@]+@example\\.org$',
    '.*@example\\.org',
    '(?:\\.\\d{1,3}){3}',
    '(a+b+)*c',
    '\\p{Lu}\\p{Ll}+ Corp',
    '[\\u{1F600}-\\u{1F64F}]',
    '^192\\.168\\.',
    'sk_test_[A-Za-z0-9]{24}',
  ])
    assert.equal(reasonOf(source), undefined, source);
});

test('regex safety: an invalid pattern is refused as such', () => {
  assert.match(reasonOf('(unclosed') ?? '', /^not a valid regular expression/);
  assert.match(reasonOf('a{2,1}') ?? '', /^not a valid regular expression/);
});

test('UserPattern: runs checked patterns on texts up to its input limit; refuses unsafe ones without quoting them', () => {
  const p = UserPattern.compile('@example\\.org$');
  assert.ok(p instanceof UserPattern);
  assert.equal(p.test('ann@example.org'), true);
  assert.equal(p.test('ann@example.com'), false);
  assert.equal(p.test(`${'a'.repeat(USER_PATTERN_MAX_INPUT)}@example.org`), false, 'longer than the limit: not tried');
  const g = UserPattern.compile('\\d', 'gu');
  assert.ok(g instanceof UserPattern);
  assert.equal(g.test('a1') && g.test('a1'), true, 'a global pattern gives the same answer every time');
  const refused = UserPattern.compile('(\\w+secret)+$');
  assert.ok(!(refused instanceof UserPattern));
  assert.equal(refused.error.includes('secret'), false);
});

test('regex safety: any text gets a verdict, never an exception (settings come from anywhere)', () => {
  const pieces = ['a', 'b', '\\d', '\\w', '\\s', '.', '[a-z]', '[^x]', '(', ')', '(?:', '(?=', '(?<n>', '|', '*', '+', '?', '{2}', '{1,}', '{0,3}', '^', '$', '\\1', '\\u{1F600}', '\\p{L}', '\\p', '\\x4', '\\x41', '\\u00', '\\u0041', '\\c', '\\cA', '\\k<n>', '{', '}', ']', '-', '\\'];
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((xs) => xs.join(''))), fc.constantFrom('u', 'ui', 'us', ''), (source, flags) => {
      const v = checkRegex(source, flags);
      assert.equal(typeof v.safe, 'boolean');
    }),
    { numRuns: 2000 },
  );
});

test('regex safety: a pattern of 200,000 alternatives (an exported list of ids) is checked without overflowing the stack', () => {
  const ids = Array.from({ length: 200_000 }, (_, i) => `EMP-${String(i).padStart(6, '0')}`);
  assert.deepEqual(checkRegex(`^(?:${ids.join('|')})$`), { safe: true });
});
