import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkModelCard, licenseFixes } from './index';
import { renamed } from './fixes';
import { applyEdits, settingsWith } from '../../testing/license';

const env = { settings: settingsWith() };
function fixesFor(text: string, rule: string, noticeFileExists?: boolean) {
  const f = checkModelCard(text, { ...env, noticeFileExists }).find((x) => x.rule === rule);
  assert.ok(f, `no ${rule} finding`);
  return licenseFixes(text, f, { ...env, noticeFileExists });
}

test('fixes: renamed() keeps every word of the name and its style, moves a misplaced Llama', () => {
  assert.equal(renamed('ParcelHelper Scout v2', 'Llama'), 'Llama ParcelHelper Scout v2');
  assert.equal(renamed('ParcelHelper Scout v2', 'Llama-4-Scout'), 'Llama 4 ParcelHelper Scout v2');
  assert.equal(renamed('ParcelHelper-Scout-v2', 'Llama'), 'Llama-ParcelHelper-Scout-v2');
  assert.equal(renamed('Hermes-3-Llama-3.2-3B', 'Llama'), 'Llama-3.2-Hermes-3-3B');
  assert.equal(renamed('LexTune-17B', 'Llama-4-Scout'), 'Llama-4-Scout-LexTune-17B');
  assert.equal(renamed('LexTune-17B', 'Llama'), 'Llama-LexTune-17B');
  assert.equal(renamed('lextune-17b-gguf', 'Llama-4-Scout'), 'llama-4-scout-lextune-17b-gguf');
  assert.equal(renamed('Lex Tune 7B', 'Llama-3.1'), 'Llama 3.1 Lex Tune 7B');
  assert.equal(renamed('lex_tune', 'Llama-3.3'), 'llama_3.3_lex_tune');
  assert.equal(renamed('Hermes-3-Llama-3.2-3B', 'Llama-3.2'), 'Llama-3.2-Hermes-3-3B');
  assert.equal(renamed('DeepSeek-R1-Distill-Llama-8B', 'Llama-3.1'), 'Llama-3.1-DeepSeek-R1-Distill-8B');
  assert.equal(renamed('LexTune-Maverick', 'Llama-4-Maverick'), 'Llama-4-LexTune-Maverick');
  assert.equal(renamed('Meta-LexTune', 'Llama'), 'Llama-LexTune');
});

test('fixes: the rename changes every place the card states the name, in one fix, and leaves repository ids alone', () => {
  const text = [
    '---',
    'base_model: meta-llama/Llama-4-Scout-17B-16E-Instruct',
    'model-index:',
    '- name: LexTune-17B',
    '---',
    '',
    '# LexTune-17B',
    '',
    'LexTune-17B answers legal questions; LexTune-17B-GGUF is its quantization. LexTuner is another model.',
    '',
    '```python',
    'base = AutoModel.from_pretrained("meta-llama/Llama-4-Scout-17B-16E-Instruct")',
    'model = AutoModel.from_pretrained("acme/LexTune-17B")',
    '```',
    '',
  ].join('\n');
  const [short, long, withCode] = fixesFor(text, 'llama/name-prefix');
  assert.equal(short.title, 'Rename the model to “Llama-LexTune-17B” where the card names it');
  assert.equal(short.isPreferred, true);
  assert.equal(long.title, 'Rename the model to “Llama-4-Scout-LexTune-17B” where the card names it');
  assert.equal(long.isPreferred, false);
  const stated = (to: string) => text.replace(/(?<![\w/-])LexTune-17B/g, to);
  assert.equal(applyEdits(text, short.edits), stated('Llama-LexTune-17B'));
  assert.equal(applyEdits(text, long.edits), stated('Llama-4-Scout-LexTune-17B'));
  assert.match(applyEdits(text, long.edits), /from_pretrained\("acme\/LexTune-17B"\)/);
  assert.match(applyEdits(text, long.edits), /LexTuner is another model/);
  assert.deepEqual(checkModelCard(applyEdits(text, short.edits), env).filter((f) => f.rule === 'llama/name-prefix'), []);
  // The repository id is renamed only by its own fix, which says so.
  assert.equal(withCode.title, 'Rename the model to “Llama-LexTune-17B” and the repository id in code and links to “acme/Llama-LexTune-17B” (rename the Hub repository first)');
  assert.equal(withCode.isPreferred, false);
  assert.equal(applyEdits(text, withCode.edits), stated('Llama-LexTune-17B').replace('acme/LexTune-17B', 'acme/Llama-LexTune-17B'));
});

