// The sweep: every built-in detector (structured, secrets, national, names, places, addresses) on long
// one-line runs of each character class and separator (≥ 1 MB): as the engine runs it, inside a JSONL
// record, and alone on the whole line (but the names detectors, which the engine only gives pieces). No detector may throw on any of them. (How fast each family is scanned,
// next to prose, is measured by `npm run bench -- adversarial`, not here.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { activeDetectors } from './active';
import { HOSTILE_PIECES, hostileLine } from '../../testing/hostile';
import { createScanner } from '../index';
import { resolveSettings } from '../settings';

const MB = 1 << 20;
const settings = resolveSettings({ locales: ['all'] });
const every = activeDetectors(settings, { names: true, entities: new Set(activeDetectors(settings).flatMap((d) => d.entities ?? [d.entity]).concat(['ORGANIZATION'])) });
const scanner = createScanner(settings, { detectors: every });
// Detectors that take a whole text (names detectors are given pieces by the engine: maxChunk).
const whole = every.filter((d) => !d.maxChunk);

function sweep(line: string, label: string): void {
  // As the engine runs them, inside a JSONL record: a detector that threw is named in `failed`.
  assert.deepEqual(scanner.scanUnit(JSON.stringify({ text: line }), 'jsonl', undefined, false).failed, undefined, label);
  // Alone, on the whole line.
  for (const d of whole) {
    assert.doesNotThrow(() => {
      if (!d.trigger || d.trigger.test(line)) for (const _ of d.detect(line, {})) void _;
    }, `${d.id} threw on ${label}`);
  }
}

test('hostile: the sweep covers every kind of detector', () => {
  const ids = new Set(every.map((d) => d.id));
  for (const id of ['pii/national', 'pii/person', 'pii/street-address', 'pii/location', 'pii/email', 'secret/github', 'pii/credit-card', 'pii/organization']) assert.ok(ids.has(id), id);
});

for (const family of Object.keys(HOSTILE_PIECES)) {
  test(`hostile: no detector throws on a 1 MB line of ${family}`, () => sweep(hostileLine(family, MB), family));
}

test('hostile: no detector throws on 1 MB lines mixing families and separators (property)', () => {
  const families = Object.keys(HOSTILE_PIECES);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...families), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 1e6 }), (mix, seed) => {
      // Stretches of each family in turn, so that one family's run ends where another's begins.
      const part = Math.ceil(MB / mix.length);
      sweep(mix.map((f, i) => hostileLine(f, part, seed + i)).join(''), mix.join(' + '));
    }),
    { numRuns: 3, seed: 13 },
  );
});
