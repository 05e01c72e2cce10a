// The address patterns run only around numbers that pass cheap gates; that must find exactly what running
// every pattern over the whole text finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findAddresses } from './address';
import { gatedWindows, poBoxGate, usStreetGate } from './address-gate';

const piece = fc.constantFrom(
  // numbers, house numbers, postcodes
  '742', '12a', '221B', '12-14', '5/3', '09876', '2024', '3', '62704', 'SW1A 1AA', '00-950',
  // street words in several cases, glued forms and chat words that look like them
  'Evergreen', 'Terrace', 'street', 'St.', 'ST', 'Road', 'way', 'run', 'Main', 'Baker Street', 'Avenue', 'Maple',
  'Via', 'via', 'rue', 'de', 'la', 'Rue', 'ul.', 'Długa', 'c/', 'Via12', 'str.5', 'viale', 'placed', 'Place',
  '34th', '5TH', 'Ave', 'reps', 'x', 'minute', 'drive', '-bd74-', 'bd74', 'During', 'Platz', 'Weg', 'Neuer',
  'Lindenstraße', 'Hauptstrasse', 'Kiannonkatu', 'Søndergade', 'u.', 'U.', 'Kálmán', 'Imre',
  'P.O.', 'Box', 'P.O. Box', 'Postfach', 'Caixa Postal', 'Box12', 'PSC 1234, Box 5678', 'APO', 'AE', 'USS Nimitz', 'FPO AP',
  'corner of', 'and', 'Suite 4', 'Apt. 9', 'Springfield', 'IL', 'Denmark', 'London',
  // chat text around numbers
  'batch size', 'epochs', 'the', 'on', 'in', 'I', 'version', 'v2.1', 'loss', 'step',
  // characters whose case folding toLowerCase does not show
  'ſtreet', 'ſt', 'Poſtfach', 'ΟΔΌΣ', 'οδόσ', 'K', '12ſ', '7K',
  // chunks that are, or almost are, whole numbers and words
  'steps,', '0.7.', '137?', '3e-4', 'O’Brien', 'St-Louis', 'e\u0301', '𝐀𝐁', 'Ünter', 'ÉLYSÉES', 'x_y', '(12', '#5',
);
const glue = fc.constantFrom(' ', ' ', ' ', '', '\n', ', ', '  ', '\t', '\u00a0', '(', '-', '. ', '\n\n');

const text = fc.array(fc.tuple(piece, glue), { minLength: 1, maxLength: 30 }).map((parts) => parts.map(([p, g]) => p + g).join(''));

test('address gate: gated search finds exactly what the whole-text search finds', () => {
  fc.assert(
    fc.property(text, (t) => {
      assert.deepEqual(findAddresses(t), findAddresses(t, { exhaustive: true }));
    }),
    { numRuns: 6000, seed: 7 },
  );
});

test('address gate: addresses spelled with odd case-folding characters are still found', () => {
  for (const t of ['She lives at 12 Main ſt now.', 'Write to Poſtfach 1234 please.', 'Send it to 742 Evergreen TERRACE, Springfield.']) {
    assert.ok(findAddresses(t).length > 0, t);
    assert.deepEqual(findAddresses(t), findAddresses(t, { exhaustive: true }), t);
  }
});

test('address gate: numbers in chat text pass no gate', () => {
  const t = 'Train for 3 epochs with batch size 32 on 8 GPUs; the loss was 0.25 after 200 steps.';
  assert.deepEqual(gatedWindows(t, [usStreetGate, poBoxGate]), [[], []]);
});

test('address gate: windows reach from a few words before the number to a few after, at whitespace', () => {
  const t = 'one two three four five six seven eight nine 742 Evergreen Terrace, Springfield, IL 62704 and then a b c d e f g';
  const [[w]] = gatedWindows(t, [usStreetGate]);
  const window = t.slice(w[0], w[1]);
  assert.ok(window.startsWith('three four'), window);
  assert.ok(window.endsWith('62704 and'), window);
});

test('address gate: a long text without spaces and with many numbers takes linear time', { timeout: 30_000 }, () => {
  // Chunks and their word checks are found once per text: per number, this text took minutes.
  const hostile = '@'.repeat(50_000) + '1-'.repeat(50_000) + '.a'.repeat(50_000) + ' 742 Evergreen Terrace';
  assert.deepEqual(
    findAddresses(hostile).map((a) => hostile.slice(a.start, a.end)),
    ['742 Evergreen Terrace'],
  );
});
