import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asyncBufferFromFile, type AsyncBuffer, type FileMetaData, parquetMetadataAsync, parquetReadObjects, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { putRow, readColumnGroup, rowOf, writeColumnGroup } from './parquet-columns';

const str = (name: string, repetition_type: 'OPTIONAL' | 'REQUIRED' = 'OPTIONAL'): SchemaElement => ({ name, type: 'BYTE_ARRAY', repetition_type, converted_type: 'UTF8' });

// Every shape the assembly has to get right: a required string, list<struct<string, string>> with null and
// empty lists and null elements and fields, an optional struct holding a list of strings, a map, int64, double.
const SCHEMA: SchemaElement[] = [
  { name: 'root', num_children: 6 },
  str('id', 'REQUIRED'),
  { name: 'messages', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  { name: 'element', repetition_type: 'OPTIONAL', num_children: 2 },
  str('role'),
  str('content'),
  { name: 'meta', repetition_type: 'OPTIONAL', num_children: 2 },
  str('source'),
  { name: 'tags', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  str('element'),
  { name: 'attrs', repetition_type: 'OPTIONAL', converted_type: 'MAP', num_children: 1 },
  { name: 'key_value', repetition_type: 'REPEATED', num_children: 2 },
  str('key', 'REQUIRED'),
  str('value'),
  { name: 'n', type: 'INT64', repetition_type: 'OPTIONAL' },
  { name: 'score', type: 'DOUBLE', repetition_type: 'REQUIRED' },
];
const COLUMNS = ['id', 'messages', 'meta', 'attrs', 'n', 'score'];

function rowAt(i: number) {
  const k = i % 7;
  return {
    id: `row-${i}`,
    messages: k === 0 ? null : k === 1 ? [] : Array.from({ length: k }, (_, j) => (j === 2 ? null : { role: j % 2 ? 'assistant' : 'user', content: k === 3 && j === 1 ? null : `message ${j} of row ${i}, write to r${i}@mail.net` })),
    meta: k === 4 ? null : { source: k === 5 ? null : `src ${i % 3}`, tags: k === 6 ? null : k === 2 ? [] : [`t${i}`, null, 'é ✓ 𝄞'] },
    attrs: k === 3 ? null : k === 2 ? {} : { a: `v${i}`, b: k === 5 ? null : 'x' },
    n: k === 1 ? null : BigInt(i) * 10_000_000_000n,
    score: i / 3,
  };
}

/** Row groups of 50 and 37 rows, in small pages so that values of a row group span several pages. */
function writeFile(): { path: string; rows: ReturnType<typeof rowAt>[] } {
  const rows = Array.from({ length: 87 }, (_, i) => rowAt(i));
  const w = new ByteWriter();
  const writer = new ParquetWriter({ writer: w, schema: SCHEMA, codec: 'SNAPPY' });
  writer.write({ columnData: COLUMNS.map((name) => ({ name, data: rows.map((r) => r[name as keyof typeof r]) })), rowGroupSize: 50, pageSize: 400 });
  writer.finish();
  const path = join(mkdtempSync(join(tmpdir(), 'datasan-columns-')), 'a.parquet');
  writeFileSync(path, new Uint8Array(w.getBuffer()));
  return { path, rows };
}

async function open(path: string): Promise<{ file: AsyncBuffer; metadata: FileMetaData }> {
  const file = await asyncBufferFromFile(path);
  return { file, metadata: await parquetMetadataAsync(file) };
}

const options = { compressors, parsers: DEFAULT_PARSERS };

test('parquet columns: each row assembled from its slice of the leaves is the row hyparquet reads', async () => {
  const { path } = writeFile();
  const { file, metadata } = await open(path);
  assert.equal(metadata.row_groups.length, 2);
  assert.ok(metadata.row_groups[0].columns.some((c) => Number(c.meta_data?.total_uncompressed_size) > 1200), 'pages split');
  const expected = await parquetReadObjects({ file, metadata, compressors, utf8: false });
  let first = 0;
  for (let g = 0; g < metadata.row_groups.length; g++) {
    const group = await readColumnGroup(file, metadata, g, options);
    for (let r = 0; r < group.rows; r++) assert.deepEqual(rowOf(group, r, DEFAULT_PARSERS), expected[first + r], `row ${first + r}`);
    first += group.rows;
  }
  assert.equal(first, 87);
});

/** The bytes ParquetWriter.write gives for these rows, one row group per call. */
function writtenByRows(metadata: FileMetaData, groups: Record<string, unknown>[][]): Uint8Array {
  const w = new ByteWriter();
  const writer = new ParquetWriter({ writer: w, schema: metadata.schema, codec: 'SNAPPY' });
  for (const rows of groups) writer.write({ columnData: COLUMNS.map((name) => ({ name, data: rows.map((r) => r[name]) })), rowGroupSize: rows.length });
  writer.finish();
  return new Uint8Array(w.getBuffer());
}

test('parquet columns: leaves written with their levels give the bytes that shredding the rows gives; kept rows and a changed row too', async () => {
  const { path } = writeFile();
  const { file, metadata } = await open(path);
  const w = new ByteWriter();
  const writer = new ParquetWriter({ writer: w, schema: metadata.schema, codec: 'SNAPPY' });
  const expected: Record<string, unknown>[][] = [];
  for (let g = 0; g < metadata.row_groups.length; g++) {
    const group = await readColumnGroup(file, metadata, g, options);
    const rows = Array.from({ length: group.rows }, (_, r) => rowOf(group, r, DEFAULT_PARSERS));
    // Redaction changes string values only: in a list of structs, in a struct's list, in a map.
    for (const r of [3, 12, 20]) {
      const row = rows[r] as ReturnType<typeof rowAt>;
      if (row.messages?.[0]) row.messages[0].content = '[EMAIL]';
      if (row.meta?.tags?.[0]) row.meta.tags[0] = '[TAG]';
      if (row.attrs && 'a' in row.attrs) row.attrs.a = '[A]';
      putRow(group, r, row);
    }
    const kept = rows.map((_, r) => r % 4 !== 1);
    await writeColumnGroup(writer, group, kept);
    expected.push(rows.filter((_, r) => kept[r]));
  }
  writer.finish();
  const bytes = new Uint8Array(w.getBuffer());
  assert.deepEqual(Buffer.from(bytes), Buffer.from(writtenByRows(metadata, expected)));
  const out = join(mkdtempSync(join(tmpdir(), 'datasan-columns-')), 'out.parquet');
  writeFileSync(out, bytes);
  const back = await parquetReadObjects({ file: await asyncBufferFromFile(out), compressors, utf8: false });
  assert.deepEqual(back, expected.flat());
  assert.equal((back[2] as ReturnType<typeof rowAt>).messages?.[0]?.content, '[EMAIL]');
});
