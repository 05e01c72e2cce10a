import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScanner, scanText } from './index';
import { DEFAULT_SETTINGS, resolveSettings } from './settings';
import { Allowlist } from './allowlist';
import type { Finding } from './types';
import { activeDetectors } from './detectors/active';
import { fragileDetector } from '../testing/detectors';
import { isUuid } from './scan';

const emails = (text: string, format: Parameters<typeof scanText>[1], settings = DEFAULT_SETTINGS, opts = {}) =>
  scanText(text, format, settings, opts).findings.map((f) => text.slice(f.start, f.end));

test('scan: JSONL findings point into the source, across lines', () => {
  const text = '{"a":"mail ann@mail.com"}\n{"b":"none"}\n{"c":"x bob@mail.org"}\n';
  const r = scanText(text, 'jsonl');
  assert.deepEqual(r.findings.map((f) => [text.slice(f.start, f.end), f.record, f.rule, f.entity, f.message]), [
    ['ann@mail.com', 1, 'pii/email', 'EMAIL_ADDRESS', 'Email address'],
    ['bob@mail.org', 3, 'pii/email', 'EMAIL_ADDRESS', 'Email address'],
  ]);
  assert.deepEqual(r.notices, []);
});

test('scan: CRLF and BOM', () => {
  const text = '\uFEFF{"a":"ann@mail.com"}\r\n{"b":"bob@mail.org"}\r\n';
  const r = scanText(text, 'jsonl');
  assert.deepEqual(r.findings.map((f) => text.slice(f.start, f.end)), ['ann@mail.com', 'bob@mail.org']);
  assert.deepEqual(r.notices, []);
});

test('scan: an invalid line between valid ones is noted and still scanned as raw text', () => {
  const text = '{"a":"ann@mail.com"}\n{"b": broken carl@mail.net\n{"c":"dora@mail.org"}';
  const r = scanText(text, 'jsonl');
  assert.deepEqual(r.findings.map((f) => [text.slice(f.start, f.end), f.container]), [
    ['ann@mail.com', 'json-string'],
    ['carl@mail.net', 'raw'],
    ['dora@mail.org', 'json-string'],
  ]);
  assert.deepEqual(r.notices.map((n) => [n.message, n.severity, n.record]), [['Line 2 is not valid JSON; it was scanned as plain text.', 'information', 2]]);
});

test('scan: CSV cells keep offsets, quoted cells and multi-line rows included', () => {
  const text = 'id,email,note\n1,ann@mail.com,"said ""hi"", bob@mail.org"\n2,"multi\nline carl@mail.net",x\n';
  assert.deepEqual(emails(text, 'csv'), ['ann@mail.com', 'bob@mail.org', 'carl@mail.net']);
  const r = scanText(text, 'csv');
  assert.deepEqual(r.findings.map((f) => f.record), [1, 1, 2]);
});

test('scan: markdown and plain text', () => {
  const text = '# Card\n\nContact: ann@mail.com\n\nNothing here.\n';
  assert.deepEqual(emails(text, 'markdown'), ['ann@mail.com']);
  assert.deepEqual(emails(text, 'text'), ['ann@mail.com']);
});

test('scan: minConfidence, severity off and allow patterns filter findings', () => {
  const text = '{"a":"ann@mail.com user@example.com"}';
  assert.deepEqual(emails(text, 'jsonl'), ['ann@mail.com']);
  assert.deepEqual(emails(text, 'jsonl', resolveSettings({ minConfidence: 0.1 })), ['ann@mail.com', 'user@example.com']);
  assert.deepEqual(emails(text, 'jsonl', resolveSettings({ severity: { EMAIL_ADDRESS: 'off' } })), []);
  assert.deepEqual(emails(text, 'jsonl', resolveSettings({ allowPatterns: ['@mail\\.com$'] })), []);
  const r = scanText(text, 'jsonl', resolveSettings({ severity: { 'pii/email': 'error' } }));
  assert.equal(r.findings[0].severity, 'error');
});

test('scan: the allow-list hides a value by its fingerprint only', () => {
  const allowlist = Allowlist.empty().with('ann@mail.com', 'EMAIL_ADDRESS');
  assert.equal(JSON.stringify(allowlist.file).includes('ann@mail.com'), false);
  assert.deepEqual(emails('{"a":"ann@mail.com bob@mail.org"}', 'jsonl', DEFAULT_SETTINGS, { allowlist }), ['bob@mail.org']);
  const reread = Allowlist.parse(allowlist.toJSON());
  assert.equal(reread.has('ann@mail.com'), true);
  assert.equal(reread.has('bob@mail.org'), false);
});

