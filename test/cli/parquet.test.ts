// Parquet in and out: `scan` locates findings by row and column path (nested list<struct> included),
// `redact` writes the same schema, rows and row groups with only string values changed, and DuckDB
// (an independent reader) reads what Datasan wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import AjvDraft4 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { DuckDBInstance } from '@duckdb/node-api';
import { run, workspace } from './helpers';
import { type ChatRow, chatRowJson, writeChatParquet } from './parquet-fixture';

const validateJson = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(__dirname, 'scan-output.schema.json'), 'utf8')));
const sarifAjv = new AjvDraft4({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(sarifAjv);
const validateSarif = sarifAjv.compile(JSON.parse(readFileSync(join(__dirname, 'sarif-schema-2.1.0.json'), 'utf8')));

/** Five rows in row groups of 2, 2 and 1: nulls everywhere, a nested list of messages, a clean row. */
const ROWS: ChatRow[] = [
  { id: 1n, score: 0.5, created: 1_700_000_000_123_456n, text: 'hello', messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'write to ann.lee@mail.com' }] },
  { id: 2n, score: null, created: null, text: null, messages: null },
  { id: 3n, score: -1.25, created: 0n, text: 'call +1 415 555 0132 today', messages: [] },
  { id: 9_007_199_254_740_993n, score: 3, created: 1n, text: 'line one\nmail bob@mail.org', messages: [{ role: null, content: null }, { role: 'user', content: 'x' }, { role: 'user', content: 'again ann.lee@mail.com' }] },
  { id: 5n, score: 1e-9, created: 42n, text: 'nothing here', messages: [{ role: 'user', content: 'fine' }] },
];
const GROUPS = [ROWS.slice(0, 2), ROWS.slice(2, 4), ROWS.slice(4)];

async function dataset(extra: Record<string, string> = {}): Promise<string> {
  const dir = workspace({ 'same.jsonl': ROWS.map(chatRowJson).join('\n') + '\n', ...extra });
  await writeChatParquet(join(dir, 'chat.parquet'), GROUPS);
  return dir;
}

/** Reads Parquet files with DuckDB: rows (as JSON-safe values), row-group layout, codecs, schema. */
async function duck(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    return (await c.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    c.closeSync();
  }
}

test('cli parquet: scan --format json locates each finding by row and column path, nested values included', async () => {
  const dir = await dataset();
  const r = run(['scan', '--no-names', '--format', 'json', 'chat.parquet'], dir);
  assert.equal(r.code, 1, r.err);
  const doc = JSON.parse(r.out) as { files: { findings: { entity: string; row: number; column: string; offset: number; length: number; record: number }[]; errors: string[] }[] };
  assert.ok(validateJson(doc), JSON.stringify(validateJson.errors));
  const found = doc.files[0].findings.map((f: { entity: string; row: number; column: string; offset: number; length: number; record: number }) => [f.entity, f.row, f.column, f.offset, f.length, f.record]);
  assert.deepEqual(found, [
    ['EMAIL_ADDRESS', 0, 'messages[1].content', 9, 16, 1],
    ['PHONE_NUMBER', 2, 'text', 5, 15, 3],
    ['EMAIL_ADDRESS', 3, 'text', 14, 12, 4],
    ['EMAIL_ADDRESS', 3, 'messages[2].content', 6, 16, 4],
  ]);
  assert.deepEqual(doc.files[0].errors, []);
  // The same records as JSONL give the same findings.
  const jsonl = JSON.parse(run(['scan', '--no-names', '--format', 'json', 'same.jsonl'], dir).out);
  assert.deepEqual(jsonl.files[0].findings.map((f: { entity: string; record: number }) => [f.entity, f.record]), found.map((f: unknown[]) => [f[0], f[5]]));
  // Text output names row and column; no value is shown.
  const text = run(['scan', '--no-names', 'chat.parquet'], dir);
  assert.match(text.out, /row 0 messages\[1\]\.content:10 +warning +Email address/);
  assert.match(text.out, /row 3 text:15 /);
  assert.ok(!text.out.includes('ann.lee') && !r.out.includes('ann.lee'));
  // --show-values gives the value itself, decoded (the \n before it counts as one character).
  const shown = JSON.parse(run(['scan', '--no-names', '--format', 'json', '--show-values', 'chat.parquet'], dir).out);
  assert.deepEqual(shown.files[0].findings.map((f: { value: string }) => f.value), ['ann.lee@mail.com', '+1 415 555 0132', 'bob@mail.org', 'ann.lee@mail.com']);
});

