import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors, NAME_RULE_IDS, parseNameList } from './index';
import { matches } from '../../../testing/detectors';
import { resolveSettings } from '../../settings';

test('names group: one detector per rule id, none when names are disabled', () => {
  assert.deepEqual(nameDetectors().map((d) => d.id).sort(), [...NAME_RULE_IDS].sort());
  assert.deepEqual(nameDetectors(resolveSettings({ names: { enable: false } })), []);
});

test('names group: extraNames are always names, notNames never are', () => {
  const plain = nameDetectors().find((d) => d.id === 'pii/person')!;
  assert.deepEqual(matches(plain, 'forward it to zorblax please', 0.5), []);
  const custom = nameDetectors(resolveSettings({ names: { extraNames: ['Zorblax'], notNames: ['Helena'] } })).find((d) => d.id === 'pii/person')!;
  assert.deepEqual(matches(custom, 'forward it to zorblax please', 0.5), ['zorblax']);
  assert.deepEqual(matches(custom, 'We tuned Helena on the new data.', 0.5), []);
});

test('names group: a workspace name list', () => {
  assert.deepEqual(parseNameList('# customers\nZorblax Quint\n!Helena\n\n'), { extraNames: ['Zorblax Quint'], notNames: ['Helena'] });
});

test('names group: bad input never throws', () => {
  const dets = nameDetectors();
  for (const text of ['', '\u0000\uffff', 'a'.repeat(100_000), '\ud800 broken surrogate', '12'.repeat(5000), 'Mr.', '\n\n\n']) {
    for (const d of dets) assert.doesNotThrow(() => [...d.detect(text, {})]);
  }
});
