// The library as a consumer gets it: the package `npm pack` makes, unpacked into a project's node_modules,
// required, imported and type-checked by name. Needs the build (`npm run build`) and the declarations (`tsc -b`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
let dir = '';

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'datasan-lib-'));
  run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], root);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack made a tarball');
  const pkg = join(dir, 'node_modules', 'datasan');
  mkdirSync(pkg, { recursive: true });
  run('tar', ['-xzf', join(dir, tarball), '-C', pkg, '--strip-components=1'], dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
});

after(() => rmSync(dir, { recursive: true, force: true }));

const RECORDS = ['{"text": "Write to jane.roe@gmail.com or call +44 20 7946 0958."}', '{"text": "Nothing personal here."}'].join('\n') + '\n';

test('library: require("datasan") scans and redacts a text, keeping each JSONL line valid', () => {
  writeFileSync(
    join(dir, 'use.cjs'),
    `const { scanText, redactText, createScanner, allRules } = require('datasan');
const records = ${JSON.stringify(RECORDS)};
const scan = scanText(records, 'jsonl');
const scanner = createScanner({ settings: { names: { enable: false } }, entities: ['EMAIL_ADDRESS'] });
const red = redactText(records, 'jsonl', { scanner });
console.log(JSON.stringify({ kinds: scan.findings.map((f) => f.entity), records: scan.findings.map((f) => f.record), text: red.text, counts: red.counts, rules: allRules().length }));`,
  );
  const out = JSON.parse(run(process.execPath, ['use.cjs'], dir));
  assert.deepEqual(out.kinds, ['EMAIL_ADDRESS', 'PHONE_NUMBER']);
  assert.deepEqual(out.records, [1, 1]);
  assert.deepEqual(out.counts, { EMAIL_ADDRESS: 1 });
  const lines = out.text.trimEnd().split('\n').map((l: string) => JSON.parse(l));
  assert.equal(lines[0].text, 'Write to [EMAIL_ADDRESS] or call +44 20 7946 0958.');
  assert.equal(lines[1].text, 'Nothing personal here.');
  assert.ok(out.rules > 100, 'the rule registry comes with it');
});

test('library: an ES module imports it by name and streams a file to its redacted form', () => {
  writeFileSync(join(dir, 'in.jsonl'), RECORDS);
  writeFileSync(
    join(dir, 'use.mjs'),
    `import { redactStream } from 'datasan';
const parts = [];
const stats = await redactStream({ input: 'in.jsonl', format: 'jsonl', style: 'pseudonym', write: (s) => { parts.push(s); } });
console.log(JSON.stringify({ text: parts.join(''), redactions: stats.redactions, records: stats.records }));`,
  );
  const out = JSON.parse(run(process.execPath, ['use.mjs'], dir));
  assert.equal(out.records, 2);
  assert.equal(out.redactions, 2);
  assert.equal(JSON.parse(out.text.split('\n')[0]).text, 'Write to [EMAIL_ADDRESS_1] or call [PHONE_NUMBER_1].');
});

test('library: its results are typed for a TypeScript consumer', () => {
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: true, types: [] }, files: ['use.ts'] }));
  const ok = `import { scanText, redactText, type Finding, type RedactedText } from 'datasan';
const findings: Finding[] = scanText('mail jane.roe@gmail.com', 'text').findings;
const kind: string | null = findings[0].entity;
const red: RedactedText = redactText('mail jane.roe@gmail.com', 'text', { style: 'mask' });
export const used = [kind, red.counts.EMAIL_ADDRESS];
`;
  writeFileSync(join(dir, 'use.ts'), ok);
  run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], dir);
  // The types are real: a wrong use is an error.
  writeFileSync(join(dir, 'use.ts'), `import { scanText } from 'datasan';\nexport const n: number = scanText('x', 'text').findings[0].message;\n`);
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { cwd: dir, encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stdout + r.stderr, /not assignable to type 'number'/);
});

test("library: the README's example runs as written", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const example = /^## As a library\n[^]*?```js\n([^]*?)```/m.exec(readme)?.[1];
  assert.ok(example, 'the README has a library example');
  writeFileSync(join(dir, 'in.jsonl'), RECORDS);
  writeFileSync(join(dir, 'example.cjs'), example);
  const r = spawnSync(process.execPath, ['example.cjs', 'in.jsonl'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.deepEqual(lines.slice(0, 2).map((l) => l.split(' ').slice(0, 3).join(' ')), ['1 pii/email EMAIL_ADDRESS', '1 pii/phone PHONE_NUMBER']);
  assert.match(lines[2], /^\{"text": "Write to \[EMAIL_ADDRESS_1\] or call \[PHONE_NUMBER_1\]\."\} \{ EMAIL_ADDRESS: 1, PHONE_NUMBER: 1 \}$/);
  assert.equal(JSON.parse(lines[3]).text, 'Write to [EMAIL_ADDRESS] or call [PHONE_NUMBER].');
  assert.match(r.stderr, /^2 redactions in 2 records\n$/);
});
