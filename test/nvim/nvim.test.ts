// A real third-party LSP client: Neovim, headless and without any configuration, runs `datasan lsp --stdio`
// on a .jsonl with no filetype (the empty language id older Neovim sends) and a .txt with Neovim's filetype
// "text", takes the first quick fix offered on an email, and writes the file. CI installs Neovim (.ci/run);
// without it the test fails on CI and is skipped elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../cli/helpers';

const EMAIL = 'lena.fischer@posteo.de';
const JSONL = [
  '{"id": 1, "messages": [{"role": "user", "content": "The parcel arrived on time."}]}',
  `{"id": 2, "messages": [{"role": "user", "content": "Please send the invoice to ${EMAIL} today."}]}`,
  '{"id": 3, "messages": [{"role": "assistant", "content": "Done, the invoice is on its way."}]}',
  '',
].join('\n');
const TEXT = `Shift notes\n\nThe customer asked us to write to ${EMAIL} from now on.\n`;

interface FileResult {
  path: string;
  filetype: string;
  diagnosed?: boolean;
  codes?: string[];
  edited?: boolean;
  cleared?: boolean;
}

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const missing = nvim.error || nvim.status !== 0 ? 'nvim is not installed (apt-get install neovim)' : undefined;

test('neovim: a .jsonl without filetype and a .txt of filetype text get diagnostics and a working quick fix', { skip: process.env.CI === 'true' ? false : missing }, () => {
  assert.equal(missing, undefined, 'CI must have Neovim: .ci/run installs it');
  const dir = mkdtempSync(join(tmpdir(), 'datasan-nvim-'));
  const jsonl = join(dir, 'chat.jsonl');
  const txt = join(dir, 'notes.txt');
  writeFileSync(jsonl, JSONL);
  writeFileSync(txt, TEXT);
  const resultPath = join(dir, 'result.json');
  const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(__dirname, 'datasan.lua')}`], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, DATASAN_NODE: process.execPath, DATASAN_BIN: BIN, DATASAN_ROOT: dir, DATASAN_FILES: `${jsonl}=;${txt}=text`, DATASAN_RESULT: resultPath },
  });
  assert.equal(r.status, 0, `nvim exited with ${r.status} (${r.signal ?? 'no signal'}): ${r.stderr}`);
  const result = JSON.parse(readFileSync(resultPath, 'utf8')) as { client?: boolean; error?: string; files: FileResult[] };
  assert.equal(result.error, undefined);
  assert.equal(result.client, true);
  assert.deepEqual(
    result.files.map((f) => [f.filetype, f.diagnosed, f.edited, f.cleared]),
    [
      ['', true, true, true],
      ['text', true, true, true],
    ],
  );

  const lines = readFileSync(jsonl, 'utf8').split('\n');
  assert.equal(lines.length, JSONL.split('\n').length);
  for (const line of lines.filter(Boolean)) assert.doesNotThrow(() => JSON.parse(line), 'a line no longer parses as JSON');
  const redacted = JSON.parse(lines[1]) as { messages: { content: string }[] };
  assert.ok(!redacted.messages[0].content.includes(EMAIL), 'the email is still in the JSONL');
  assert.match(redacted.messages[0].content, /^Please send the invoice to .+ today\.$/);
  assert.deepEqual([lines[0], lines[2]], [JSONL.split('\n')[0], JSONL.split('\n')[2]]);

  const text = readFileSync(txt, 'utf8');
  assert.ok(!text.includes(EMAIL), 'the email is still in the text file');
  assert.match(text, /^Shift notes\n\nThe customer asked us to write to .+ from now on\.\n$/);
});
