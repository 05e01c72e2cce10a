import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexiconFor } from '../lexicon';
import { NameTagger } from '../tagger';
import { LearnedTagger, addConfidentRules, calibrateCombined, originOf } from './learned';
import { shippedModel } from './shipped';
import { nameDetectors } from '../index';
import { matches } from '../../../../testing/detectors';
import { DEFAULT_SETTINGS } from '../../../settings';

const rules = new NameTagger(lexiconFor({}));
const learned = new LearnedTagger(shippedModel());

/** The learned tagger alone (with the rules' verdicts as features, as shipped): entity → text of each span at ≥ 0.5. */
function tagged(text: string): Record<string, string[]> {
  const spans = learned.tag(text, (rules.tag(text), rules.lastTokens), rules.tag(text));
  const pick = (cs: { start: number; end: number; score: number }[]) => cs.filter((c) => c.score >= 0.5).map((c) => text.slice(c.start, c.end));
  return { PERSON: pick(spans.persons), LOCATION: pick(spans.locations), ORGANIZATION: pick(spans.organizations) };
}

test('learned tagger: people and places in a chat turn', () => {
  const got = tagged('Hi, my name is Ngozi Adeyemi and I live in Rotterdam.');
  assert.deepEqual(got.PERSON, ['Ngozi Adeyemi']);
  assert.deepEqual(got.LOCATION, ['Rotterdam']);
  assert.deepEqual(tagged('Thanks a lot, Siobhan!').PERSON, ['Siobhan']);
});

test('learned tagger: a confident name is a name again later in the text', () => {
  assert.deepEqual(tagged('My name is Margarethe Vogelsang. Vogelsang is my married name.').PERSON, ['Margarethe Vogelsang', 'Vogelsang']);
});

test('learned tagger traps: products, libraries and file formats are neither people nor places', () => {
  for (const text of [
    'I practise on LeetCode every evening before work.',
    'Convert the JSON file to YAML and validate it.',
    'Is ProcessWire easier than Codecademy for a beginner?',
    'Why does C need header files when Rust does not?',
  ]) {
    const got = tagged(text);
    assert.deepEqual([...got.PERSON, ...got.LOCATION], [], text);
  }
});

test('learned tagger traps: capitalised nouns and pronoun phrases of German, French, Spanish and Dutch chat are no names', () => {
  for (const text of [
    'Ihr Paket ist noch nicht angekommen.',
    'Meine Tochter hat das falsche Telefon bekommen.',
    'Votre commande a été annulée.',
    'Mi Pedido llegó roto.',
    'Onze Bestelling is nog niet verzonden.',
  ]) assert.deepEqual(tagged(text).PERSON, [], text);
});

test('learned tagger: confidences are probabilities and a stronger context gives a higher one', () => {
  const text = 'Dear Margarethe Vogelsang, your order has shipped.';
  const spans = learned.tag(text, (rules.tag(text), rules.lastTokens), rules.tag(text));
  assert.equal(spans.persons.length, 1);
  const [p] = spans.persons;
  assert.ok(p.score > 0.5 && p.score <= 1, String(p.score));
  const weak = 'Vogelsang';
  const w = learned.tag(weak, (rules.tag(weak), rules.lastTokens), rules.tag(weak)).persons[0];
  assert.ok(!w || w.score < p.score);
});

test('learned tagger through the engine: ids and hashes in id fields give no finding, user name lists hold', () => {
  const person = nameDetectors(DEFAULT_SETTINGS).find((d) => d.id === 'pii/person')!;
  const location = nameDetectors(DEFAULT_SETTINGS).find((d) => d.id === 'pii/location')!;
  for (const text of ['{"message_id": "5f0c2d1e-49ef-bd74-a1b2-9c8d7e6f5a4b", "parent_id": "Paris-7b-Instruct"}', 'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08']) {
    assert.deepEqual([...matches(person, text, 0.5), ...matches(location, text, 0.5)], [], text);
  }
});

test('combined calibration: each finding is mapped by its entity and origin (model, agreed, rule), others keep their confidence', () => {
  const c = (start: number, end: number, score: number, reasons: string[]) => ({ start, end, score, reasons });
  const model = { persons: [c(0, 4, 0.6, ['learned tagger']), c(10, 14, 0.6, ['learned tagger'])], locations: [c(20, 25, 0.6, ['learned tagger'])], organizations: [] };
  const rules = { persons: [c(10, 14, 0.55, ['given name and surname']), c(30, 35, 0.9, ['a naming phrase before it'])], locations: [], organizations: [] };
  const spans = addConfidentRules(model, rules, 0.8);
  assert.deepEqual(spans.persons.map(originOf), ['model', 'agreed', 'rule']);
  assert.equal(spans.persons[1].score, 0.6, 'a rule finding less confident than the model does not lower it');
  // model persons: halved in logit space; rule persons: pushed down hard; agreed persons and places have no map.
  calibrateCombined(spans, { PERSON: { model: { a: 0.5, b: 0 }, rule: { a: 1, b: -3 } }, LOCATION: {}, ORGANIZATION: {} });
  const logit = Math.log(0.6 / 0.4);
  assert.equal(spans.persons[0].score, Math.round(100 / (1 + Math.exp(-0.5 * logit))) / 100);
  assert.equal(spans.persons[1].score, 0.6);
  assert.ok(spans.persons[2].score < 0.5, String(spans.persons[2].score));
  assert.equal(spans.locations[0].score, 0.6);
});
