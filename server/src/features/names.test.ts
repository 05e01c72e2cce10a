import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { NamesPass } from './names';
import { LineDocument } from '../engine/lines';
import { createScanner } from '../engine/index';
import { activeDetectors } from '../engine/detectors/active';
import { DEFAULT_SETTINGS, type DatasanSettings } from '../engine/settings';

const entry = join(__dirname, '..', 'worker', 'dev-entry.mjs');

/** As the server has it: structured detectors on the main thread, names on the worker. */
const structured = (settings: DatasanSettings = DEFAULT_SETTINGS) => createScanner(settings, { detectors: activeDetectors(settings, { names: false }) });

const persons = (r: { findings: { entity: string | null; start: number; end: number }[] }, text: string) =>
  r.findings.filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

test('names pass: JSONL lines keep their names hits; an edit sends only the lines it touched to the worker', async () => {
  const pass = new NamesPass(entry);
  const scanner = structured();
  try {
    const rows = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, text: `Row ${i}: my name is Zofia Nowicka, write to z${i}@mail.com` }));
    let text = rows.join('\n') + '\n';
    const doc = new LineDocument(text);
    const key = pass.key(scanner.settings);

    const before = (await doc.scan(scanner, () => false, { namesKey: key }))!;
    assert.equal(before.namesMissing, 40);
    assert.equal(persons(before, text).length, 0, 'no names before the names pass');
    assert.deepEqual(await pass.scanLines('file:///a.jsonl', doc, scanner, () => false), { done: true, sent: 40 });
    assert.equal(pass.lastScan.units, 40, 'one text per line (the number is not sent)');
    const all = (await doc.scan(scanner, () => false, { namesKey: key }))!;
    assert.equal(all.namesMissing, 0);
    assert.deepEqual(persons(all, text), Array(40).fill('Zofia Nowicka'));
    assert.equal(all.findings.filter((f) => f.entity === 'EMAIL_ADDRESS').length, 40, 'structured findings are kept');

    // Edit line 7: the other 39 keep their names in the very next scan; only line 7 goes to the worker.
    const edited = JSON.stringify({ id: 7, text: 'Row 7: my name is Tomasz Wójcik' });
    doc.edit({ line: 7, character: 0 }, { line: 7, character: rows[7].length }, edited);
    rows[7] = edited;
    text = rows.join('\n') + '\n';
    const next = (await doc.scan(scanner, () => false, { namesKey: key }))!;
    assert.equal(next.namesMissing, 1);
    assert.equal(persons(next, text).length, 39);
    await pass.scanLines('file:///a.jsonl', doc, scanner, () => false);
    assert.equal(pass.lastScan.units, 1);
    const done = (await doc.scan(scanner, () => false, { namesKey: key }))!;
    assert.deepEqual(persons(done, text), [...Array(7).fill('Zofia Nowicka'), 'Tomasz Wójcik', ...Array(32).fill('Zofia Nowicka')]);

    // Other names settings make every line's hits stale.
    const other = structured({ ...DEFAULT_SETTINGS, names: { ...DEFAULT_SETTINGS.names, extraNames: ['Row'] } });
    assert.notEqual(pass.key(other.settings), key);
    assert.equal((await doc.scan(other, () => false, { namesKey: pass.key(other.settings) }))!.namesMissing, 40);
  } finally {
    await pass.dispose();
  }
});

test('names pass: a cancelled pass stores nothing half-done and says so', async () => {
  const pass = new NamesPass(entry);
  const scanner = structured();
  try {
    const text = Array.from({ length: 200 }, (_, i) => JSON.stringify({ text: `Ask Dr. Amara Okafor about flat ${i}.` })).join('\n');
    const doc = new LineDocument(text);
    assert.deepEqual(await pass.scanLines('file:///b.jsonl', doc, scanner, () => true), { cancelled: true });
    const key = pass.key(scanner.settings);
    assert.equal((await doc.scan(scanner, () => false, { namesKey: key }))!.namesMissing, 200);
  } finally {
    await pass.dispose();
  }
});
