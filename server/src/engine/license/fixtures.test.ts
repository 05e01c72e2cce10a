// Runs every annotated card in test/fixtures/license and every quick fix offered on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkModelCard, licenseFixes } from './index';
import { allRules } from '../rules';
import { applyEdits, keys, lineAt, loadFixtures, mapOffset, outsideEditsKept } from '../../testing/license';

const fixtures = loadFixtures();

test('license fixtures: there are cards for every rule and trap', () => {
  const rules = new Set(fixtures.flatMap((f) => f.expected.map((e) => e.rule)));
  for (const r of allRules().filter((x) => x.group === 'license')) assert.ok(rules.has(r.id), `no fixture expects ${r.id}`);
  assert.ok(fixtures.filter((f) => f.name.startsWith('trap-')).length >= 10);
});

test('license fixtures: the edit checks catch a change outside the edits and follow moved lines', () => {
  const text = 'a\nbb\nccc\n';
  const edits = [{ start: 2, end: 4, newText: 'BBBB' }, { start: 0, end: 0, newText: '#\n' }];
  const fixed = applyEdits(text, edits);
  assert.equal(fixed, '#\na\nBBBB\nccc\n');
  assert.equal(outsideEditsKept(text, fixed, edits), undefined);
  assert.match(outsideEditsKept(text, fixed.replace('ccc', 'cxc'), edits)!, /after offset 4/);
  assert.match(outsideEditsKept(text, fixed.replace('a\n', 'A\n'), edits)!, /before offset 2/);
  assert.match(outsideEditsKept(text, fixed.replace('BBBB', 'BBBX'), edits)!, /not in place/);
  assert.equal(outsideEditsKept(text, fixed + 'x', edits), 'the text after offset 4 changed');
  assert.equal(mapOffset(5, edits), 9);
  assert.equal(mapOffset(3, edits), 4);
  assert.equal(mapOffset(0, edits), 2);
});

for (const fx of fixtures) {
  test(`license fixture ${fx.name}: exact findings`, () => {
    const found = checkModelCard(fx.text, fx.env);
    assert.deepEqual(keys(fx.text, found), fx.expected.map((e) => `${e.rule}@${e.line}`).sort());
    for (const e of fx.expected.filter((x) => x.severity)) {
      const f = found.find((x) => x.rule === e.rule && lineAt(fx.text, x.start) === e.line)!;
      assert.equal(f.severity, e.severity, `${e.rule}@${e.line} severity`);
    }
    for (const f of found) {
      assert.equal(f.entity, null);
      assert.equal(f.container, 'raw');
      assert.ok(f.end > f.start, `${f.rule} has an empty range`);
      assert.ok(!fx.text.slice(f.start, f.end).includes('\n'), `${f.rule} spans lines`);
      assert.match(f.message, /^[^\n]+$/);
      assert.ok(f.confidence > 0.5 && f.confidence <= 1);
    }
  });

  test(`license fixture ${fx.name}: same findings with CRLF and with a BOM`, () => {
    const base = keys(fx.text, checkModelCard(fx.text, fx.env));
    const crlf = fx.text.replace(/\n/g, '\r\n');
    const crlfFound = checkModelCard(crlf, fx.env);
    assert.deepEqual(keys(crlf, crlfFound), base);
    for (const f of crlfFound) assert.doesNotMatch(crlf.slice(f.start, f.end), /[\r\n]/, `${f.rule} span holds a line break`);
    const bom = '\uFEFF' + fx.text;
    assert.deepEqual(keys(bom, checkModelCard(bom, fx.env)), base);
  });

  test(`license fixture ${fx.name}: every quick fix removes its finding and only its edit changes`, () => {
    for (const eol of ['\n', '\r\n']) {
      const text = eol === '\n' ? fx.text : fx.text.replace(/\n/g, '\r\n');
      const before = checkModelCard(text, fx.env);
      for (const finding of before) {
        const fixes = licenseFixes(text, finding, fx.env);
        for (const fix of fixes) {
          const where = `${fx.name} ${finding.rule}@${lineAt(text, finding.start)} "${fix.title}"`;
          const fixed = applyEdits(text, fix.edits);
          if (!fix.createFiles?.length) assert.notEqual(fixed, text, `${where} changes nothing`);
          const env = fix.createFiles?.some((c) => c.path === 'NOTICE') ? { ...fx.env, noticeFileExists: true } : fx.env;
          const after = checkModelCard(fixed, env);
          const count = (list: typeof before, rule: string) => list.filter((f) => f.rule === rule).length;
          assert.ok(count(after, finding.rule) < count(before, finding.rule), `${where} leaves ${finding.rule}`);
          if (count(before, finding.rule) === 1) assert.equal(count(after, finding.rule), 0, `${where} leaves a ${finding.rule} finding`);
          // The finding is gone from where it was (its line, as the edits moved it).
          const line = lineAt(text, finding.start);
          const movedLine = lineAt(fixed, mapOffset(finding.start, fix.edits));
          const atLine = (list: typeof before, t: string, l: number) => list.filter((f) => f.rule === finding.rule && lineAt(t, f.start) === l).length;
          assert.ok(atLine(after, fixed, movedLine) < atLine(before, text, line), `${where}: ${finding.rule} is still on line ${movedLine}`);
          for (const rule of new Set(after.map((f) => f.rule))) {
            assert.ok(count(after, rule) <= count(before, rule), `${where} adds a ${rule} finding`);
          }
          assert.equal(outsideEditsKept(text, fixed, fix.edits), undefined, `${where} changed text outside its edits`);
          for (const e of fix.edits) {
            assert.ok(!text.slice(e.start, e.end).includes('\n'), `${where} rewrites whole lines instead of the text that is wrong`);
            assert.notEqual(text.slice(e.start, e.end), e.newText, `${where} has an edit that changes nothing`);
          }
          if (eol === '\r\n') assert.doesNotMatch(fixed, /[^\r]\n/, `${where} wrote a bare LF into a CRLF file`);
          for (const c of fix.createFiles ?? []) {
            assert.doesNotMatch(c.path, /[\\/]|\.\./);
            assert.doesNotMatch(c.content, eol === '\n' ? /\r/ : /[^\r]\n/, `${where} writes ${c.path} with other line endings than the card`);
          }
        }
      }
    }
  });
}
