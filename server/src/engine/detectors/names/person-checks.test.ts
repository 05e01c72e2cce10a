import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPersons } from './person-checks';
import { lexiconFor } from './lexicon';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';
import type { Candidate } from '../../types';

const lex = lexiconFor({});
/** Candidates for each listed value, at its first occurrence in text. */
const spans = (text: string, ...values: string[]): Candidate[] =>
  values.map((v) => ({ start: text.indexOf(v), end: text.indexOf(v) + v.length, score: 0.8, reasons: ['test'] }));
const values = (text: string, cs: Candidate[]) => cs.map((c) => text.slice(c.start, c.end));

test('person checks: two names with only a space between are one finding, at the higher score', () => {
  const text = 'What does Jensen Huang say about AI factories?';
  const [a, b] = spans(text, 'Jensen', 'Huang');
  const { persons } = checkPersons(text, [{ ...b, score: 0.7 }, a], lex);
  assert.deepEqual(values(text, persons), ['Jensen Huang']);
  assert.equal(persons[0].score, 0.8);
  // A comma, "and" or a line break keeps two people apart.
  for (const t of ['Tom, Sarah', 'Tom and Sarah', 'Tom\nSarah']) assert.deepEqual(values(t, checkPersons(t, spans(t, 'Tom', 'Sarah'), lex).persons), ['Tom', 'Sarah'], t);
});

test('person checks: initials alone are no finding, unless a title is before them; two letters are a name', () => {
  const text = 'Vaswani, A., Shazeer, N., and Li, J. (2017)';
  assert.deepEqual(values(text, checkPersons(text, spans(text, 'Vaswani', 'N.', 'Li', 'J'), lex).persons), ['Vaswani', 'Li']);
  const letters = 'every century sign (Y X W V U, B C D E F)';
  assert.deepEqual(checkPersons(letters, spans(letters, 'Y X W V U', 'B C D E F'), lex).persons, []);
  const titled = 'Dann kann Herr V. den Vertrag kündigen; Mrs. K said so.';
  assert.deepEqual(values(titled, checkPersons(titled, spans(titled, 'V.', 'K'), lex).persons), ['V.', 'K']);
});

test('person checks: a thing called or named so is no person; a person called so is', () => {
  for (const [text, name] of [
    ["it's called overfitting and it happens a lot", 'overfitting'],
    ['This technique is named dropout.', 'dropout'],
    ['The library is called Polars and it is fast.', 'Polars'],
    ['My project is called Atlas.', 'Atlas'],
  ]) assert.deepEqual(values(text, checkPersons(text, spans(text, name), lex).persons), [], text);
  for (const [text, name] of [
    ['My son is named Leo.', 'Leo'],
    ["She's called Maria.", 'Maria'],
    ['my name is leo', 'leo'],
  ]) assert.deepEqual(values(text, checkPersons(text, spans(text, name), lex).persons), [name], text);
  const person = nameDetectors().find((d) => d.entity === 'PERSON')!;
  assert.deepEqual(matches(person, "it's called overfitting and it happens a lot; this technique is named dropout", 0.5), []);
});

test('person checks: a word of inline code is no person', () => {
  const text = 'Set `{ uri: "file:///a" }`; the rule is named `auth`. Ask Maria.';
  assert.deepEqual(values(text, checkPersons(text, spans(text, 'uri', 'auth', 'Maria'), lex).persons), ['Maria']);
});

test('person checks: eponyms of methods, laws and diseases are no people; a name before an everyday noun is', () => {
  for (const [text, name] of [
    ["Use Dijkstra's algorithm with a binary heap.", 'Dijkstra'],
    ['By Bayes theorem the posterior is proportional to the likelihood.', 'Bayes'],
    ["My grandmother has Alzheimer's disease.", 'Alzheimer'],
    ['A Kalman filter smooths the signal.', 'Kalman'],
    ['Decode with Viterbi decoding; compare with the Levenshtein distance.', 'Viterbi'],
  ]) assert.deepEqual(values(text, checkPersons(text, spans(text, name), lex).persons), [], text);
  for (const [text, name] of [
    ["Sarah's number is in the group chat.", 'Sarah'],
    ["Tom's test results came back fine.", 'Tom'],
    ['Give Maria space, she is studying.', 'Maria'],
  ]) assert.deepEqual(values(text, checkPersons(text, spans(text, name), lex).persons), [name], text);
});

