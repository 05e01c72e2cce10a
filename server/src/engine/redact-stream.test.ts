import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScanner, scanText } from './index';
import { applyEdits, redactionEdits } from './redact';
import { AbortedError, redactStream, type RedactedUnit } from './redact-stream';
import type { Format } from './formats/units';
import { DEFAULT_SETTINGS, type RedactionStyle } from './settings';
import { activeDetectors } from './detectors/active';
import { fragileDetector } from '../testing/detectors';

const dir = () => mkdtempSync(join(tmpdir(), 'datasan-rs-'));

async function streamed(text: string, format: Format, style: RedactionStyle = 'placeholder', hooks: { onUnit?: (u: RedactedUnit) => void; dropInvalid?: boolean } = {}) {
  const d = dir();
  const input = join(d, 'in');
  writeFileSync(input, text);
  let out = '';
  const stats = await redactStream({ input, format, scanner: createScanner(), style, write: (s) => void (out += s), ...hooks });
  return { out, stats };
}

/** What the editor's "Redact file" gives for the same text. */
function whole(text: string, format: Format, style: RedactionStyle = 'placeholder') {
  const body = text.replace(/^\uFEFF/, '');
  const { findings } = scanText(body, format);
  return (text.startsWith('\uFEFF') ? '\uFEFF' : '') + applyEdits(body, redactionEdits(body, findings, findings, style));
}

const JSONL = '\uFEFF{"q":"mail ann.lee@mail.com","n":1}\r\n{"a":"caf\\u00e9 bob@mail.org \\"x\\"","ip":"8.8.4.4"}\n\n{"card":"4111 1111 1111 1111"}\r\nnot json carl@mail.net\n{"ok":"nothing"}';

test('redactStream: JSONL equals the whole-file redaction, byte for byte (BOM, CRLF, blank lines, no final break)', async () => {
  for (const style of ['placeholder', 'pseudonym', 'mask', 'partial'] as const) {
    const { out } = await streamed(JSONL, 'jsonl', style);
    assert.equal(out, whole(JSONL, 'jsonl', style), style);
  }
  const { out, stats } = await streamed(JSONL, 'jsonl');
  assert.equal(stats.bom, true);
  assert.equal(stats.records, 5);
  assert.deepEqual(stats.invalidLines, [5]);
  for (const line of out.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l && !l.startsWith('not json'))) JSON.parse(line);
  assert.ok(out.includes('not json [EMAIL_ADDRESS]\n'), 'the invalid line is redacted as text and kept');
});

test('redactStream: --drop-invalid leaves invalid lines out and counts them', async () => {
  const { out, stats } = await streamed(JSONL, 'jsonl', 'placeholder', { dropInvalid: true });
  assert.equal(stats.dropped, 1);
  assert.ok(!out.includes('not json'));
  assert.equal(out.split('\n').length, JSONL.split('\n').length - 1);
});

test('redactStream: CSV rows (quoted cells over several lines, CRLF) and text paragraphs equal the whole-file redaction', async () => {
  const csv = 'name,email,notes\r\nAnn,ann@mail.com,"line one\r\nline two with bob@mail.org, and ""quotes"""\r\n\r\nCarl,carl@mail.net,plain\r\n';
  assert.equal((await streamed(csv, 'csv')).out, whole(csv, 'csv'));
  const tsv = 'id\tcontact\n1\tann@mail.com\n2\t"a\tb" bob@mail.org\n';
  assert.equal((await streamed(tsv, 'tsv')).out, whole(tsv, 'tsv'));
  const text = 'Dear team,\r\nwrite to ann@mail.com\r\n  \r\nor call +1 415 555 0123\n\n\nbye carl@mail.net';
  assert.equal((await streamed(text, 'text')).out, whole(text, 'text'));
  assert.equal((await streamed(text, 'markdown')).out, whole(text, 'markdown'));
});