test('scan: entity filter', () => {
  assert.deepEqual(emails('ann@mail.com', 'text', DEFAULT_SETTINGS, { entities: new Set(['PHONE_NUMBER']) }), []);
});

test('scan: overlaps resolve to the strongest, also among many findings', async () => {
  const { resolveOverlaps } = await import('./scan');
  const small = resolveOverlaps([
    { start: 0, end: 10, score: 0.5 },
    { start: 5, end: 8, score: 0.9 },
    { start: 9, end: 12, score: 0.6 },
  ]);
  assert.deepEqual(small, [{ start: 5, end: 8, score: 0.9 }, { start: 9, end: 12, score: 0.6 }]);
  const many = Array.from({ length: 200 }, (_, i) => ({ start: i * 3, end: i * 3 + 5, score: (i % 7) / 7 }));
  const kept = resolveOverlaps(many);
  for (let i = 1; i < kept.length; i++) assert.ok(kept[i].start >= kept[i - 1].end);
  // Every dropped hit overlaps a kept one at least as strong.
  for (const h of many) if (!kept.includes(h)) assert.ok(kept.some((k) => k.start < h.end && h.start < k.end && k.score >= h.score));
});

test('scan: merging the names pass keeps every license finding on a span a name overlaps; personal data still resolves', async () => {
  const { strongestFindings } = await import('./scan');
  const finding = (rule: string, entity: string | null, start: number, end: number, confidence = 1): Finding => ({ rule, entity, start, end, confidence, severity: 'warning', message: rule, reasons: [], container: 'raw' });
  // A card's title: three license rules on it, a person's name inside it found by the names pass.
  const license = ['llama/name-prefix', 'llama/license-link', 'llama/notice'].map((r) => finding(r, null, 2, 34));
  const name = finding('pii/person', 'PERSON', 2, 16, 0.7);
  const weaker = finding('pii/location', 'LOCATION', 10, 20, 0.5);
  const email = finding('pii/email', 'EMAIL_ADDRESS', 40, 50);
  const merged = strongestFindings([email, ...license, weaker, name]);
  assert.deepEqual(merged.map((f) => f.rule), ['pii/person', 'llama/name-prefix', 'llama/license-link', 'llama/notice', 'pii/email']);
});

test('context: whole words in spaced scripts, any position in unspaced ones', async () => {
  const { findContext } = await import('./context');
  assert.equal(findContext('my phone: 5', 10, ['phone']), 'phone');
  assert.equal(findContext('smartphone 5', 11, ['phone']), undefined);
  assert.equal(findContext('ann@phone.com 5', 14, ['phone']), undefined);
  assert.equal(findContext('เลขบัตรประชาชนของฉันคือ 1', 24, ['บัตรประชาชน']), 'บัตรประชาชน');
  assert.equal(findContext('身份证号码是110', 6, ['身份证']), '身份证');
  const { findContextAfter } = await import('./context');
  assert.equal(findContextAfter('5 fax', 1, ['fax']), 'fax');
  assert.equal(findContextAfter('5-Office\n', 1, ['office']), 'office');
  assert.equal(findContextAfter('5 (Mobile), more', 1, ['mobile']), 'mobile');
  assert.equal(findContextAfter('5fax', 1, ['fax']), undefined);
  assert.equal(findContextAfter('5 fax machine', 1, ['fax']), undefined);
  assert.equal(findContextAfter('5 faxes', 1, ['fax']), undefined);
});

test('scan: a trigger several detectors share is tested once per text, and each detector still gets its own answer', () => {
  let tests = 0;
  class Counted extends RegExp {
    override test(s: string): boolean {
      tests++;
      return super.test(s);
    }
  }
  const shared = new Counted('x');
  const ran: string[] = [];
  const spy = (id: string, trigger: RegExp) => ({ id, entity: 'SPY', label: id, description: '', tags: [], defaultSeverity: 'warning' as const, trigger, detect: (): never[] => (ran.push(id), []) });
  // 'aA1' would satisfy a letter trigger and leave it ungated: these triggers stay behind the gate's needles.
  const scanner = createScanner(DEFAULT_SETTINGS, { detectors: [spy('a', shared), spy('b', shared), spy('c', /y/)] });
  scanner.scan('one x here', 'text');
  assert.deepEqual(ran, ['a', 'b']);
  const afterFirst = tests;
  assert.ok(afterFirst >= 1);
  scanner.scan('x and y', 'text');
  assert.deepEqual(ran, ['a', 'b', 'a', 'b', 'c']);
  assert.equal(tests - afterFirst, 1, 'the shared trigger itself ran once for the second text');
  scanner.scan('only y', 'text');
  assert.deepEqual(ran.slice(5), ['c'], 'a failed shared trigger keeps both of its detectors out');
});

