// The engine runs one fused detector for every active national kind; it must report exactly what the
// per-kind detectors (one per table row) report: same rules, entities, labels, spans, scores, reasons, in
// the same order (the engine breaks ties between overlapping findings by order).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ALL_NATIONAL_DETECTORS, NATIONAL_KINDS, nationalDetectors, nationalKindDetectors, type NationalContext } from './index';
import { GENERATORS, changeOneDigit, digits, seeded } from '../../../testing/national-generators';
import { generateNationalSentences } from '../../../eval/national-sentences';
import { applyContext } from '../../context';
import { createScanner } from '../../index';
import { activeDetectors } from '../active';
import { resolveSettings, type DatasanSettings } from '../../settings';
import type { Detector } from '../../types';

const ALL = { locales: ['all'], enableEntities: [] };

interface Reported {
  rule: string;
  entity: string;
  label: string;
  start: number;
  end: number;
  score: number;
  reasons: string[];
}

/** What the per-kind detectors report, one after the other, context applied as the engine does. */
function perKind(detectors: readonly Detector[], text: string, key?: string): Reported[] {
  return detectors.flatMap((d) => {
    if (d.trigger && !d.trigger.test(text)) return [];
    return [...d.detect(text, { key })].map((c) => ({ rule: d.id, entity: d.entity, label: d.label, start: c.start, end: c.end, ...applyContext(d, text, c, key) }));
  });
}

/** What the fused detector reports, each candidate with its own rule and context words. */
function fused(d: Detector, text: string, ctx: NationalContext = {}): Reported[] {
  if (d.trigger && !d.trigger.test(text)) return [];
  return [...d.detect(text, ctx)].map((c) => {
    assert.ok(c.rule && c.entity && c.label && c.contextWords, 'a fused candidate names its rule, entity, label and context words');
    const words = { contextWords: c.contextWords, contextBoost: c.contextBoost };
    return { rule: c.rule, entity: c.entity, label: c.label, start: c.start, end: c.end, ...applyContext(words, text, c, ctx.key) };
  });
}

const fusedAll = nationalDetectors(ALL)[0];

function assertSame(text: string, key?: string) {
  assert.deepEqual(fused(fusedAll, text, { key }), perKind(ALL_NATIONAL_DETECTORS, text, key), `${JSON.stringify(text)} key=${key}`);
}

test('fused = per-kind on every generated evaluation sentence (valid, near misses, distractors)', () => {
  const sentences = generateNationalSentences();
  let reported = 0;
  for (const s of sentences) {
    assertSame(s.text);
    reported += perKind(ALL_NATIONAL_DETECTORS, s.text).length;
  }
  assert.ok(reported > sentences.length / 2, `the sentences exercise the detectors (${reported} candidates)`);
});

test('fused = per-kind with a JSON key or CSV column naming a kind', () => {
  const keys = ['passport_number', 'accountNumber', 'tin', 'ssn', 'nhs', 'steuer_id', 'bsn', 'dni', 'note', ''];
  for (const s of generateNationalSentences({ seed: 99, perKindContext: 2, perKindPlain: 2, perKindNearMiss: 1, distractors: 20 })) {
    for (const key of keys) assertSame(s.text, key);
  }
});

test('fused = per-kind for each locale group alone and for kinds named in enableEntities', () => {
  const groups = [...new Set(NATIONAL_KINDS.map((k) => k.locale))];
  const settings = [
    ...groups.map((l) => ({ locales: [l], enableEntities: [] })),
    { locales: ['us', 'uk', 'eu'], enableEntities: [] },
    { locales: ['in'], enableEntities: ['FR_NIR', 'pii/national/cn-ric'] },
  ];
  const sentences = generateNationalSentences({ seed: 5, perKindContext: 3, perKindPlain: 2, perKindNearMiss: 1, distractors: 40 });
  for (const s of settings) {
    const [d] = nationalDetectors(s);
    const kinds = nationalKindDetectors(s);
    for (const t of sentences) assert.deepEqual(fused(d, t.text), perKind(kinds, t.text), `${s.locales} ${t.text}`);
  }
});

