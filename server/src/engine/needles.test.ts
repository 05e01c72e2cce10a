import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { literalAlternation, requiredLiterals } from './needles';
import { DETECTORS } from './detectors/index';

test('needles: the rarest literal of each branch, or undefined for what is not read', () => {
  assert.deepEqual(requiredLiterals(/@/), ['@']);
  assert.deepEqual(requiredLiterals(/:\/\//), ['://']);
  assert.deepEqual(requiredLiterals(/gh[pousr]_|github_pat_/), ['_', 'github_pat_']);
  assert.deepEqual(requiredLiterals(/gl[a-z]{1,5}-/), ['-']);
  assert.deepEqual(requiredLiterals(/xox[bpaors]-|xapp-|hooks\.slack\.com/), ['-', 'xapp-', 'hooks.slack.com']);
  assert.deepEqual(requiredLiterals(/-----BEGIN [A-Z0-9 ]*PRIVATE KEY/), ['-----BEGIN ']);
  assert.deepEqual(requiredLiterals(/colou?r/), ['colo']);
  assert.deepEqual(requiredLiterals(/xb*yz/), ['yz'], 'the optional b is no part of a literal');
  assert.equal(requiredLiterals(/aws/i), undefined, 'case-insensitive');
  assert.equal(requiredLiterals(/(?:a|b)c/), undefined, 'groups');
  assert.equal(requiredLiterals(/\d{4}/), undefined, 'no literal');
  assert.equal(requiredLiterals(/\p{L}/u), undefined);
  // A run that starts with a rare character beats a longer word: "=" is cheaper to look for than "password".
  assert.deepEqual(requiredLiterals(/password["']?[ \t]*=|PASSWORD["']?[ \t]*:/), ['=', ':']);
});

test('needles: one factored alternation matches exactly the texts holding one of the literals', () => {
  const words = ['gsk_', 'ghp_', 'Q~', '=', 'SG.', 'sk-ant-', 'xoxb-'];
  assert.equal(literalAlternation(['ab', 'ac', 'b']), 'a(?:b|c)|b');
  const re = new RegExp(literalAlternation(words));
  fc.assert(
    fc.property(fc.array(fc.constantFrom('g', 's', 'k', '_', 'h', 'p', 'Q', '~', '=', 'S', 'G', '.', '-', 'a', 'n', 't', 'x', 'o', 'b', ' '), { maxLength: 30 }), (chars) => {
      const text = chars.join('');
      assert.equal(re.test(text), words.some((w) => text.includes(w)), text);
    }),
    { numRuns: 2000, seed: 5 },
  );
});

test('needles: every text a detector trigger matches contains one of its literals', () => {
  for (const d of DETECTORS) {
    if (!(d.trigger instanceof RegExp)) continue;
    const literals = requiredLiterals(d.trigger);
    if (!literals) continue;
    const trigger = new RegExp(d.trigger.source, d.trigger.flags.replace(/[gy]/g, ''));
    // Texts made of the trigger's own characters and others, so that matches happen often.
    const alphabet = fc.constantFrom(...new Set([...d.trigger.source.replace(/\\/g, ''), 'a', 'Z', '0', ' ', '_', '-', '.']));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), fc.constantFrom(...literals), (noise, lit) => {
        for (const text of [noise, noise + lit + noise]) {
          if (trigger.test(text)) assert.ok(literals.some((l) => text.includes(l)), `${d.id}: "${text}" matches ${trigger} without any of ${JSON.stringify(literals)}`);
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  }
});