/** The detectors `gate` marks for a text (and key). */
function marked(gate: (text: string, key: string | undefined, into: Uint8Array) => void, count: number, text: string, key?: string): boolean[] {
  const into = new Uint8Array(count);
  gate(text, key, into);
  return [...into].map((v) => v === 1);
}

test('detector gate: a trigger without literals is always marked, the others only where one of their needles is', async () => {
  const fc = (await import('fast-check')).default;
  const { detectorGate } = await import('./scan');
  const det = (id: string, trigger: RegExp) => ({ id, entity: 'X', label: id, description: '', tags: [], defaultSeverity: 'error' as const, trigger, detect: () => [] });
  // The first has no literal (a MAC address's separators); the others have needles.
  const dets = [det('mac', /[:-][0-9A-Fa-f]{2}[:-]|\.[0-9A-Fa-f]{4}\./), det('groq', /gsk_/), det('assign', /assword["']?[ \t]*=/), det('hf', /hf_/)];
  const gate = detectorGate(dets);
  assert.deepEqual(marked(gate, 4, 'aa:bb:cc'), [true, false, false, false]);
  assert.deepEqual(marked(gate, 4, 'my password = x'), [true, false, true, false]);
  assert.deepEqual(marked(gate, 4, 'the password is lost'), [true, false, false, false]);
  assert.deepEqual(marked(gate, 4, 'gsk_ and hf_ and = here'), [true, true, true, true], 'a needle is its literal\'s shortest part: "=" marks the assignment');
  const piece = fc.constantFrom('aa', ':', '-', '.', 'AB12', 'gsk_', 'hf_', '_', 'password', '=', ' ', '"', 'x');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
      const text = parts.join('');
      const m = marked(gate, 4, text);
      dets.forEach((d, i) => assert.ok(m[i] || !d.trigger.test(text), `${d.id} in ${text}`));
    }),
    { numRuns: 3000, seed: 11 },
  );
});

test('detector gate: every detector whose trigger matches (or whose key trigger matches the key) is marked; one whose needles are all absent is not', async () => {
  const fc = (await import('fast-check')).default;
  const { detectorGate } = await import('./scan');
  const { DETECTORS } = await import('./detectors/index');
  const { requiredLiterals } = await import('./needles');
  const gated = DETECTORS.filter((d) => d.scope !== 'digits' && d.trigger instanceof RegExp && !d.trigger.test('aA1'));
  assert.ok(gated.length >= 5);
  const gate = detectorGate(gated);
  const piece = fc.constantFrom('sk-', 'sk-ant-', 'hf_', 'ghp_', 'github_pat_', 'glpat-', 'xoxb-', 'xapp-', 'hooks.slack.com', 'AIza', 'eyJ', 'AKIA', 'secret', 'Secret',
    '-----BEGIN RSA PRIVATE KEY', '://', '@', 'a', 'Z', '0', ' ', '_', '-', '.', '/', 'rec-12', 'fine-tuned', 'snake_case',
    'password', 'PASSWORD', '=', ':', '"', ' = ', 'api_key', 'Token', 'sk_live_', 'gsk_', 'SG.', 'ABSKQmVkcm9ja0FQSUtleS', 'postgres');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), fc.constantFrom(undefined, 'api_key', 'token', 'name'), (parts, key) => {
      const text = parts.join('');
      const m = marked(gate, gated.length, text, key);
      gated.forEach((d, i) => {
        const keyOpens = !!key && !!d.keyTrigger?.test(key);
        assert.ok(m[i] || !(d.trigger!.test(text) || keyOpens), `${d.id} in ${text}`);
        // Every needle is a part of a literal: with no character of any literal in the text, nothing can open it.
        const literals = requiredLiterals(d.trigger!);
        if (literals && !keyOpens && !literals.some((l) => [...l].some((c) => text.includes(c)))) assert.ok(!m[i], `${d.id} marked in ${text}`);
      });
    }),
    { numRuns: 3000, seed: 9 },
  );
  // What a needle gate is for: prose with none of the needles marks none of the gated detectors.
  assert.deepEqual(marked(gate, gated.length, 'the weather is nice today, thanks').filter(Boolean).length, gated.filter((d) => !requiredLiterals(d.trigger!)).length);
});

