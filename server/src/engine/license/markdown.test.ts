import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBody, structureEnd, STRUCTURE_LIMIT } from './markdown';

test('markdown: headings, HTML h1, code blocks and quoted agreements, in file offsets', () => {
  const t = '---\na: b\n---\n# Lex*Tune* <!-- c -->\n\n<div align="center"><h1>Lex <b>H1</b></h1></div>\n\n```py\nx\n```\n\n> LLAMA 4 COMMUNITY LICENSE AGREEMENT\n> text\n\n## Next\n';
  const s = parseBody(t, 13);
  assert.deepEqual(s.headings.map((h) => [h.depth, h.text, t.slice(h.contentStart, h.contentEnd)]), [[1, 'LexTune', 'Lex*Tune*'], [2, 'Next', 'Next']]);
  assert.deepEqual(s.htmlH1s.map((h) => [h.text, t.slice(h.contentStart, h.contentEnd)]), [['Lex H1', 'Lex <b>H1</b>']]);
  assert.equal(t.slice(s.codeBlocks[0].start, s.codeBlocks[0].end), '```py\nx\n```');
  assert.match(t.slice(s.agreements[0].start, s.agreements[0].end), /^> LLAMA 4[\s\S]*> text$/);
});

test('markdown: a pasted agreement under a heading runs to the next heading of its level', () => {
  const t = '# T\n\n## LLAMA 4 COMMUNITY LICENSE AGREEMENT\n\ntext\n\n### 1. Rights\n\nmore\n\n## After\n';
  const [a] = parseBody(t, 0).agreements;
  assert.equal(t.slice(a.start, a.end), '## LLAMA 4 COMMUNITY LICENSE AGREEMENT\n\ntext\n\n### 1. Rights\n\nmore\n\n');
});

test('markdown: the parsed part stops before constructs that make the parser quadratic', () => {
  const many = (unit: string, n: number) => unit.repeat(n);
  assert.equal(structureEnd('# Title\n\nplain text\n', 0, 20), 20);
  assert.ok(structureEnd(many('> q\n\n', 1000), 0, 5000) <= 151 * 5);
  assert.ok(structureEnd(many('- item\n', 1000), 0, 7000) <= 401 * 7);
  assert.ok(structureEnd(many('[a]: b\n', 1000), 0, 7000) <= 301 * 7);
  assert.equal(structureEnd('ok\n' + many('> - ', 20) + '\n', 0, 100), 3);
  // One long quote is one quote: no cut.
  assert.equal(structureEnd(many('> line\n', 1000), 0, 7000), 7000);
  const huge = '# Title\n\n' + many('> q\n\n', 200000);
  const s = parseBody(huge, 0);
  assert.ok(s.parsedEnd < STRUCTURE_LIMIT);
  assert.equal(s.headings[0].text, 'Title');
});
