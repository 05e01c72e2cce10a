// "editor.codeActionsOnSave": { "source.fixAll.datasan": "explicit" }: Ctrl+S redacts every finding.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FAKE, jsonLinesParse, openFile, save, startSession, waitForDiskChange, waitForSquiggles, withFailureShot } from './workbench.mjs';

describe('source.fixAll.datasan on save', () => {
  let s;
  before(async () => {
    s = await startSession('fix-on-save', { settings: { 'editor.codeActionsOnSave': { 'source.fixAll.datasan': 'explicit' } } });
  });
  after(() => s?.close());

  it('Ctrl+S on a file with findings writes it redacted: placeholders in place, every line parses', { timeout: 180_000 }, () =>
    withFailureShot(s.page, 'fix-on-save', async () => {
      const { page } = s;
      const rel = 'support-chats.jsonl';
      const before = s.read(rel);
      await openFile(page, rel);
      await waitForSquiggles(page, (q) => q.length >= 4, 'four squiggles');
      await save(page);
      const after = await waitForDiskChange(s.file(rel), before);
      for (const value of Object.values(FAKE)) assert.ok(!after.includes(value), 'a fake value is still on disk');
      const lines = (t) => t.split('\n');
      assert.equal(lines(after).length, lines(before).length);
      lines(before).forEach((line, i) => {
        const value = Object.values(FAKE).find((v) => line.includes(v));
        if (!value) return assert.equal(lines(after)[i], line, `line ${i + 1} changed though it held no finding`);
        const [head, tail] = line.split(value);
        assert.ok(lines(after)[i].startsWith(head) && lines(after)[i].endsWith(tail), `line ${i + 1} changed outside the value`);
        assert.match(lines(after)[i].slice(head.length, lines(after)[i].length - tail.length), /^\[[A-Z_]+\]$/);
      });
      assert.ok(jsonLinesParse(after), 'a line no longer parses as JSON');
      await waitForSquiggles(page, (q) => q.length === 0, 'no squiggles after the save');
    }),
  );
});
