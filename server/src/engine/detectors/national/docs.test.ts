import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nationalRulesMarkdown } from './docs';
import { NATIONAL_KINDS } from './table';

const PAGE = join(__dirname, '../../../../../docs/rules/national.md');

test('docs/rules/national.md lists every kind and matches the table', () => {
  const md = nationalRulesMarkdown();
  for (const k of NATIONAL_KINDS) assert.ok(md.includes(`\`${k.id}\``) && md.includes(`\`${k.entity}\``), k.entity);
  assert.equal(readFileSync(PAGE, 'utf8'), md, 'out of date: write nationalRulesMarkdown() from national/docs.ts to docs/rules/national.md');
});