test('scan: a detector that throws on one record loses only its own findings there; the other records and detectors are scanned', () => {
  const fragile = fragileDetector('token_ids');
  const scanner = createScanner(DEFAULT_SETTINGS, { detectors: [...activeDetectors(DEFAULT_SETTINGS, { names: false }), fragile] });
  const text = ['{"a":"ann@mail.com"}', '{"b":"token_ids 12 13 14, from bob@mail.org"}', '{"c":"carl@mail.net"}'].join('\n');
  const r = scanner.scan(text, 'jsonl');
  assert.deepEqual(r.findings.map((f) => [text.slice(f.start, f.end), f.record]), [['ann@mail.com', 1], ['bob@mail.org', 2], ['carl@mail.net', 3]]);
  assert.deepEqual(r.notices.map((n) => [n.rule, n.severity, n.record, n.message]), [
    ['engine/detector-failed', 'warning', 2, 'Record 2 was not fully scanned: the Fragile kind detector failed on it (an internal error), so such findings may be missing here. The rest of the file was scanned.'],
  ]);
  assert.ok(!r.notices[0].message.includes('bob') && !r.notices[0].message.includes('token'), 'the notice quotes nothing of the record');
  // The same through the paths the CLI and the editor take: a unit at a time, and cached.
  const unit = scanner.scanUnit('{"b":"token_ids"}', 'jsonl');
  assert.deepEqual(unit.failed, ['Fragile kind']);
  assert.deepEqual(scanner.scanUnit('{"b":"no ids"}', 'jsonl').failed, undefined);
});

test('scan: a short value without a digit that gave no hit is not scanned again under the same key; values with a hit, a digit or another key are', () => {
  const seen: string[] = [];
  const spy = {
    id: 'pii/spy', entity: 'SPY', label: 'Spy', description: '', tags: [], defaultSeverity: 'warning' as const,
    detect: (text: string) => (seen.push(text), text === 'hit' ? [{ start: 0, end: 3, score: 1, reasons: [] }] : []),
  };
  const scanner = createScanner(DEFAULT_SETTINGS, { detectors: [spy] });
  const records = ['{"role":"user","x":"hit"}', '{"role":"user","x":"hit"}', '{"role":"user","who":"user","x":"r2d2"}', '{"x":"r2d2","role":"user"}'];
  const r = scanner.scan(records.join('\n'), 'jsonl');
  assert.deepEqual(seen, ['user', 'hit', 'hit', 'user', 'r2d2', 'r2d2'], 'role "user" once; "who" is another key; "hit" and "r2d2" each time');
  assert.deepEqual(r.findings.map((f) => f.record), [1, 2]);
  // A value longer than the memo's limit is scanned each time.
  seen.length = 0;
  const long = 'a'.repeat(40);
  scanner.scan(`{"x":"${long}"}\n{"x":"${long}"}`, 'jsonl');
  assert.equal(seen.length, 2);
});

test('scan: the memo of quiet values is bounded: past its limit it starts again, and a value it forgot is scanned again', () => {
  const seen = new Map<string, number>();
  const spy = {
    id: 'pii/spy', entity: 'SPY', label: 'Spy', description: '', tags: [], defaultSeverity: 'warning' as const,
    detect: (text: string) => (seen.set(text, (seen.get(text) ?? 0) + 1), []),
  };
  const scanner = createScanner(DEFAULT_SETTINGS, { detectors: [spy] });
  const word = (i: number) => i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]);
  // 60,000 values under 10 keys: the limit holds for all keys together, not per key.
  const values = Array.from({ length: 60_000 }, (_, i) => `{"k${i % 10}":"${word(i)}"}`);
  scanner.scan([values[0], ...values, values[0]].join('\n'), 'jsonl');
  assert.equal(seen.get(word(0)), 2, 'remembered after its first scan, forgotten once the memo was full');
  assert.equal(seen.get(word(59_999)), 1);
});

test('scan: a detector that throws on a short value fails on every record that holds it, not only the first', () => {
  const scanner = createScanner(DEFAULT_SETTINGS, { detectors: [fragileDetector('boom')] });
  // The first record fails twice on the same key (its notice names the detector once).
  const r = scanner.scan(['{"k":"boom","k":"boom"}', '{"k":"boom"}', '{"k":"calm"}', '{"k":"boom"}'].join('\n'), 'jsonl');
  assert.deepEqual(r.notices.map((n) => [n.rule, n.record]), [['engine/detector-failed', 1], ['engine/detector-failed', 2], ['engine/detector-failed', 4]]);
});