// Number-heavy text: identifiers, near misses, bare runs of every length, separators, capitals, context
// words, digits of other scripts, glued letters.
const entities = NATIONAL_KINDS.map((k) => k.entity);
const piece = fc.oneof(
  fc.tuple(fc.constantFrom(...entities), fc.integer()).map(([e, s]) => GENERATORS[e](seeded(s))),
  fc.tuple(fc.constantFrom(...entities), fc.integer()).map(([e, s]) => changeOneDigit(GENERATORS[e](seeded(s)), seeded(s + 1))),
  fc.tuple(fc.integer({ min: 1, max: 22 }), fc.integer()).map(([n, s]) => digits(seeded(s), n)),
  fc.constantFrom(
    'AB', 'DE', 'IT', 'GIR 0AA', 'SW1A', 'X', 'x', 'Z', 'rec-', 'id', 'v2.13.0', '2024-05-01', '+44', '²', '٣٤', '１２３', '१२३',
    'passport', 'account number', 'checking', 'tin', 'NHS', 'dni', 'Steuer-ID', '身份证号码', 'driver license', 'savings', 'acct#',
  ),
);
const glue = fc.constantFrom('', ' ', ' ', '-', '.', '/', '+', ', ', 'x', 'a', '\n', '  ', ': ');
const numberText = fc.array(fc.tuple(piece, glue), { minLength: 1, maxLength: 14 }).map((parts) => parts.map(([p, g]) => p + g).join(''));

test('fused = per-kind on random number-heavy text (property)', () => {
  fc.assert(
    fc.property(numberText, fc.constantFrom(undefined, 'account', 'passport_no', 'id'), (t, key) => assertSame(t, key)),
    { numRuns: 2500, seed: 42 },
  );
});

test('fused = per-kind on benign text full of numbers', () => {
  const benign = [
    'Order 123456789 shipped on 2024-05-01; total $1,234.56 (invoice 2024-000981).',
    'Call +44 20 7946 0018 or +1 (415) 555-0132 for support.',
    'Epoch 1714557600000 ms, run id 20240501123045, seed 424242.',
    'Model v2.13.0 trained for 1200000 steps at lr 3e-4 on 8x A100 80GB.',
    'ISBN 978-3-16-148410-0 and DOI 10.1000/182 are cited.',
    'Tracking number 1Z999AA10123456784 delivered to the front desk.',
    '{"id":"rec-712049846"} rec-47066248 card 4111 1111 1111 1111 server 20.1.2.3',
    // A lowercase check character follows a bare run of 17 digits.
    '身份证号码：11010519491231002x', 'id 11010519491231002x, 11010519491231002X',
  ];
  for (const t of benign) assertSame(t);
});

test('a JSON number is tried only by the kinds its key names, as the per-kind detectors are', () => {
  const r = seeded(8);
  const cases: [string, string][] = [];
  for (const k of NATIONAL_KINDS.filter((k) => k.numeric)) cases.push([GENERATORS[k.entity](r).replace(/\D/g, ''), k.entity]);
  for (const key of ['account', 'tin', 'routing_number', 'nhs_number', 'pesel', 'bsn', 'id', 'phone']) {
    for (const [text] of cases) {
      const keyed = ALL_NATIONAL_DETECTORS.filter((d) => d.numberKeys?.some((w) => ` ${key.replace(/_/g, ' ')} `.includes(` ${w} `)));
      assert.deepEqual(fused(fusedAll, text, { key, container: 'json-number' }), perKind(keyed, text, key), `${key}: ${text}`);
    }
  }
});

// Whole scans through the engine: windows of long texts, overlaps with the other detectors, CSV columns.
function scanners(settings: DatasanSettings) {
  const engine = activeDetectors(settings, { names: false });
  const isNational = (d: Detector) => d.id.startsWith('pii/national');
  const kinds = [...engine.filter((d) => !isNational(d)), ...nationalKindDetectors(settings)];
  return [createScanner(settings, { detectors: engine }), createScanner(settings, { detectors: kinds })];
}