test('cli parquet: SARIF places findings by logical location (row and column path) and is valid', async () => {
  const dir = await dataset();
  const r = run(['scan', '--no-names', '--format', 'sarif', 'chat.parquet'], dir);
  assert.equal(r.code, 1, r.err);
  const log = JSON.parse(r.out) as { runs: { results: { locations: { logicalLocations: unknown; physicalLocation: { region?: unknown } }[]; properties: Record<string, unknown>; partialFingerprints: Record<string, string> }[] }[] };
  assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3)));
  const results = log.runs[0].results;
  assert.equal(results.length, 4);
  assert.deepEqual(results[0].locations[0].logicalLocations, [{ name: 'messages[1].content', fullyQualifiedName: 'rows[0].messages[1].content', kind: 'element' }]);
  assert.equal(results[0].locations[0].physicalLocation.region, undefined);
  assert.deepEqual([results[3].properties.row, results[3].properties.column], [3, 'messages[2].content']);
  const prints = results.map((x: { partialFingerprints: Record<string, string> }) => Object.values(x.partialFingerprints)[0]);
  assert.equal(new Set(prints).size, 4);
});

test('cli parquet: redact keeps schema, rows, row groups and non-string values; DuckDB reads the output', async () => {
  const dir = await dataset();
  const r = run(['redact', '--no-names', 'chat.parquet', '-o', 'out.parquet', '--report', 'report.json'], dir);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /redacted 4 values in 5 records/);
  const input = join(dir, 'chat.parquet');
  const output = join(dir, 'out.parquet');
  const rows = await duck(`SELECT * FROM '${output}'`);
  const before = await duck(`SELECT * FROM '${input}'`);
  assert.equal(rows.length, 5);
  for (const [i, row] of rows.entries()) {
    for (const k of ['id', 'score', 'created']) assert.deepEqual(row[k], before[i][k], `row ${i} ${k}`);
  }
  assert.equal(rows[3].id, '9007199254740993'); // int64 beyond 2^53, exact
  assert.equal(rows[0].created, '2023-11-14 22:13:20.123456+00'); // microseconds kept
  assert.deepEqual(rows[0].messages, [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'write to [EMAIL_ADDRESS]' }]);
  assert.equal(rows[1].messages, null);
  assert.deepEqual(rows[2].messages, []);
  assert.equal(rows[2].text, 'call [PHONE_NUMBER] today');
  assert.equal(rows[3].text, 'line one\nmail [EMAIL_ADDRESS]');
  assert.deepEqual(rows[3].messages, [{ role: null, content: null }, { role: 'user', content: 'x' }, { role: 'user', content: 'again [EMAIL_ADDRESS]' }]);
  assert.deepEqual(rows[4], before[4]);
  const layout = (f: string) => duck(`SELECT row_group_id, row_group_num_rows, path_in_schema, type, compression FROM parquet_metadata('${f}') ORDER BY row_group_id, column_id`);
  const [inLayout, outLayout] = [await layout(input), await layout(output)];
  assert.deepEqual(outLayout.map((x) => [x.row_group_id, x.row_group_num_rows, x.path_in_schema, x.type]), inLayout.map((x) => [x.row_group_id, x.row_group_num_rows, x.path_in_schema, x.type]));
  assert.ok(outLayout.every((x) => x.compression === 'SNAPPY'));
  const schema = (f: string) => duck(`SELECT name, type, logical_type, repetition_type, converted_type FROM parquet_schema('${f}')`);
  assert.deepEqual(await schema(output), await schema(input));
  // The report names fields by column path.
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  assert.equal(report.input.format, 'parquet');
  assert.deepEqual(report.fields.map((f: { field: string; count: number }) => [f.field, f.count]).sort(), [['messages[].content', 2], ['text', 2]]);
  assert.equal(report.totals.records, 5);
  assert.ok(!readFileSync(join(dir, 'report.json'), 'utf8').includes('ann.lee'));
});

