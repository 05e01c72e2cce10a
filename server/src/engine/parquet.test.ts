import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parquetReadObjects, asyncBufferFromFile } from 'hyparquet';
import { createScanner } from './index';
import { DEFAULT_SETTINGS } from './settings';
import { redactParquet, scanParquetFile } from './parquet';

const scanner = () => {
  const settings = structuredClone(DEFAULT_SETTINGS);
  settings.names.enable = false;
  return createScanner(settings);
};

function parquetFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'datasan-parquet-')), 'a.parquet');
  const bytes = parquetWriteBuffer({
    rowGroupSize: 2,
    columnData: [
      { name: 'n', data: [1, 2, 3], type: 'INT32' },
      { name: 'text', data: ['a\tb mail cy.dee@mail.net', null, 'call +1 415 555 0132'], type: 'STRING', nullable: true },
    ],
  });
  writeFileSync(path, Buffer.from(bytes));
  return path;
}

test('parquet scan: findings carry row, column path and offsets in the value', async () => {
  const r = await scanParquetFile(parquetFile(), scanner());
  assert.deepEqual(r.errors, []);
  assert.deepEqual(
    r.findings.map((f) => [f.entity, f.cell?.row, f.cell?.column, f.range.start.character, f.range.end.character, f.record]),
    [
      ['EMAIL_ADDRESS', 0, 'text', 9, 24, 1],
      ['PHONE_NUMBER', 2, 'text', 5, 20, 3],
    ],
  );
});

test('parquet scan: a file that is not Parquet is an error naming no value; the scan does not throw', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'datasan-parquet-')), 'bad.parquet');
  writeFileSync(path, 'secret cy.dee@mail.net PAR1');
  const r = await scanParquetFile(path, scanner());
  assert.equal(r.errors.length, 1);
  assert.match(r.errors[0], /^not a Parquet file or damaged/);
  assert.ok(!r.errors[0].includes('cy.dee'));
});

test('parquet redact: the sink gets a file with the values replaced; without a sink nothing is encoded', async () => {
  const input = parquetFile();
  const chunks: Uint8Array[] = [];
  const stats = await redactParquet({ input, scanner: scanner(), style: 'mask', sink: { writeBytes: async (b) => void chunks.push(b) } });
  assert.equal(stats.redactions, 2);
  const out = join(mkdtempSync(join(tmpdir(), 'datasan-parquet-')), 'out.parquet');
  writeFileSync(out, Buffer.concat(chunks));
  const rows = await parquetReadObjects({ file: await asyncBufferFromFile(out) });
  assert.deepEqual(rows, [{ n: 1, text: 'a\tb mail ***************' }, { n: 2, text: null }, { n: 3, text: 'call ** *** *** ****' }]);
  const dry = await redactParquet({ input, scanner: scanner(), style: 'mask' });
  assert.equal(dry.redactions, 2);
  assert.equal(dry.rowsWritten, 0);
});