test('scans with the fused detector equal scans with the per-kind detectors', () => {
  const sentences = generateNationalSentences({ seed: 3, perKindContext: 4, perKindPlain: 3, perKindNearMiss: 2, distractors: 60 });
  const r = seeded(4);
  // Long texts (windowed by the engine) of several sentences, as JSONL records and plain text.
  const long: string[] = [];
  for (let i = 0; i < 60; i++) long.push(Array.from({ length: 6 }, () => sentences[Math.floor(r() * sentences.length)].text).join(' Lorem ipsum dolor sit amet. '));
  const jsonl = long.map((t, i) => JSON.stringify({ id: `rec-${digits(r, 9)}`, text: t, passport_no: sentences[i].text }));
  const csv = ['name,account,note', ...sentences.slice(0, 80).map((s) => `x,"${s.text.replace(/"/g, '""')}",${digits(r, 10)}`)].join('\n');
  const severity = { US_PASSPORT: 'off', 'pii/national/nl-bsn': 'off', UK_NHS: 'hint', DE_TAX_ID: 'off', 'pii/national/de-tax-id': 'error' } as const;
  for (const settings of [
    resolveSettings({}), resolveSettings({ locales: ['all'] }), resolveSettings({ locales: ['all'], minConfidence: 0 }),
    resolveSettings({ locales: ['in', 'fr'], enableEntities: ['US_BANK_NUMBER'] }), resolveSettings({ locales: ['all'], severity }),
  ]) {
    const [a, b] = scanners(settings);
    let n = 0;
    for (const t of [...sentences.map((s) => s.text), ...long]) {
      const fa = a.scan(t, 'text').findings;
      assert.deepEqual(fa, b.scan(t, 'text').findings, t);
      n += fa.length;
    }
    assert.deepEqual(a.scan(jsonl.join('\n'), 'jsonl'), b.scan(jsonl.join('\n'), 'jsonl'));
    assert.deepEqual(a.scan(csv, 'csv'), b.scan(csv, 'csv'));
    assert.ok(n > 100, `findings to compare: ${n}`);
  }
});

test('--entities: the fused detector reports only the kinds asked for', () => {
  const settings = resolveSettings({ locales: ['all'] });
  const text = generateNationalSentences({ seed: 1, perKindContext: 2, perKindPlain: 0, perKindNearMiss: 0, distractors: 0 }).map((s) => s.text).join('\n');
  const entities = new Set(['IN_AADHAAR', 'DE_TAX_ID']);
  const scanner = createScanner(settings, { entities, detectors: activeDetectors(settings, { names: false, entities }) });
  const found = new Set(scanner.scan(text, 'text').findings.map((f) => f.entity));
  assert.deepEqual([...found].sort(), ['DE_TAX_ID', 'IN_AADHAAR']);
});

test('SARIF lists each active national kind as its own rule, not the fused detector', async () => {
  const { SarifWriter } = await import('../../../cli/sarif');
  const { Output } = await import('../../../cli/output');
  const { Writable } = await import('node:stream');
  const settings = resolveSettings({});
  let text = '';
  const out = new Output(new Writable({ write: (chunk, _encoding, done) => done(void (text += chunk)) }));
  new SarifWriter(out, activeDetectors(settings, { names: false })).end();
  out.flush();
  const log = JSON.parse(text) as { runs: { tool: { driver: { rules: { id: string; fullDescription: { text: string }; properties: { tags: string[] } }[] } } }[] };
  const rules = log.runs[0].tool.driver.rules;
  assert.ok(!rules.some((r) => r.id === 'pii/national'));
  const national = rules.filter((r) => r.id.startsWith('pii/national/'));
  assert.deepEqual(national.map((r) => r.id), nationalKindDetectors(settings).map((d) => d.id));
  const nhs = national.find((r) => r.id === 'pii/national/uk-nhs')!;
  assert.equal(nhs.fullDescription.text, NATIONAL_KINDS.find((k) => k.entity === 'UK_NHS')!.description);
  assert.deepEqual(nhs.properties.tags, ['privacy', 'national-id', 'uk']);
});

test('a kind whose severity is off does not run, so it cannot hide an overlapping kind that is on', () => {
  // US and UK passports share the 9-digit shape and tie; with the US kind off, the UK one must show.
  const settings = resolveSettings({ severity: { US_PASSPORT: 'off' } });
  const findings = createScanner(settings, { detectors: activeDetectors(settings, { names: false }) }).scan('passport 123456789 issued', 'text').findings;
  assert.deepEqual(findings.map((f) => f.rule), ['pii/national/uk-passport']);
});