test('cli parquet: keyed pseudonyms give a Parquet value the tag it gets in JSONL', async () => {
  const dir = await dataset({ key: 'a1f0c3e5d7b9a2c4e6f8091b3d5f7a9c\n' });
  assert.equal(run(['redact', '--no-names', '--pseudonym-key-file', 'key', 'chat.parquet', '-o', 'out.parquet'], dir).code, 0);
  assert.equal(run(['redact', '--no-names', '--pseudonym-key-file', 'key', 'same.jsonl', '-o', 'out.jsonl'], dir).code, 0);
  const tags = (s: string) => s.match(/\[[A-Z_]+_[a-z0-9]{12}\]/g) ?? [];
  const rows = await duck(`SELECT text, messages FROM '${join(dir, 'out.parquet')}'`);
  const fromParquet = tags(JSON.stringify(rows.map((r) => [r.text, r.messages])));
  const fromJsonl = tags(readFileSync(join(dir, 'out.jsonl'), 'utf8'));
  assert.equal(fromParquet.length, 4);
  assert.deepEqual([...fromParquet].sort(), [...fromJsonl].sort());
  // Numbered pseudonyms: the same value, the same number, across columns and row groups.
  assert.equal(run(['redact', '--no-names', '--style', 'pseudonym', 'chat.parquet', '-o', 'num.parquet'], dir).code, 0);
  const numbered = await duck(`SELECT text, messages FROM '${join(dir, 'num.parquet')}'`);
  assert.equal(numbered[0].messages && (numbered[0].messages as { content: string }[])[1].content, 'write to [EMAIL_ADDRESS_1]');
  assert.equal((numbered[3].messages as { content: string }[])[2].content, 'again [EMAIL_ADDRESS_1]');
  assert.equal(numbered[3].text, 'line one\nmail [EMAIL_ADDRESS_2]');
});

test('cli parquet: repair keeps the rows under the threshold, unchanged, in their row groups', async () => {
  const dir = await dataset();
  const r = run(['repair', '--no-names', '--max-redactions', '0', 'chat.parquet', '-o', 'kept.parquet'], dir);
  assert.equal(r.code, 0, r.err);
  const rows = await duck(`SELECT id, text FROM '${join(dir, 'kept.parquet')}'`);
  assert.deepEqual(rows, [{ id: '2', text: null }, { id: '5', text: 'nothing here' }]);
  const groups = await duck(`SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('${join(dir, 'kept.parquet')}') ORDER BY 1`);
  assert.deepEqual(groups.map((g) => g.row_group_num_rows), ['1', '1']);
});

test('cli parquet: a file that is not Parquet is reported and the scan goes on', async () => {
  const dir = await dataset({ 'bad.parquet': 'PAR1 not really\n', 'ok.jsonl': '{"t":"write to ann.lee@mail.com"}\n' });
  const r = run(['scan', '--no-names', '--format', 'json', 'bad.parquet', 'ok.jsonl'], dir);
  assert.equal(r.code, 2);
  const doc = JSON.parse(r.out);
  assert.match(doc.files[0].errors[0], /not a Parquet file or damaged/);
  assert.equal(doc.files[1].findings.length, 1);
  const red = run(['redact', 'bad.parquet', '-o', 'x.parquet'], dir);
  assert.equal(red.code, 2);
  assert.match(red.err, /bad\.parquet: not a Parquet file or damaged/);
});

test('cli parquet: a Zstd file written by DuckDB (maps, decimals, dates, several row groups) is redacted and read back by DuckDB', async () => {
  const dir = workspace({});
  const input = join(dir, 'duck.parquet');
  const output = join(dir, 'out.parquet');
  await duck(`COPY (SELECT i::BIGINT AS id, 'row ' || i || CASE WHEN i % 1000 = 0 THEN ' mail cy.dee@mail.net' ELSE '' END AS text,
      [{'role': 'user', 'content': 'call +1 415 555 0132'}, {'role': 'assistant', 'content': 'ok ' || i}] AS messages,
      MAP {'lang': 'en'} AS meta, (i * 1.25)::DECIMAL(12, 2) AS price, DATE '2024-01-01' + (i % 300)::INT AS day, i / 7.0 AS ratio
    FROM range(5000) t(i)) TO '${input}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 2048)`);
  const r = run(['redact', '--no-names', 'duck.parquet', '-o', 'out.parquet'], dir);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /redacted 5,005 values in 5,000 records/);
  const differ = await duck(`SELECT count(*) AS n FROM (SELECT id, meta, price, day, ratio, messages[2] AS m2 FROM '${input}' EXCEPT SELECT id, meta, price, day, ratio, messages[2] FROM '${output}')`);
  assert.equal(differ[0].n, '0');
  const redacted = await duck(`SELECT count(*) FILTER (WHERE text LIKE '%[EMAIL_ADDRESS]') AS emails, count(*) FILTER (WHERE messages[1].content = 'call [PHONE_NUMBER]') AS phones FROM '${output}'`);
  assert.deepEqual(redacted[0], { emails: '5', phones: '5000' });
  const groups = (f: string) => duck(`SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('${f}') ORDER BY 1`);
  const inGroups = await groups(input);
  assert.ok(inGroups.length > 1);
  assert.deepEqual(await groups(output), inGroups);
});
