import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspaceReportHtml } from './workspace';

test('workspace report: files by findings, entities summed, rows link to files, no values', () => {
  const html = workspaceReportHtml(
    {
      files: [
        { uri: 'file:///w/a.jsonl', findings: 2, entities: { EMAIL_ADDRESS: 2 } },
        { uri: 'file:///w/b.csv', findings: 5, entities: { EMAIL_ADDRESS: 1, PHONE_NUMBER: 4 } },
        { uri: 'file:///w/clean.md', findings: 0, entities: {} },
      ],
    },
    (u) => u.replace('file:///w/', ''),
  );
  assert.match(html, /7 findings in 2 of 3 scanned files/);
  assert.ok(html.indexOf('data-uri="file:///w/b.csv"') < html.indexOf('data-uri="file:///w/a.jsonl"'), 'most findings first');
  assert.ok(!html.includes('data-uri="file:///w/clean.md"'));
  assert.match(html, /EMAIL_ADDRESS 1<\/span><span class="pill">PHONE_NUMBER 4/);
  assert.match(html, /<svg/);
});
