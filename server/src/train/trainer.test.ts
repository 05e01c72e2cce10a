import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calibrateCombination, fitPlatt, isHandleSpan, prepare, quantise, trainPerceptron, trainShuffled } from './trainer';
import { shippedModel } from '../engine/detectors/names/model/shipped';
import { syntheticRecords } from './synthetic';
import { LearnedTagger } from '../engine/detectors/names/model/learned';
import { NameTagger } from '../engine/detectors/names/tagger';
import { lexiconFor } from '../engine/detectors/names/lexicon';

const records = syntheticRecords(400, 7);

test('trainer: the same records and seed give the same weights, another seed others', () => {
  const data = prepare(records, false);
  const a = quantise(trainPerceptron(data, 2, 1), 2);
  const b = quantise(trainPerceptron(data, 2, 1), 2);
  const c = quantise(trainPerceptron(data, 2, 2), 2);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
});

test('trainer: the shuffled training averages the perceptrons of consecutive seeds', () => {
  const data = prepare(records.slice(0, 150), false);
  const one = trainPerceptron(data, 2, 5);
  const next = trainPerceptron(data, 2, 6);
  assert.deepEqual(trainShuffled(data, 2, 5, 1), one);
  const mean = trainShuffled(data, 2, 5, 2);
  let differ = 0;
  for (let i = 0; i < mean.length; i++) {
    assert.ok(Math.abs(mean[i] - (one[i] + next[i]) / 2) < 1e-9, `weight ${i}`);
    if (one[i] !== next[i]) differ++;
  }
  assert.ok(differ > 0, 'the two orders give different weights');
});

test('trainer: a model trained on synthetic chat finds a name and a place in a sentence it never saw', () => {
  const values = quantise(trainPerceptron(prepare(syntheticRecords(3000, 11), false), 4, 3), 2);
  const model = { values, usesRules: false, calibration: { PERSON: { a: 1, b: 0 }, LOCATION: { a: 1, b: 0 }, ORGANIZATION: { a: 1, b: 0 } } };
  const tagger = new LearnedTagger(model);
  const rules = new NameTagger(lexiconFor({}));
  const text = 'Yesterday Henrike Sorensen flew to Tbilisi.';
  rules.tag(text);
  const got = tagger.tag(text, rules.lastTokens, undefined);
  assert.deepEqual(got.persons.map((c) => text.slice(c.start, c.end)), ['Henrike Sorensen']);
  assert.deepEqual(got.locations.map((c) => text.slice(c.start, c.end)), ['Tbilisi']);
});

test('trainer: synthetic records are deterministic and their spans cover what they label', () => {
  assert.deepEqual(syntheticRecords(50, 3), syntheticRecords(50, 3));
  for (const r of records) for (const s of r.spans) assert.ok(/^\S/.test(r.text.slice(s.start, s.end)) && s.end <= r.text.length, r.text);
});

test('fitPlatt: recovers the logistic map that generated the labels', () => {
  const xs: number[] = [];
  const ys: number[] = [];
  // Deterministic labels with P(y=1 | x) = sigmoid(0.002 x − 1) over x in 0…2000.
  for (let x = 0; x <= 2000; x += 1) {
    const p = 1 / (1 + Math.exp(-(0.002 * x - 1)));
    for (let k = 0; k < 10; k++) {
      xs.push(x);
      ys.push(k < Math.round(p * 10) ? 1 : 0);
    }
  }
  const { a, b } = fitPlatt(xs, ys);
  assert.ok(Math.abs(a - 0.002) < 0.0002 && Math.abs(b + 1) < 0.1, `${a} ${b}`);
});

test('isHandleSpan: "@name" and the tweet sets\' "@ name" are user names', () => {
  const text = 'RT @ Yuri_Smith : thanks @anna and Anna';
  assert.equal(isHandleSpan(text, { start: 5, end: 15 }), true);
  assert.equal(isHandleSpan(text, { start: 26, end: 31 }), true);
  assert.equal(isHandleSpan(text, { start: 36, end: 40 }), false);
});

test('trainer: the combined calibration is fitted per entity and origin, only where there are enough findings', () => {
  const model = shippedModel();
  // Every named person is gold, so a fitted map says "right" more confidently; a made-up word labeled nothing says the opposite.
  const people = ['Anna Schmidt', 'Kofi Mensah', 'Priya Nair', 'Tomás Ortega', 'Mei Chen'];
  const held = Array.from({ length: 60 }, (_, i) => {
    const name = people[i % people.length];
    const text = `Yesterday ${name} called about the refund.`;
    return { id: `t${i}`, text, spans: [{ start: 10, end: 10 + name.length, label: 'PERSON' }] };
  });
  const maps = calibrateCombination(model, held);
  const fitted = Object.entries(maps.PERSON);
  assert.ok(fitted.length > 0, 'a map for the persons found');
  for (const [, p] of fitted) assert.ok(p.a > 0 || p.b > 0, 'all of them right: the map does not lower them below one half');
  assert.deepEqual(maps.LOCATION, {}, 'no place was found, so no map');
  assert.deepEqual(calibrateCombination(model, held.slice(0, 10)).PERSON, {}, 'too few findings for a map');
});
