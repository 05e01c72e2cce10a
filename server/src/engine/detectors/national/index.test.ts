import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_NATIONAL_DETECTORS, expandLocales, localesForLanguage, nationalDetectors } from './index';
import { DEFAULT_SETTINGS } from '../../settings';

const entities = (ds: { entity: string }[]) => new Set(ds.map((d) => d.entity));

test('default locales (us, uk, eu) turn on US, UK and EU kinds only', () => {
  const on = entities(nationalDetectors(DEFAULT_SETTINGS));
  for (const e of ['US_ITIN', 'UK_NHS', 'DE_TAX_ID', 'FR_NIR', 'ES_NIF', 'PL_PESEL', 'BE_NRN']) assert.ok(on.has(e), e);
  for (const e of ['IN_AADHAAR', 'CN_RIC', 'BR_CPF', 'KR_RRN', 'CA_SIN', 'AU_TFN']) assert.ok(!on.has(e), e);
});

test('a kind named in enableEntities is on even if its locale is off', () => {
  const on = entities(nationalDetectors({ locales: ['de'], enableEntities: ['IN_AADHAAR', 'pii/national/kr-rrn', 'not_a_kind'] }));
  assert.ok(on.has('IN_AADHAAR') && on.has('KR_RRN') && on.has('DE_TAX_ID'));
  assert.ok(!on.has('US_ITIN') && !on.has('FR_NIR'));
  assert.ok(entities(nationalDetectors({ locales: [], enableEntities: ['in_aadhaar'] })).has('IN_AADHAAR'), 'entity names are case-insensitive');
});

test('locale names: all, *, eu, gb; no locales means none', () => {
  assert.equal(nationalDetectors({ locales: ['all'], enableEntities: [] }).length, ALL_NATIONAL_DETECTORS.length);
  assert.equal(nationalDetectors({ locales: ['*'], enableEntities: [] }).length, ALL_NATIONAL_DETECTORS.length);
  assert.equal(nationalDetectors({ locales: [], enableEntities: [] }).length, 0);
  assert.deepEqual([...expandLocales([' GB ', 'IN'])].sort(), ['in', 'uk']);
  assert.ok(expandLocales(['eu']).has('fr') && !expandLocales(['eu']).has('uk'));
});

test('editor languages suggest locale groups', () => {
  assert.deepEqual(localesForLanguage('de'), ['de']);
  assert.deepEqual(localesForLanguage('pt-BR'), ['br']);
  assert.deepEqual(localesForLanguage('en-GB'), ['uk']);
  assert.deepEqual(localesForLanguage('ja'), []);
});

test('every national detector has a trigger that is not global or sticky', () => {
  for (const d of ALL_NATIONAL_DETECTORS) assert.ok(d.trigger && !d.trigger.global && !d.trigger.sticky, d.id);
});