test('person checks: landforms and forts are places, never people', () => {
  for (const [text, name] of [
    ['Mount Everest is 8,849 m high.', 'Mount Everest'],
    ['We drove around Lake Tahoe.', 'Lake Tahoe'],
    ['Fort Worth is west of Dallas.', 'Fort Worth'],
  ]) assert.deepEqual(values(text, checkPersons(text, spans(text, name), lex).persons), [], text);
});

test('person checks: BibTeX authors are published, not personal data; a name elsewhere in the card is', () => {
  const text = '@misc{t2023,\n  author={Lewis Tunstall and Edward Beeching},\n  year={2023}\n}\nContact: Maria Gonzalez';
  assert.deepEqual(values(text, checkPersons(text, spans(text, 'Lewis Tunstall', 'Edward Beeching', 'Maria Gonzalez'), lex).persons), ['Maria Gonzalez']);
  const quoted = 'author = "Ada Lovelace", title = "Notes"';
  assert.deepEqual(checkPersons(quoted, spans(quoted, 'Ada Lovelace'), lex).persons, []);
});

test('person checks: a town before its state or country is a place ("Austin, Texas")', () => {
  const text = 'Austin, Texas and Portland, Oregon are popular with tech companies.';
  const { persons, places } = checkPersons(text, spans(text, 'Austin', 'Portland'), lex);
  assert.deepEqual(values(text, persons), []);
  assert.deepEqual(values(text, places), ['Austin', 'Portland']);
  // A person before a place stays a person.
  const t2 = 'Sarah, Texas is where I grew up.';
  assert.deepEqual(values(t2, checkPersons(t2, spans(t2, 'Sarah'), lex).persons), ['Sarah']);
});

test('person checks: a title alone is no person', () => {
  const text = 'Patient: Mr. Rajesh Kumar, seen by Dr Okafor.';
  assert.deepEqual(values(text, checkPersons(text, spans(text, 'Mr', 'Rajesh Kumar', 'Dr', 'Okafor'), lex).persons), ['Rajesh Kumar', 'Okafor']);
  const person = nameDetectors().find((d) => d.entity === 'PERSON')!;
  assert.deepEqual(matches(person, 'Patient: Mr. Rajesh Kumar, 67 y/o male, MRN 00482913.', 0.5), ['Rajesh Kumar']);
});

test('person checks: a name after "Downtown" or "Greater" is a town', () => {
  const text = 'Downtown Austin (78701) is walkable, and so is Greater Manchester; Austin said so.';
  const { persons, places } = checkPersons(text, spans(text, 'Austin', 'Manchester', 'Austin said').map((c, i) => (i === 2 ? { ...c, end: c.start + 6 } : c)), lex);
  assert.deepEqual(values(text, places), ['Austin', 'Manchester']);
  assert.deepEqual(values(text, persons), ['Austin']);
});

test('person checks: through the detectors, as a user sees them', () => {
  const person = nameDetectors().find((d) => d.entity === 'PERSON')!;
  assert.deepEqual(matches(person, 'What does Jensen Huang say about AI factories?', 0.5), ['Jensen Huang']);
  assert.deepEqual(matches(person, "What's the time complexity of Dijkstra's algorithm with a Fibonacci heap?", 0.5), []);
  assert.deepEqual(matches(person, 'Citation: Vaswani, A., Shazeer, N., Parmar, N., et al. (2017). Attention Is All You Need.', 0.5).filter((v) => v.length < 3), []);
});