test('fixes: the rename keeps the user\'s words and the repo ids in code blocks and links (a Llama 4 Scout fine-tune)', () => {
  const text = [
    '---',
    'license: llama4',
    'license_link: https://www.llama.com/llama4/license/',
    'base_model: meta-llama/Llama-4-Scout-17B-16E-Instruct',
    'model_name: ParcelHelper Scout v2',
    '---',
    '',
    '# ParcelHelper Scout v2',
    '',
    'Built with Llama',
    '',
    'ParcelHelper Scout v2 answers parcel-tracking questions for Acme Logistics. Weights: [acme/ParcelHelper-Scout-v2](https://huggingface.co/acme/ParcelHelper-Scout-v2).',
    '',
    '```python',
    'from transformers import AutoModelForCausalLM',
    'model = AutoModelForCausalLM.from_pretrained("acme/ParcelHelper-Scout-v2")',
    '```',
    '',
    'Llama 4 is licensed under the Llama 4 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.',
    '',
  ].join('\n');
  const fixes = fixesFor(text, 'llama/name-prefix');
  assert.deepEqual(fixes.map((f) => [f.title, f.isPreferred]), [
    ['Rename the model to “Llama ParcelHelper Scout v2” where the card names it', true],
    ['Rename the model to “Llama 4 ParcelHelper Scout v2” where the card names it', false],
    ['Rename the model to “Llama ParcelHelper Scout v2” and the repository id in code and links to “acme/Llama-ParcelHelper-Scout-v2” (rename the Hub repository first)', false],
  ]);
  const fixed = applyEdits(text, fixes[0].edits);
  assert.equal(fixed, text.replace(/(?<![\w/-])ParcelHelper Scout v2/g, 'Llama ParcelHelper Scout v2'));
  assert.equal(fixed.match(/acme\/ParcelHelper-Scout-v2/g)?.length, 3, 'repository ids untouched');
  assert.deepEqual(checkModelCard(fixed, env).map((f) => f.rule), []);
  const withCode = applyEdits(text, fixes[2].edits);
  assert.equal(withCode.match(/acme\/Llama-ParcelHelper-Scout-v2/g)?.length, 3);
  assert.doesNotMatch(withCode, /acme\/ParcelHelper/);
});

test('fixes: a name stated only in a code block is renamed there, by a fix that says so', () => {
  const text = [
    '---',
    'base_model: meta-llama/Llama-3.1-8B-Instruct',
    '---',
    '',
    '```python',
    'model = AutoModel.from_pretrained("acme/ParcelHelper-8B")',
    '```',
    '',
  ].join('\n');
  const [fix, ...rest] = fixesFor(text, 'llama/name-prefix');
  assert.equal(rest.length, 0);
  assert.equal(fix.isPreferred, true);
  assert.equal(fix.title, 'Rename the repository id in code and links to “acme/Llama-ParcelHelper-8B” (rename the Hub repository first)');
  assert.equal(applyEdits(text, fix.edits), text.replace('acme/ParcelHelper-8B', 'acme/Llama-ParcelHelper-8B'));
});

test('fixes: edits keep CRLF line endings and a BOM', () => {
  const text = '\uFEFF# LexTune\r\n\r\nLexTune is fine-tuned from Llama 3.1 8B.\r\n';
  const built = fixesFor(text, 'llama/built-with')[0];
  assert.equal(applyEdits(text, built.edits), '\uFEFF# LexTune\r\n\r\nBuilt with Llama\r\n\r\nLexTune is fine-tuned from Llama 3.1 8B.\r\n');
  const link = fixesFor(text, 'llama/license-link').find((f) => f.title.startsWith('Add front matter'))!;
  assert.equal(applyEdits(text, link.edits), '\uFEFF---\r\nlicense: llama3.1\r\nlicense_link: https://www.llama.com/llama3_1/license/\r\n---\r\n\r\n' + text.slice(1));
  const notice = fixesFor(text, 'llama/notice')[0];
  assert.equal(
    applyEdits(text, notice.edits),
    text + '\r\n## License\r\n\r\nLlama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.\r\n',
  );
});

