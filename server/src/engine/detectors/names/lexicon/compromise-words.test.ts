import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COMPROMISE_WORDS_FILE, expectedCompromiseWords } from '../../../../train/compromise-lexicon';
import { compromiseKinds, compromiseWordsModule } from './compromise-kinds';

test('compromise-words.ts is what `npm run lexicon` writes from the installed compromise (run it after an upgrade)', () => {
  assert.equal(readFileSync(COMPROMISE_WORDS_FILE, 'utf8'), expectedCompromiseWords());
});

test('compromise kinds: names, places, organisations and dates by their tags, everything else a word; keys folded', () => {
  const kinds = compromiseKinds({ José: 'MaleName', smith: ['LastName', 'Noun'], lyon: 'City', acme: 'Organization', monday: 'WeekDay', run: 'Verb', Pelé: 'Person' });
  assert.deepEqual([...kinds], [
    ['jose', 'given'],
    ['smith', 'surname'],
    ['lyon', 'place'],
    ['acme', 'org'],
    ['monday', 'calendar'],
    ['run', 'word'],
    ['pele', 'person'],
  ]);
  const source = compromiseWordsModule(kinds, '1.2.3');
  assert.match(source, /COMPROMISE_VERSION = "1\.2\.3"/);
  assert.match(source, /given: "jose",/);
  assert.match(source, /word: "run",/);
});
