// Detectors of scope "digits" run only on windows around digit runs of long texts; that must find
// exactly what running them on the whole text finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createScanner } from './index';
import { activeDetectors } from './detectors/active';
import { digitWindows } from './scan';
import { DEFAULT_SETTINGS, resolveSettings } from './settings';

test('windows: merged margins around digit runs', () => {
  const t = `${'a'.repeat(100)}12${'b'.repeat(30)}34${'c'.repeat(200)}5`;
  assert.deepEqual(digitWindows(t), [
    [52, 182, 4],
    [t.length - 49, t.length, 1],
  ]);
  assert.deepEqual(digitWindows('no digits'), []);
});

const token = fc.constantFrom(
  'hello', 'the order', ' ', '\n', ', ', 'my card is 4111 1111 1111 1111', 'call +44 20 7946 0958', 'SSN 536-90-4399', 'IBAN GB82 WEST 1234 5698 7654 32',
  '203.0.113.195', 'Steuer-ID 86095742719', 'NINO QQ123456C', 'version 2.14.1', '1700000000', 'codice fiscale RSSMRA85T10A562S', 'x'.repeat(60),
  'aadhaar 2345 6789 0124', 'PESEL 44051401359', 'abc123def', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
);

test('windows: windowed detection equals whole-text detection', () => {
  const settings = resolveSettings({ ...DEFAULT_SETTINGS, locales: ['us', 'uk', 'eu', 'in'], minConfidence: 0 });
  const all = activeDetectors(settings);
  assert.ok(all.some((d) => d.scope === 'digits'), 'some detectors are digit-scoped');
  const windowed = createScanner(settings, { detectors: all });
  const whole = createScanner(settings, { detectors: all.map((d) => ({ ...d, scope: undefined })) });
  fc.assert(
    fc.property(fc.array(token, { minLength: 5, maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      const key = (f: { start: number; end: number; rule: string; confidence: number }) => `${f.start}-${f.end}-${f.rule}-${f.confidence}`;
      assert.deepEqual(windowed.scan(text, 'text').findings.map(key), whole.scan(text, 'text').findings.map(key));
    }),
    { numRuns: 200, seed: 11 },
  );
});

test('chunks: pieces cover the text, at most max long, cut after a line break or space when one is near', async () => {
  const { chunks } = await import('./scan');
  const text = 'word '.repeat(500) + 'x'.repeat(3000) + '\nend';
  const pieces = chunks(text, 1000);
  assert.equal(pieces[0][0], 0);
  assert.equal(pieces.at(-1)![1], text.length);
  for (let i = 1; i < pieces.length; i++) assert.equal(pieces[i][0], pieces[i - 1][1]);
  for (const [a, b] of pieces) assert.ok(b - a <= 1000);
  assert.equal(text[pieces[0][1] - 1], ' ');
});

test('chunks: free-text detectors stay fast on a long hostile text (linear, not quadratic)', () => {
  // A text that made the name tagger quadratic when given whole: it now goes in pieces.
  const hostile = '@'.repeat(40000) + '1-'.repeat(40000) + '.a'.repeat(40000) + ' My name is Maria Gonzalez.';
  const found = createScanner(DEFAULT_SETTINGS).scan(hostile, 'text').findings.map((f) => hostile.slice(f.start, f.end));
  assert.deepEqual(found, ['Maria Gonzalez']);
});

test('minDigits: a digit-scoped detector is not run on a text or window with fewer digits', () => {
  const seen: string[] = [];
  const spy = { id: 'test/spy', entity: 'SPY', label: 'Spy', description: '', tags: [], defaultSeverity: 'warning' as const, scope: 'digits' as const, minDigits: 4, detect: (t: string): never[] => (seen.push(t), []) };
  const scanner = createScanner(DEFAULT_SETTINGS, { detectors: [spy] });
  scanner.scan('only 123 here', 'text');
  assert.equal(seen.length, 0);
  scanner.scan('room 12, code 3456', 'text');
  assert.deepEqual(seen, ['room 12, code 3456']);
  seen.length = 0;
  const far = ' '.repeat(100);
  scanner.scan(`a 12${far}b 123${far}c 98765`, 'text');
  assert.deepEqual(seen.map((w) => w.trim()), ['c 98765'], 'only the window with four digits');
});
