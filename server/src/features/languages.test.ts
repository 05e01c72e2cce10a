import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentFormat, languageOf } from './languages';

test('languages: the ids other editors send become the ids datasan.languages lists', () => {
  const cases: [string, string, string][] = [
    // [language id sent, file, VS Code id]
    ['text', '/d/notes.txt', 'plaintext'], // Neovim
    ['', '/d/chat.jsonl', 'jsonl'], // Neovim before 0.8, or no filetype
    ['', '/d/notes.txt', 'plaintext'],
    ['', '/d/README', 'plaintext'],
    ['jsonl', '/d/chat.jsonl', 'jsonl'],
    ['ndjson', '/d/chat.ndjson', 'jsonl'],
    ['json', '/d/chat.jsonl', 'jsonl'], // an editor that calls JSON Lines "json"
    ['json', '/d/config.json', 'json'],
    ['jsonc', '/d/settings.json', 'json'],
    ['JSON', '/d/config.json', 'json'],
    ['markdown', '/d/README.md', 'markdown'],
    ['csv', '/d/people.csv', 'csv'],
    ['tsv', '/d/people.tsv', 'tsv'],
    ['plaintext', '/d/people.csv', 'csv'],
    ['text', '/d/people.tsv', 'tsv'],
    ['csv_semicolon', '/d/people.csv', 'csv'], // an unknown id gives way to the extension
    ['markdown.mdx', '/d/README.md', 'markdown'],
    ['python', '/d/train.py', 'python'], // another language stays itself (scanned only when listed)
  ];
  for (const [id, path, expected] of cases) assert.equal(languageOf(id, path), expected, `${JSON.stringify(id)} on ${path}`);
});

test('languages: the format follows the normalised id, so fixes and scans read a file alike', () => {
  assert.equal(documentFormat('', '/d/chat.jsonl'), 'jsonl');
  assert.equal(documentFormat('json', '/d/chat.jsonl'), 'jsonl');
  assert.equal(documentFormat('text', '/d/notes.txt'), 'text');
  assert.equal(documentFormat('jsonc', '/d/settings.json'), 'json');
  assert.equal(documentFormat('python', '/d/train.py'), 'text');
});