test('fixes: "Built with Llama" goes under the title, without gluing onto the next paragraph', () => {
  const text = '---\nbase_model: meta-llama/Meta-Llama-3-8B\n---\n# Llama-3-LexTune\nA model.\n';
  const [fix] = fixesFor(text, 'llama/built-with');
  assert.equal(applyEdits(text, fix.edits), '---\nbase_model: meta-llama/Meta-Llama-3-8B\n---\n# Llama-3-LexTune\n\nBuilt with Meta Llama 3\n\nA model.\n');
});

test('fixes: a card without a title gets "Built with Llama" first, and front matter still goes before it', () => {
  const text = 'LexTune is fine-tuned from Llama 3.1 8B.\n\n## Usage\n\nRun it.\n';
  const [built] = fixesFor(text, 'llama/built-with');
  assert.equal(built.title, 'Add “Built with Llama” at the top of the card');
  const withDisplay = applyEdits(text, built.edits);
  assert.equal(withDisplay, 'Built with Llama\n\n' + text);
  const fm = fixesFor(withDisplay, 'llama/license-link').find((f) => /front matter/.test(f.title))!;
  assert.equal(applyEdits(withDisplay, fm.edits), '---\nlicense: llama3.1\nlicense_link: https://www.llama.com/llama3_1/license/\n---\n\nBuilt with Llama\n\n' + text);
  // The other order: front matter first, then the display after it and its blank line.
  const withFm = applyEdits(text, fixesFor(text, 'llama/license-link').find((f) => /front matter/.test(f.title))!.edits);
  assert.equal(applyEdits(withFm, fixesFor(withFm, 'llama/built-with')[0].edits), applyEdits(withDisplay, fm.edits));
});

test('fixes: a missing license id is only reported, and fixed, in a card with front matter', () => {
  const text = '# LexTune\n\nLexTune is fine-tuned from Llama 4 Scout.\n';
  assert.ok(!checkModelCard(text, env).some((f) => f.rule === 'llama/license-id'));
});

test('fixes: license id — replace the value, fill an empty key, or insert it', () => {
  const base = 'base_model: meta-llama/Llama-4-Scout-17B-16E';
  const value = `---\nlicense: "apache-2.0"\n${base}\n---\n# Llama-4-Scout-X\n`;
  assert.equal(applyEdits(value, fixesFor(value, 'llama/license-id')[0].edits), `---\nlicense: "llama4"\n${base}\n---\n# Llama-4-Scout-X\n`);
  const empty = `---\nlicense:\n${base}\n---\n# Llama-4-Scout-X\n`;
  assert.equal(applyEdits(empty, fixesFor(empty, 'llama/license-id')[0].edits), `---\nlicense: llama4\n${base}\n---\n# Llama-4-Scout-X\n`);
  const missing = `---\n${base}\n---\n# Llama-4-Scout-X\n`;
  assert.equal(applyEdits(missing, fixesFor(missing, 'llama/license-id')[0].edits), `---\n${base}\nlicense: llama4\n---\n# Llama-4-Scout-X\n`);
});

test('fixes: license_link goes right after the license line', () => {
  const text = '---\nlicense: llama3.3\nbase_model: meta-llama/Llama-3.3-70B-Instruct\n---\n# Llama-3.3-X\n';
  const [fix] = fixesFor(text, 'llama/license-link');
  assert.equal(fix.title, 'Add license_link: https://www.llama.com/llama3_3/license/');
  assert.equal(applyEdits(text, fix.edits), '---\nlicense: llama3.3\nlicense_link: https://www.llama.com/llama3_3/license/\nbase_model: meta-llama/Llama-3.3-70B-Instruct\n---\n# Llama-3.3-X\n');
});

