import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { secretPageFile, secretRulePage } from './secret-docs';
import { SECRET_KINDS } from './secret-table';
import { ruleDocFile } from '../rule-docs';

const RULES = join(__dirname, '../../../../docs/rules');
const README = join(__dirname, '../../../../README.md');

test('docs/rules: every row of the secret table has its page, as generated from the row', () => {
  for (const k of SECRET_KINDS) {
    assert.equal(secretPageFile(k), ruleDocFile(k.id));
    assert.equal(readFileSync(join(RULES, secretPageFile(k)), 'utf8'), secretRulePage(k), `${secretPageFile(k)} is out of date: run npx tsx server/src/engine/detectors/secret-docs.ts`);
  }
});

test('README: the secret list names every rule of the table', () => {
  const readme = readFileSync(README, 'utf8');
  for (const k of SECRET_KINDS) assert.ok(readme.includes(`\`${k.id}\``), `README lists ${k.id}`);
});
