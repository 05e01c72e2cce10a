// Each cue checks the last word before the regex; that must never change what the regex alone says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CUE_REGEXES, locativeCue, mediumNameCue, organizationCue, strongNameCue } from './cues';
import { BIRTH_CUE, birthCue } from './date-of-birth';

const cues = { strongNameCue, mediumNameCue, locativeCue, organizationCue, birthCue };
const regexes = { ...CUE_REGEXES, birthCue: BIRTH_CUE };

const piece = fc.constantFrom(
  'my', 'name', 'is', 'was', "'s", '’s', ':', '=', '-', ',', 'named', 'him', 'called', 'call me', 'Dear', 'signed', 'Kind regards', 'yours truly',
  'best wishes', 'cheers', 'maiden name', 'change it to', 'add', 'contact person', "i'm", 'i’m', 'I am', 'this is', "it's", 'hi', 'Thanks',
  'thank you', 'met', 'married', 'wife', 'written by', 'speak to', 'have you heard', 'based', 'in', 'moved', 'to', 'born', 'from', 'near',
  'works', 'for', 'employed', 'by', 'joined', 'at', 'the', 'x', 'iſ', 'naKme', 'İs', 'ſigned', 'ıs', '1', '.', ' ', '  ', '\n', '\t', '\u00a0',
  'born', 'DOB', 'd.o.b.', 'D.O.B', 'date of birth', 'birthdate', 'birth day', 'b-day', 'bday', 'geboren am', 'née le', 'nacido el', 'fecha de nacimiento',
);

test('cues: the last-word check never disagrees with the regex', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), fc.boolean(), fc.nat(60), (parts, glue, cut) => {
      const text = parts.join(glue ? ' ' : '') + ' Anna';
      const end = Math.max(0, text.length - 5 - (cut % 3 === 0 ? 0 : cut % 7));
      for (const [name, cue] of Object.entries(cues)) {
        for (const width of [48, 32]) {
          const re = regexes[name as keyof typeof cues];
          assert.equal(cue(text, end, width), re.test(text.slice(Math.max(0, end - width), end)), `${name} on ${JSON.stringify(text.slice(0, end))}`);
        }
      }
    }),
    { numRuns: 4000, seed: 13 },
  );
});

test('cues: an answer kept for one text is never given for another', () => {
  // Same length, same end, one letter apart: "name is" is a naming phrase, "game is" none.
  const named = 'my name is Anna';
  const other = 'my game is Anna';
  const end = named.indexOf('Anna');
  for (let round = 0; round < 2; round++) {
    assert.equal(strongNameCue(named, end), true);
    assert.equal(strongNameCue(other, end), false);
    assert.equal(strongNameCue(other.slice(0), end), false);
    assert.equal(strongNameCue(`${named}`, end, 32), true);
  }
});

test('cues: phrases before a name, a place and an organisation', () => {
  const at = (text: string) => text.indexOf('Anna');
  assert.equal(strongNameCue('Hello, my name is Anna', at('Hello, my name is Anna')), true);
  assert.equal(strongNameCue('Kind regards,\nAnna', at('Kind regards,\nAnna')), true);
  assert.equal(strongNameCue('I saw Anna', at('I saw Anna')), false);
  assert.equal(mediumNameCue('I met Anna', at('I met Anna')), true);
  assert.equal(locativeCue('We moved to Anna', at('We moved to Anna')), true);
  assert.equal(organizationCue('She works for Anna', at('She works for Anna')), true);
  assert.equal(organizationCue('She works with Anna', at('She works with Anna')), false);
});
