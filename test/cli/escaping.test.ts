// Names from the disk are shown escaped, never obeyed (issue 13, item 8).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { run, workspace } from './helpers';

test('cli: escape sequences in a file name reach the text output escaped, not the terminal', () => {
  const name = 'notes-\u001b[2J\u001b[31mred\u001b[0m.txt';
  const dir = workspace({ [name]: 'write to ann@mail.com\n' });
  const r = run(['scan', '.'], dir, { env: { NO_COLOR: '1' } });
  assert.equal(r.code, 1, r.err);
  assert.equal(r.out.includes('\u001b'), false, 'no raw ESC in the output');
  assert.match(r.out, /^notes-\\x1b\[2J\\x1b\[31mred\\x1b\[0m\.txt$/m);
});

test('cli: the Markdown report keeps a file name with backticks and HTML inside one code span', () => {
  const name = 'a`b` <img src=x onerror=alert(1)> ``c.jsonl';
  const dir = workspace({ [name]: '{"text":"write to ann@mail.com"}\n' });
  const r = run(['redact', '--dry-run', '--report', 'report.md', name], dir);
  assert.equal(r.code, 0, r.err);
  const md = readFileSync(join(dir, 'report.md'), 'utf8');
  const input = fromMarkdown(md).children.find((n) => n.type === 'paragraph' && JSON.stringify(n).includes('Input:')) as { children: { type: string; value?: string }[] };
  assert.deepEqual(input.children.filter((n) => n.type === 'inlineCode').map((n) => n.value), [name]);
  assert.equal(input.children.some((n) => n.type === 'html'), false);
});