test('person checks: a name before a parameter count is a model, neither a person nor a place', () => {
  const text = '# Zephyr-Orca 7B\n\nFalcon-40B and Mixtral 8x7B are open models; Lyon is 5m away.';
  assert.deepEqual(values(text, checkPersons(text, spans(text, 'Zephyr-Orca', 'Falcon', 'Mixtral'), lex).persons), []);
  const place = nameDetectors().find((d) => d.entity === 'LOCATION')!;
  assert.deepEqual(matches(place, 'It runs in Phoenix 7B, quantised. Results for Qwen 72B and Phoenix 7B.', 0), []);
  assert.deepEqual(matches(place, 'I live in Lyon 5m from the station.', 0.5), ['Lyon']);
});

test('person checks: a thing\'s name between "the" and what it is is no person; a family or a name without "the" is', () => {
  const text = 'We trained on the Leonardo supercomputer and compared with the Falcon models.';
  assert.deepEqual(values(text, checkPersons(text, spans(text, 'Leonardo', 'Falcon'), lex).persons), []);
  for (const t of ['We visited the Smith family.', 'Leonardo built the cluster.', 'I asked Leonardo about the supercomputer.']) {
    const name = t.includes('Smith') ? 'Smith' : 'Leonardo';
    assert.deepEqual(values(t, checkPersons(t, spans(t, name), lex).persons), [name], t);
  }
});

test('person checks: a card\'s front matter is metadata, except under keys that hold people', () => {
  const card = [
    '---',
    'model-index:',
    '- name: Llama-3-Orca',
    '  results:',
    '  - dataset:',
    '      name: MMLU',
    'authors:',
    '  - Jane Doe',
    '  - name: Omar Haddad',
    '    email: omar@mail.com',
    'model_creator: Priya Raman',
    '---',
    '',
    'Thanks to MMLU Dawson.',
  ].join('\n');
  const found = values(card, checkPersons(card, spans(card, 'Orca', 'MMLU', 'Jane Doe', 'Omar Haddad', 'Priya Raman', 'MMLU Dawson'), lex).persons);
  assert.deepEqual(found, ['Jane Doe', 'Omar Haddad', 'Priya Raman', 'MMLU Dawson']);
  // Not a front matter: "name:" in a form is a person's name.
  const form = 'name: Tomasz Nowak\ncity: Gdańsk';
  assert.deepEqual(values(form, checkPersons(form, spans(form, 'Tomasz Nowak'), lex).persons), ['Tomasz Nowak']);
  // Through the detectors, as a card opened in the editor is scanned.
  const person = nameDetectors().find((d) => d.entity === 'PERSON')!;
  assert.deepEqual(matches(person, '---\nmodel-index:\n- name: MMLU\n  results: []\n---', 0.5), []);
});

test('person checks: a "---" rule before a CV or a form is no card metadata', () => {
  for (const text of ['---\nCurriculum Vitae\nName: Lukas Hoffmann\nNationality: German', '---\nName: Lukas Hoffmann\nCity: Leipzig\n---']) {
    assert.deepEqual(values(text, checkPersons(text, spans(text, 'Lukas Hoffmann'), lex).persons), ['Lukas Hoffmann'], text);
  }
  const person = nameDetectors().find((d) => d.entity === 'PERSON')!;
  assert.deepEqual(matches(person, '---\nCurriculum Vitae\nName: Lukas Hoffmann\nDate of Birth: 12.05.1990', 0.5), ['Lukas Hoffmann']);
  // A card's metadata still is metadata, with or without its closing fence (a paragraph of a card cut at a blank line).
  assert.deepEqual(matches(person, '---\nlicense: mit\nmodel-index:\n- name: MMLU Dawson', 0.5), []);
});

test('person checks: eponyms of machine learning and statistics, without a possessive; with one they are a person\'s', () => {
  const text = 'Use the Noam schedule, Xavier initialization and Huber loss; Pearson correlation was 0.8.';
  assert.deepEqual(values(text, checkPersons(text, spans(text, 'Noam', 'Xavier', 'Huber', 'Pearson'), lex).persons), []);
  for (const t of ["I'm sorry for Tom's loss.", 'Let Sarah test it.', 'Xavier said the schedule moved.']) {
    const name = /Tom|Sarah|Xavier/.exec(t)![0];
    assert.deepEqual(values(t, checkPersons(t, spans(t, name), lex).persons), [name], t);
  }
});
