import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ALL_NATIONAL_DETECTORS, FUSED_NATIONAL_ID, NATIONAL_KINDS, defaultLocales, expandLocales, localesForLanguage, nationalDetectors, nationalKindDetectors, resolveLocales,
} from './index';
import { LOCALE_GROUPS } from './locales';
import { DEFAULT_SETTINGS, resolveSettings } from '../../settings';
import type { Detector } from '../../types';

/** Every entity the detectors may report (the fused one names all of its kinds'). */
const entities = (ds: Detector[]) => new Set(ds.flatMap((d) => d.entities ?? [d.entity]));

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
  assert.equal(entities(nationalDetectors({ locales: ['all'], enableEntities: [] })).size, ALL_NATIONAL_DETECTORS.length);
  assert.equal(entities(nationalDetectors({ locales: ['*'], enableEntities: [] })).size, ALL_NATIONAL_DETECTORS.length);
  assert.equal(nationalKindDetectors({ locales: ['all'], enableEntities: [] }).length, ALL_NATIONAL_DETECTORS.length);
  assert.deepEqual(nationalDetectors({ locales: [], enableEntities: [] }), []);
  assert.deepEqual([...expandLocales([' GB ', 'IN'])].sort(), ['in', 'uk']);
  assert.ok(expandLocales(['eu']).has('fr') && !expandLocales(['eu']).has('uk'));
});

test('editor languages suggest locale groups', () => {
  assert.deepEqual(localesForLanguage('de'), ['de']);
  assert.deepEqual(localesForLanguage('pt-BR'), ['br']);
  assert.deepEqual(localesForLanguage('en-GB'), ['uk']);
  assert.deepEqual(localesForLanguage('pt_BR.UTF-8'), ['br'], 'as LANG writes it');
  assert.deepEqual(localesForLanguage('ja'), []);
});

test('locale names may be language tags; unknown names are reported, not guessed', () => {
  assert.deepEqual([...expandLocales(['pt-br', 'SV'])].sort(), ['br', 'se']);
  assert.deepEqual(resolveLocales(['de', 'xx', 'eu', 'Klingon', '']).unknown, ['xx', 'Klingon']);
  assert.deepEqual(resolveLocales(['all']).unknown, []);
  assert.ok(entities(nationalDetectors({ locales: ['pt-BR'], enableEntities: [] })).has('BR_CPF'));
});

test('not set (null): the fixed default, or the groups of the editor language plus it', () => {
  assert.equal(DEFAULT_SETTINGS.locales, null);
  assert.deepEqual([...expandLocales(null)].sort(), [...expandLocales(['us', 'uk', 'eu'])].sort());
  assert.deepEqual(defaultLocales(), ['us', 'uk', 'eu']);
  assert.deepEqual(defaultLocales('pt-br'), ['br', 'us', 'uk', 'eu']);
  assert.deepEqual(defaultLocales('en'), ['us', 'uk', 'eu']);
  assert.deepEqual(resolveSettings({}, 'pt-br').locales, ['br', 'us', 'uk', 'eu']);
  assert.deepEqual(resolveSettings({ locales: null }, 'de').locales, ['de', 'us', 'uk', 'eu'], 'VS Code sends the null default');
  assert.deepEqual(resolveSettings({ locales: ['in'] }, 'pt-br').locales, ['in'], 'a setting wins');
  assert.deepEqual(resolveSettings({ locales: [] }, 'pt-br').locales, [], '[] turns them all off');
  assert.equal(resolveSettings({}).locales, null);
});

test('the locale groups listed for the settings are those of the table', () => {
  assert.deepEqual(LOCALE_GROUPS, [...new Set(NATIONAL_KINDS.map((k) => k.locale))]);
});

test('every per-kind detector has a trigger that is not global or sticky', () => {
  for (const d of ALL_NATIONAL_DETECTORS) assert.ok(d.trigger && !d.trigger.global && !d.trigger.sticky, d.id);
});

test('the engine gets one fused detector standing for the active kinds, in table order', () => {
  for (const settings of [DEFAULT_SETTINGS, { locales: ['all'], enableEntities: [] }, { locales: ['in'], enableEntities: ['FR_NIR'] }]) {
    const ds = nationalDetectors(settings);
    const kinds = nationalKindDetectors(settings);
    assert.equal(ds.length, 1);
    assert.equal(ds[0].id, FUSED_NATIONAL_ID);
    assert.equal(ds[0].scope, 'digits');
    assert.deepEqual(ds[0].entities, kinds.map((d) => d.entity));
    assert.deepEqual((ds[0] as { parts?: Detector[] }).parts, kinds);
    // Every number key of a numeric kind is one of the fused detector's.
    for (const k of kinds) for (const w of k.numberKeys ?? []) assert.ok(ds[0].numberKeys?.includes(w), `${k.id}: ${w}`);
  }
  assert.equal(nationalDetectors(DEFAULT_SETTINGS)[0], nationalDetectors({ ...DEFAULT_SETTINGS })[0], 'the same kinds reuse one detector');
});

test('kinds whose severity is off are left out; a rule id overrides its entity', () => {
  const on = entities(nationalDetectors({ locales: ['us'], enableEntities: [], severity: { US_ITIN: 'off', US_NPI: 'off', 'pii/national/us-npi': 'hint', 'pii/national/us-mbi': 'off' } }));
  assert.ok(!on.has('US_ITIN') && !on.has('US_MBI'));
  assert.ok(on.has('US_NPI') && on.has('US_PASSPORT'));
  const allOff = Object.fromEntries(nationalKindDetectors({ locales: ['uk'], enableEntities: [] }).map((d) => [d.entity, 'off' as const]));
  assert.deepEqual(nationalDetectors({ locales: ['uk'], enableEntities: [], severity: allOff }), []);
});
