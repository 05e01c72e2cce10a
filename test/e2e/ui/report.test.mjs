// "Datasan: Show Redaction Report" opens a webview with the current file's counts; a record's row jumps to it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FAKE, openFile, runCommand, screenshot, startSession, waitForSquiggles, withFailureShot } from './workbench.mjs';

/** The webview frame (an iframe inside an iframe in VS Code) whose page shows `text`. */
async function webviewFrame(page, text, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const found = await frame.locator('body', { hasText: text }).count().catch(() => 0);
      if (found) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no webview shows "${text}" within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('Redaction report webview', () => {
  let s;
  before(async () => {
    // Trusted: report.png, a README picture, shows no Restricted Mode banner.
    s = await startSession('report', { disableWorkspaceTrust: true });
  });
  after(() => s?.close());

  it('shows the file\'s counts per entity and its most affected records, no value; a record\'s row jumps to its line', { timeout: 180_000 }, () =>
    withFailureShot(s.page, 'report', async () => {
      const { page } = s;
      await openFile(page, 'support-chats.jsonl');
      await waitForSquiggles(page, (q) => q.length >= 4, 'four squiggles');
      await runCommand(page, 'Datasan: Show Redaction Report');
      await page.locator('.tabs-container .tab', { hasText: 'Redaction report: support-chats.jsonl' }).waitFor();
      const frame = await webviewFrame(page, 'Most affected records');
      const text = await frame.locator('body').innerText();
      for (const entity of ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'SECRET']) assert.ok(text.includes(entity), `no ${entity} in the report: ${text}`);
      for (const value of Object.values(FAKE)) assert.ok(!text.includes(value), 'a detected value is shown in the report');
      // The report reflows in the narrow pane beside the editor: no chart is cut off, the page does not scroll sideways.
      const fit = await frame.evaluate(() => ({
        pane: document.documentElement.clientWidth,
        page: document.documentElement.scrollWidth,
        charts: [...document.querySelectorAll('svg')].map((svg) => Math.ceil(svg.getBoundingClientRect().right)),
      }));
      assert.ok(fit.pane < 700, `the report pane is ${fit.pane} px wide: not the narrow pane this checks`);
      assert.ok(fit.page <= fit.pane, `the report is ${fit.page} px wide in a ${fit.pane} px pane`);
      assert.ok(fit.charts.length >= 2 && fit.charts.every((right) => right <= fit.pane), `charts end at ${fit.charts} in a ${fit.pane} px pane`);
      await screenshot(page, 'report.png');

      // Record 4 holds the card: its row reveals line 4 in the editor.
      const records = frame.locator('section', { has: frame.locator('h2', { hasText: 'Most affected records' }) });
      await records.locator('tbody tr', { hasText: 'CREDIT_CARD' }).click();
      await page.locator('[id="status.editor.selection"]', { hasText: 'Ln 4,' }).waitFor();
      assert.match(await page.title(), /^support-chats\.jsonl/, 'the file, not the report, has the focus');
    }),
  );
});
