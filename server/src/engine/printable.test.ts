import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { markdownCode, printable } from './printable';

test('printable: escape sequences, newlines and bidirectional overrides are shown, not obeyed', () => {
  assert.equal(printable('data/\u001b[31mred\u001b[0m.jsonl'), 'data/\\x1b[31mred\\x1b[0m.jsonl');
  assert.equal(printable('a\nb\r\tc\u0085'), 'a\\x0ab\\x0d\\x09c\\x85');
  assert.equal(printable('invoice_\u202egpj.exe'), 'invoice_\\u202egpj.exe');
  assert.equal(printable('données/été 2024.csv'), 'données/été 2024.csv', 'printable text is untouched');
});

/** The inline nodes CommonMark makes of `md`. */
function inline(md: string) {
  const para = fromMarkdown(md).children[0] as { type: string; children?: { type: string; value?: string }[] };
  return para.children ?? [];
}

test('markdownCode: one code span holding exactly the name, whatever backticks or HTML it has', () => {
  for (const name of ['plain.jsonl', 'a`b.jsonl', '``x``.csv', '`start', 'end`', '<img src=x onerror=alert(1)>.md', '**bold** [link](http://x).txt']) {
    const nodes = inline(`**Input:** ${markdownCode(name)} (jsonl)`);
    const code = nodes.filter((n) => n.type === 'inlineCode');
    assert.equal(code.length, 1, name);
    assert.equal(code[0].value, name, name);
    assert.equal(nodes.some((n) => n.type === 'html'), false, name);
  }
  const broken = inline(`**Input:** ${markdownCode('line1\n\n# heading')}`);
  assert.equal(broken.filter((n) => n.type === 'inlineCode')[0].value, 'line1\\x0a\\x0a# heading');
  assert.equal(markdownCode('a|b', true), '`a\\|b`');
});
