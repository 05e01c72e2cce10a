import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexiconFor } from '../lexicon';
import { NameTagger } from '../tagger';
import { BUCKETS, FeatureBuffers, MAX_FEATURES, NUM_TAGS, extractFeatures } from './features';

const rules = new NameTagger(lexiconFor({}));

function candidates(text: string): string[] {
  const spans = rules.tag(text);
  const toks = rules.lastTokens;
  const buf = new FeatureBuffers();
  extractFeatures(text, toks, spans, buf);
  return toks.filter((_, i) => buf.candidate[i]).map((t) => text.slice(t.start, t.end));
}

test('features: the model looks at capitalised words, lexicon names and handles, not at ordinary lower-case words or identifiers', () => {
  assert.deepEqual(candidates('yesterday we talked to Anna about the contract'), ['Anna']);
  assert.deepEqual(candidates('ping @ tomasz please'), ['tomasz']);
  assert.deepEqual(candidates('base_model: meta-llama/Llama-4-Scout-17B-16E-Instruct'), []);
  assert.deepEqual(candidates('write to k.tanaka@example.jp or see www.Example.com/Anna, Kenji'), ['Kenji']);
});

test('features: in a sentence written without capitals, lower-case places and given names are looked at, the words around them are not', () => {
  assert.deepEqual(candidates('we are moving to barcelona next week with john'), ['barcelona', 'john']);
  assert.deepEqual(candidates('the model is in the long queue'), []);
  // Where the sentence starts with a capital, a lower-case "london" is rarely a name.
  assert.deepEqual(candidates('We order the london fog latte with john'), []);
});

test('features: a lower-case word right after a naming phrase is looked at, even one the lexicons take for an ordinary word', () => {
  assert.deepEqual(candidates('my name is leo'), ['leo']);
  assert.deepEqual(candidates('hi, call me asher'), ['asher']);
  assert.deepEqual(candidates("name: leo, and my name's leo"), ['leo', 'leo']);
  assert.deepEqual(candidates('her name is not important'), []);
  assert.deepEqual(candidates('it is fine, the name leo was taken'), []);
  assert.deepEqual(candidates('add salt and the leo sign'), []);
});

test('features: every feature is a bucket of the weight table, at most MAX_FEATURES per word, the same for the same text', () => {
  const text = 'My name is Ingrid Bergström and I live in Malmö. Dear Dr. Okafor, thanks!';
  const spans = rules.tag(text);
  const toks = rules.lastTokens;
  const a = new FeatureBuffers();
  const b = new FeatureBuffers();
  extractFeatures(text, toks, spans, a);
  extractFeatures(text, toks, spans, b);
  let seen = 0;
  for (let i = 0; i < toks.length; i++) {
    if (!a.candidate[i]) continue;
    for (let f = i * MAX_FEATURES; f < (i + 1) * MAX_FEATURES && a.feats[f] >= 0; f++) {
      const w = a.feats[f];
      assert.ok(w % NUM_TAGS === 0 && w < BUCKETS * NUM_TAGS, `feature ${w}`);
      assert.equal(w, b.feats[f]);
      seen++;
    }
  }
  assert.ok(seen > 100, `${seen} features`);
});

test('features: the rule verdict changes the features of the words it covers', () => {
  const text = 'Ask Mrs. Okonkwo about the invoice.';
  const toks = (rules.tag(text), rules.lastTokens);
  const i = toks.findIndex((t) => text.slice(t.start, t.end) === 'Okonkwo');
  const withRules = new FeatureBuffers();
  const without = new FeatureBuffers();
  extractFeatures(text, toks, rules.tag(text), withRules);
  extractFeatures(text, toks, undefined, without);
  const slice = (b: FeatureBuffers) => [...b.feats.subarray(i * MAX_FEATURES, (i + 1) * MAX_FEATURES)];
  assert.notDeepEqual(slice(withRules), slice(without));
});
