// The shipped weights are what `npm run train` makes from the recorded recipe: the same settings always,
// and the same data (by SHA-256) when the training data is there to hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST, shippedModel } from './shipped';
import { TRAIN_RECIPE } from './recipe';
import { FEATURE_SETTINGS } from './features';
import { WEIGHT_COUNT } from './codec';
import { sha256File } from '../../../../train/data';

const NER_DIR = join(__dirname, '..', '..', '..', '..', '..', '..', '..', 'shared', 'data', 'ner');

test('shipped weights: trained with the current recipe and feature settings', () => {
  assert.deepEqual(MANIFEST.recipe, TRAIN_RECIPE);
  assert.deepEqual(MANIFEST.features, FEATURE_SETTINGS);
  assert.deepEqual(Object.keys(MANIFEST.data), [...TRAIN_RECIPE.dataFiles]);
  for (const f of TRAIN_RECIPE.dataFiles) assert.match(f, /-train\.jsonl$/, 'never a -dev file');
  for (const h of Object.values(MANIFEST.data)) assert.match(h, /^[0-9a-f]{64}$/);
});

// Without ../shared (a checkout on its own) the data cannot be hashed: the settings above still hold, and
// this test checks that the manifest names a hash for each file (it cannot say whether they match).
test('shipped weights: trained on exactly the data files in ../shared/data/ner (when present)', () => {
  if (!existsSync(NER_DIR)) {
    assert.equal(Object.keys(MANIFEST.data).length, TRAIN_RECIPE.dataFiles.length);
    return;
  }
  for (const f of TRAIN_RECIPE.dataFiles) assert.equal(MANIFEST.data[f as keyof typeof MANIFEST.data], sha256File(join(NER_DIR, f)), `${f} changed since the weights were trained: run npm run train`);
});

test('shipped weights: decode to the feature layout, with positive calibration slopes', () => {
  const m = shippedModel();
  assert.equal(m.values.length, WEIGHT_COUNT);
  let nonZero = 0;
  for (const v of m.values) if (v !== 0) nonZero++;
  assert.ok(nonZero > 50_000, `${nonZero} non-zero weights`);
  for (const p of Object.values(m.calibration)) assert.ok(p.a > 0, 'a larger margin means a higher confidence');
  const combined = Object.values(m.combined ?? {}).flatMap((byOrigin) => Object.values(byOrigin));
  assert.ok(combined.length > 0, 'the combined findings have calibration maps');
  for (const p of combined) assert.ok(p.a > 0, 'a higher confidence before the combined calibration stays higher after it');
});
