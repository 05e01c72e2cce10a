import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionsOfLanguage, FORMAT_OF_EXTENSION, SCANNED_LANGUAGES } from './file-types';
import { formatOf } from './units';
import { DEFAULT_SETTINGS } from '../settings';

test('file types: a language finds the files of its format on disk, and each of them is read in that format', () => {
  assert.deepEqual(extensionsOfLanguage('jsonl'), ['jsonl', 'ndjson']);
  assert.deepEqual(extensionsOfLanguage('markdown'), ['md', 'markdown']);
  assert.deepEqual(extensionsOfLanguage('plaintext'), ['txt']);
  assert.deepEqual(extensionsOfLanguage('python'), []);
  for (const language of SCANNED_LANGUAGES) for (const ext of extensionsOfLanguage(language)) assert.equal(formatOf(undefined, `a.${ext}`), formatOf(language), `.${ext} of ${language}`);
  assert.ok(!SCANNED_LANGUAGES.flatMap(extensionsOfLanguage).includes('parquet'), 'Parquet is binary: the editor never opens it as text');
  assert.equal(FORMAT_OF_EXTENSION.parquet, 'parquet');
});

test('file types: the default languages, and those the extension activates on, are all scanned languages', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as { activationEvents: string[] };
  const activating = pkg.activationEvents.filter((e) => e.startsWith('onLanguage:')).map((e) => e.slice('onLanguage:'.length));
  for (const l of [...DEFAULT_SETTINGS.languages, ...activating]) assert.ok(SCANNED_LANGUAGES.includes(l), l);
  assert.deepEqual([...activating].sort(), [...DEFAULT_SETTINGS.languages].sort());
});