test('countDigits: the digits of a text, the most in one run of digits, spaces, dots, dashes, + and brackets, and the longest token', async () => {
  const { countDigits } = await import('./scan');
  const counts = (text: string) => {
    const into = new Int32Array(3);
    countDigits(text, into);
    return [...into];
  };
  assert.deepEqual(counts('e5c62d50-baee-4397-80bb-44503f9f2284'), [21, 6, 36]);
  assert.deepEqual(counts('call +44 (20) 7946-0958 now'), [12, 12, 9]);
  assert.deepEqual(counts('order #738486, lr 9.46e-5'), [10, 6, 7]);
  assert.deepEqual(counts('no digits, ٣٤ not_ASCII~x'), [0, 0, 11]);
});

test('scan: skipping texts by their longest run of joined digits or token (minRunDigits, minTokenRun) loses no finding of phones, cards, SSNs and Bitcoin addresses', async () => {
  const fc = (await import('fast-check')).default;
  const settings = { ...DEFAULT_SETTINGS, minConfidence: 0 };
  const detectors = activeDetectors(settings, { names: false }).filter((d) => !d.parts && (d.minRunDigits !== undefined || d.minTokenRun !== undefined));
  assert.deepEqual(detectors.map((d) => d.id).sort(), ['pii/credit-card', 'pii/crypto', 'pii/phone', 'pii/us-ssn']);
  const filtered = createScanner(settings, { detectors });
  const unfiltered = createScanner(settings, { detectors: detectors.map((d) => ({ ...d, minRunDigits: undefined, minTokenRun: undefined })) });
  // Bitcoin's genesis address and BIP 173's example address, whole and cut short.
  const piece = fc.constantFrom('4111', '1111', '415', '555', '0123', '7946', '0958', '078', '05', '1120', '+44', '+1', '(20)', '(415)', '0',
    ' ', '-', '.', '+', '(', ')', '#', 'x', 'ext.', 'a', 'Z', '/', ':', ',', 'e5c62d50-baee', 'call ', 'card ', 'ssn ',
    '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', '1A1zP1eP5QGefi2DMP', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bc1qar0srrr', 'wallet ');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
      const text = parts.join('');
      const found = (s: typeof filtered) => s.scan(text, 'text').findings.map((f) => [f.rule, f.start, f.end, f.confidence]);
      assert.deepEqual(found(filtered), found(unfiltered), text);
    }),
    { numRuns: 4000, seed: 23 },
  );
});

test('scan: a value that is wholly a UUID holds no personal data, whatever its key; a UUID named as a key still does', () => {
  // Its digits "816760-f…" were read as a phone number under a "phone" key (0.6) before ids were skipped.
  const ids = ['29816760-f705-954a-c25f-e69dd176c0b0', '12345678-1234-1234-1234-123456789012', 'E5C62D50-BAEE-4397-80BB-44503F9F2284'];
  for (const key of ['phone', 'id', 'ssn', 'card', 'text']) {
    for (const id of ids) assert.deepEqual(scanText(JSON.stringify({ [key]: id }), 'jsonl').findings, [], `${key}: a UUID`);
  }
  const keyed = '{"pinecone_api_key":"29816760-f705-454a-b25f-e69dd176c0b0"}';
  assert.deepEqual(scanText(keyed, 'jsonl').findings.map((f) => f.rule), ['secret/pinecone']);
  // Inside text, a UUID's neighbours are still scanned.
  const text = '{"text":"ticket 29816760-f705-954a-c25f-e69dd176c0b0, call +44 20 7946 0958"}';
  assert.deepEqual(scanText(text, 'jsonl').findings.map((f) => f.rule), ['pii/phone']);
});

test('isUuid: the 8-4-4-4-12 form only', () => {
  assert.equal(isUuid('e5c62d50-baee-4397-80bb-44503f9f2284'), true);
  assert.equal(isUuid('E5C62D50-BAEE-4397-80BB-44503F9F2284'), true);
  for (const t of ['e5c62d50baee439780bb44503f9f2284', 'e5c62d50-baee-4397-80bb-44503f9f228', 'g5c62d50-baee-4397-80bb-44503f9f2284', 'e5c62d50-baee-4397-80bb_44503f9f2284', ' e5c62d50-baee-4397-80bb-44503f9f228']) {
    assert.equal(isUuid(t), false, t);
  }
});