test('fixes: the notice goes into an existing License section, or a NOTICE file is created', () => {
  const text = '---\nbase_model: meta-llama/Llama-4-Scout-17B-16E\n---\n# Llama-4-Scout-X\n\n## License\nSee below.\n';
  const [add] = fixesFor(text, 'llama/notice');
  assert.equal(
    applyEdits(text, add.edits),
    '---\nbase_model: meta-llama/Llama-4-Scout-17B-16E\n---\n# Llama-4-Scout-X\n\n## License\n\nLlama 4 is licensed under the Llama 4 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.\n\nSee below.\n',
  );
  const [create, plain] = fixesFor(text, 'llama/notice', false);
  assert.equal(create.isPreferred, true);
  assert.deepEqual(create.createFiles, [{ path: 'NOTICE', content: 'Llama 4 is licensed under the Llama 4 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.\n' }]);
  assert.equal(plain.createFiles, undefined);
  const crlf = text.replace(/\n/g, '\r\n');
  const [createCrlf] = fixesFor(crlf, 'llama/notice', false);
  assert.deepEqual(createCrlf.createFiles, [{ path: 'NOTICE', content: create.createFiles![0].content.replace('\n', '\r\n') }]);
  assert.match(createCrlf.createFiles![0].content, /Reserved\.\r\n$/);
});

test('fixes: none for rules that only inform, none for other findings', () => {
  const text = '---\nbase_model: meta-llama/Llama-4-Scout-17B-16E\npipeline_tag: image-text-to-text\n---\n# Model Card for Model ID\n';
  assert.deepEqual(fixesFor(text, 'llama/eu-multimodal'), []);
  assert.deepEqual(fixesFor(text, 'llama/name-unresolved'), []);
  const other = { start: 0, end: 1, rule: 'pii/email', entity: 'EMAIL_ADDRESS', confidence: 1, severity: 'warning' as const, message: '', reasons: [], container: 'raw' as const };
  assert.deepEqual(licenseFixes(text, other, env), []);
});

test('fixes: broken YAML gets no front-matter edits', () => {
  const text = '---\nlicense: [\n---\n# LexTune\n\nfine-tuned from Llama 4 Scout\n';
  const fixes = fixesFor(text, 'llama/license-link');
  assert.ok(fixes.length > 0);
  for (const f of fixes) for (const e of f.edits) assert.ok(e.start >= text.indexOf('# LexTune'), f.title);
});

test('fixes: after "Set license: llama4", prose that still says "License — Apache 2.0" is a finding, with its own fix', () => {
  const text = [
    '---',
    'license: apache-2.0',
    'license_link: https://www.llama.com/llama4/license/',
    'base_model: meta-llama/Llama-4-Scout-17B-16E-Instruct',
    '---',
    '',
    '# Llama-4-Scout-ParcelHelper',
    '',
    'Built with Llama',
    '',
    '- **Developed by:** Acme Logistics',
    '- **License — Apache 2.0**',
    '',
    'Llama 4 is licensed under the Llama 4 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.',
    '',
  ].join('\n');
  const setId = fixesFor(text, 'llama/license-id').find((f) => f.title === 'Set license: llama4')!;
  const fixed = applyEdits(text, setId.edits);
  const left = checkModelCard(fixed, env);
  assert.deepEqual(left.map((f) => [f.rule, fixed.slice(f.start, f.end)]), [['llama/license-id', 'Apache 2.0']]);
  assert.match(left[0].message, /contradicts license: llama4 in the front matter/);
  const [say] = licenseFixes(fixed, left[0], env);
  assert.equal(say.title, 'Say “Llama 4 Community License” instead of “Apache 2.0”');
  const clean = applyEdits(fixed, say.edits);
  assert.match(clean, /- \*\*License — \[Llama 4 Community License\]\(https:\/\/www\.llama\.com\/llama4\/license\/\)\*\*/);
  assert.deepEqual(checkModelCard(clean, env), []);
});