test('redactStream: pseudonyms stay consistent across batches and continue after numbers already in the file', async () => {
  const filler = `{"t":"${'x'.repeat(2000)}"}\n`;
  const text = `{"a":"ann@mail.com"}\n${filler.repeat(1200)}{"b":"bob@mail.org ann@mail.com [EMAIL_ADDRESS_7]"}\n`;
  const { out } = await streamed(text, 'jsonl', 'pseudonym');
  const lines = out.split('\n');
  assert.equal(lines[0], '{"a":"[EMAIL_ADDRESS_8]"}');
  assert.equal(lines[1201], '{"b":"[EMAIL_ADDRESS_9] [EMAIL_ADDRESS_8] [EMAIL_ADDRESS_7]"}');
});

test('redactStream: every unit is reported with its record, line and redacted findings', async () => {
  const units: RedactedUnit[] = [];
  await streamed(JSONL, 'jsonl', 'placeholder', { onUnit: (u) => units.push(u) });
  const lines = JSONL.replace(/^\uFEFF/, '').split(/\r?\n/);
  const expected = lines.flatMap((l, i) => (l ? [[i + 1, i + 1, scanText(l, 'jsonl').findings.length, i === 4]] : []));
  assert.deepEqual(units.map((u) => [u.record, u.line, u.findings.length, u.invalid]), expected);
  assert.deepEqual(expected.map((e) => e[2] as number > 0), [true, true, true, true, false]);
  for (const u of units) assert.equal(u.text, lines[u.line - 1]);
});

test('redactStream: an aborted signal stops it with AbortedError', async () => {
  const ac = new AbortController();
  ac.abort();
  const d = dir();
  writeFileSync(join(d, 'in'), JSONL);
  await assert.rejects(redactStream({ input: join(d, 'in'), format: 'jsonl', scanner: createScanner(), style: 'placeholder', write: () => {}, signal: ac.signal }), AbortedError);
});

test('redactStream: a record a detector fails on is passed through with its other findings redacted, and counted', async () => {
  const d = dir();
  const input = join(d, 'in.jsonl');
  writeFileSync(input, '{"a":"ann@mail.com"}\n{"b":"token_ids 5 6, bob@mail.org"}\n{"c":"carl@mail.net"}\n');
  const scanner = createScanner(DEFAULT_SETTINGS, { detectors: [...activeDetectors(DEFAULT_SETTINGS, { names: false }), fragileDetector('token_ids')] });
  const units: RedactedUnit[] = [];
  let out = '';
  const stats = await redactStream({ input, format: 'jsonl', scanner, style: 'placeholder', write: (s) => void (out += s), onUnit: (u) => units.push(u) });
  assert.equal(out, '{"a":"[EMAIL_ADDRESS]"}\n{"b":"token_ids 5 6, [EMAIL_ADDRESS]"}\n{"c":"[EMAIL_ADDRESS]"}\n');
  assert.deepEqual([stats.failedCount, stats.failedLines], [1, [2]]);
  assert.deepEqual(units.map((u) => u.failed), [false, true, false]);
});

test('redactStream: rows are cut as the scanner cuts them — a quote inside an unquoted cell is text, so a row ends at its line break', async () => {
  const csv = 'name,note\nAnn,5"2 tall\nBob,mail bob@mail.org\n';
  const units: RedactedUnit[] = [];
  const { out } = await streamed(csv, 'csv', 'placeholder', { onUnit: (u) => units.push(u) });
  assert.equal(out, whole(csv, 'csv'));
  assert.deepEqual(units.map((u) => [u.record, u.line]), [[undefined, 1], [1, 2], [2, 3]]);
  assert.deepEqual(units[2].findings.map((f) => f.entity), scanText(csv, 'csv').findings.filter((f) => f.record === 2).map((f) => f.entity));
  assert.ok(units[2].findings.some((f) => f.entity === 'EMAIL_ADDRESS'));
});
