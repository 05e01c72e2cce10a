// Drives the VS Code workbench in code-server the way a user does: keyboard shortcuts, menus, the Problems
// panel. Used by the browser tests in this folder, which `npm run test:e2e` runs after installing the .vsix.
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchBrowser, startCodeServer } from '../../../scripts/e2e/harness.mjs';
import { ROOT } from '../../../scripts/e2e/paths.mjs';

const TIMEOUT = 30_000;
const FIXTURE_WORKSPACE = join(ROOT, 'test', 'e2e', 'fixtures', 'workspace');

export const FAKE = {
  email: 'lena.fischer@posteo.de',
  phone: '+1 415 555 0132',
  card: '4111 1111 1111 1111',
  token: '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',
};

/** What the default redaction style ("placeholder") writes in place of each FAKE value. */
export const PLACEHOLDER = {
  email: '[EMAIL_ADDRESS]',
  phone: '[PHONE_NUMBER]',
  card: '[CREDIT_CARD]',
  token: '[SECRET]',
};

function env(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests with \`npm run test:e2e\``);
  return value;
}

/**
 * code-server with the packaged extension installed, a fresh copy of the fixture workspace, and a browser page on it.
 * The folder opens in Restricted Mode unless `disableWorkspaceTrust` is set; `files` are written into the copy. If the setup fails midway, whatever it
 * started is stopped before the error is thrown (the caller gets no session to close, and a running code-server or
 * browser would keep the test process alive).
 */
export async function startSession(name, { disableWorkspaceTrust = false, settings = {}, files = {} } = {}) {
  const extraArgs = process.env.DATASAN_E2E_CODE_SERVER_ARGS?.split(' ').filter(Boolean) ?? [];
  const runDir = join(env('DATASAN_E2E_RUN_DIR'), `ui-${name}`);
  const workspace = join(runDir, 'workspace');
  mkdirSync(runDir, { recursive: true });
  cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  // Files this session adds to its copy of the workspace (relative path → content).
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, rel)), { recursive: true });
    writeFileSync(join(workspace, rel), content);
  }
  const started = []; // stop functions, last started first
  const close = async () => {
    while (started.length) await started.pop()();
  };
  let page;
  try {
    const server = await startCodeServer({ workspace, extensionsDir: env('DATASAN_E2E_EXTENSIONS'), runDir, disableWorkspaceTrust, settings, extraArgs });
    started.push(server.stop);
    const { browser, close: closeBrowser } = await launchBrowser();
    started.push(closeBrowser);
    page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench .part.statusbar');
    // Marks this page load: a test that finds it gone knows the window reloaded.
    await page.evaluate(() => (window.__datasanE2E = true));
    await waitForExtension(page);
    return {
      page,
      workspace,
      userSettingsFile: join(server.userDataDir, 'User', 'settings.json'),
      file: (rel) => join(workspace, rel),
      read: (rel) => readFileSync(join(workspace, rel), 'utf8'),
      /** Writes the fixture's own `rel` over the workspace copy, undoing what earlier tests saved there. */
      restore: (rel) => copyFileSync(join(FIXTURE_WORKSPACE, rel), join(workspace, rel)),
      close,
    };
  } catch (err) {
    if (page) err.message += `\n(screenshot: ${await failureShot(page, `setup-${name}`)})`;
    await close();
    throw err;
  }
}

/** Runs `body`; on failure saves a screenshot of the page beside the run's logs, then fails. */
export async function withFailureShot(page, name, body) {
  try {
    await body();
  } catch (err) {
    err.message += `\n(screenshot: ${await failureShot(page, name)})`;
    throw err;
  }
}

async function failureShot(page, name) {
  const dir = join(env('DATASAN_E2E_RUN_DIR'), 'failures');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/[^\w-]+/g, '_').slice(0, 80)}.png`);
  await page.screenshot({ path: file }).catch(() => {});
  return file;
}

/** Saves a picture for the README into DATASAN_E2E_IMAGES. */
export async function screenshot(page, name) {
  const dir = env('DATASAN_E2E_IMAGES');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, name) });
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor to be active. */
export async function openFile(page, rel) {
  const base = rel.split('/').pop();
  await openQuickInput(page, 'Control+P');
  await page.keyboard.type(rel);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: base }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: base }).waitFor();
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor();
}

async function openQuickInput(page, key) {
  // A box left open by a step that failed would take this key and the typing after it.
  if (await page.locator('.quick-input-widget').isVisible()) {
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }
  // Right after start the workbench may still miss the first keystroke: retry until the box shows.
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press(key);
    try {
      await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: 5000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

/** Waits until the Command Palette lists the extension's commands: its manifest is loaded. */
async function waitForExtension(page) {
  await findCommand(page, 'Datasan: Show Output', 120_000);
  await page.keyboard.press('Escape');
}

/** Runs a command from the Command Palette by its title, e.g. "Datasan: Scan Workspace". */
export async function runCommand(page, title) {
  await findCommand(page, title, 30_000);
  await page.keyboard.press('Enter');
}

async function findCommand(page, title, timeout) {
  // An extension's commands are listed once the extension host has read its manifest: reopen until they are.
  const deadline = Date.now() + timeout;
  for (;;) {
    await openQuickInput(page, 'Control+Shift+P');
    await page.keyboard.type(title);
    try {
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 3000 });
      return;
    } catch (err) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`"${title}" is not in the Command Palette after ${timeout / 1000} s: ${err.message}`);
    }
  }
}

/**
 * Sets a number setting in the Settings editor (Ctrl+,) as a user does, waits until `saved(userSettings)` holds
 * for the user settings file, and closes the editor again.
 */
export async function setNumberSetting(page, { id, title, value, settingsFile, saved }) {
  await page.keyboard.press('Control+,');
  await page.locator('.settings-editor').waitFor();
  await page.locator('.settings-editor .settings-header .suggest-input-container').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(id);
  const input = page.locator('.settings-editor .setting-item-contents', { hasText: title }).locator('input').first();
  await input.waitFor();
  await input.fill(String(value));
  await input.press('Tab');
  const deadline = Date.now() + 10_000;
  for (;;) {
    let json = {};
    try {
      json = JSON.parse(readFileSync(settingsFile, 'utf8'));
    } catch {
      // being written
    }
    if (saved(json)) break;
    if (Date.now() > deadline) throw new Error(`the Settings editor did not save ${id} = ${value}`);
    await page.waitForTimeout(100);
  }
  await page.locator('a[aria-label^="Close Modal Editor"]').first().click();
  await page.locator('.settings-editor').waitFor({ state: 'detached' });
}

/** Moves the cursor with Go to Line (Ctrl+G). */
export async function goTo(page, line, column) {
  await openQuickInput(page, 'Control+G');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await editorFocused(page);
}

/** The 1-based line and column of `value` in `text`. */
export function positionOf(text, value) {
  const offset = text.indexOf(value);
  if (offset < 0) throw new Error('the fixture lacks an expected value');
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1).length + 1 };
}

/**
 * The squiggles in the active editor, each with the text drawn under it: the characters of the same screen
 * line whose middle lies within the squiggle. Proves where a user sees the squiggle, not only that one exists.
 */
export function squiggles(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return [];
    const lines = [...editor.querySelectorAll('.view-lines .view-line')];
    return [...editor.querySelectorAll('.view-overlays [class*="squiggly-"]')].map((sq) => {
      const r = sq.getBoundingClientRect();
      const box = r.height > 0 ? r : sq.parentElement.getBoundingClientRect();
      const midY = box.top + box.height / 2;
      const line = lines.find((l) => {
        const b = l.getBoundingClientRect();
        return b.top <= midY && midY < b.bottom;
      });
      let text = '';
      if (line) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.data.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const c = range.getBoundingClientRect();
            const mid = (c.left + c.right) / 2;
            if (mid > r.left && mid < r.right) text += node.data[i];
          }
        }
      }
      return {
        text: text.replace(/\u00a0/g, ' '),
        severity: /squiggly-(\w+)/.exec(sq.className)?.[1],
        x: r.left + r.width / 2,
        y: midY,
        box: { left: r.left, right: r.right, top: box.top, bottom: box.bottom },
      };
    });
  });
}

/** Waits until the active editor shows squiggles for which `ready` holds, and returns them. */
export async function waitForSquiggles(page, ready, what, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  let seen = [];
  for (;;) {
    seen = await squiggles(page);
    if (ready(seen)) return seen;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; squiggles seen: ${JSON.stringify(seen.map((s) => s.severity))}`);
    await page.waitForTimeout(250);
  }
}

/** Opens the Problems panel (Ctrl+Shift+M) and returns its rows' accessible labels. */
export async function openProblems(page) {
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor();
  return problemRows(page);
}

/** Hides the panel with its close button, and gives the editor the focus back. */
export async function closePanel(page) {
  const panel = page.locator('.part.panel');
  if (!(await panel.isVisible())) return;
  await panel.locator('.title-actions a.codicon-close, .global-actions a.codicon-close, a[aria-label^="Hide Panel"]').first().click();
  await panel.waitFor({ state: 'hidden' });
}

export function problemRows(page) {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
}

/**
 * The Problems panel's group for the file named `fileName`: its header's label and the labels of the problems
 * listed under it (not those of other files), or null while the panel shows no such group.
 */
export async function problemsOfFile(page, fileName) {
  await openProblems(page);
  const rows = await page
    .locator('.markers-panel .monaco-list-row')
    .evaluateAll((els) => els.map((e) => ({ level: e.getAttribute('aria-level'), label: e.getAttribute('aria-label') ?? '' })));
  const start = rows.findIndex((r) => r.level === '1' && r.label.includes(` in file ${fileName} of folder `));
  if (start < 0) return null;
  const next = rows.findIndex((r, i) => i > start && r.level === '1');
  return { header: rows[start].label, problems: rows.slice(start + 1, next < 0 ? undefined : next).map((r) => r.label) };
}

/** Waits until the Problems panel's group for `fileName` satisfies `ready`, and returns it. */
export async function waitForProblemsOfFile(page, fileName, ready, what, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const group = await problemsOfFile(page, fileName);
    if (group && ready(group)) return group;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} under ${fileName} in the Problems panel; seen: ${JSON.stringify(group)}`);
    await page.waitForTimeout(250);
  }
}

/** Drags the top edge of the panel (Problems, Output, …) to `y`, as a user makes it taller or shorter. */
export async function dragPanelTop(page, y) {
  const box = await page.locator('.part.panel').boundingBox();
  const x = box.x + box.width / 2;
  await page.mouse.move(x, box.y - 2); // on the sash between the editor and the panel
  await page.mouse.down();
  await page.mouse.move(x, y, { steps: 8 });
  await page.mouse.up();
  const top = (await page.locator('.part.panel').boundingBox()).y;
  if (Math.abs(top - y) > 10) throw new Error(`the panel's top is at ${top} after dragging it to ${y}`);
}

/** Waits until the Problems panel's rows satisfy `ready`. */
export async function waitForProblems(page, ready, what, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const rows = await openProblems(page);
    if (ready(rows)) return rows;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} in the Problems panel; rows: ${JSON.stringify(rows)}`);
    await page.waitForTimeout(250);
  }
}

/**
 * Opens the quick-fix menu (Ctrl+.) at the cursor and returns its entries. The menu waits for every code action
 * provider; right after a Markdown file opens, VS Code's own Markdown language server may still be starting and the
 * menu may not come: then, as a user would, press Escape and Ctrl+. again (for at most a minute).
 */
export async function openQuickFix(page) {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const deadline = Date.now() + 60_000;
  for (;;) {
    await editorFocused(page);
    await page.keyboard.press('Control+.');
    try {
      await rows.first().waitFor({ timeout: 10_000 });
      break;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`no quick-fix menu after Ctrl+. for a minute: ${err.message}`);
      await page.keyboard.press('Escape');
    }
  }
  return rows.evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));
}

export async function chooseQuickFix(page, title) {
  await page.locator('.action-widget .monaco-list-row.action', { hasText: title }).first().click();
  await page.locator('.action-widget .monaco-list-row.action').first().waitFor({ state: 'detached' });
  await editorFocused(page);
}

/** Waits until the keyboard focus is back in the active text editor. */
function editorFocused(page) {
  return page.waitForFunction(() => !!document.activeElement?.closest('.editor-group-container.active .monaco-editor'));
}

/** Saves with Ctrl+S and waits until the tab is no longer dirty. */
export async function save(page) {
  await editorFocused(page);
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
}

/**
 * Waits until a file on disk differs from `before` and has stayed the same for a moment (the editor may
 * still be writing it: a read in between can see it empty or half written), and returns its new text.
 */
export async function waitForDiskChange(path, before, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    const now = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (now !== before && now === last) return now;
    last = now;
    if (Date.now() > deadline) throw new Error(`${path} did not change on disk within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Every non-empty line parses as JSON. */
export function jsonLinesParse(text) {
  return text.split('\n').every((line) => {
    if (line.trim() === '') return true;
    try {
      JSON.parse(line);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Asserts, line by line, that `after` is `before` with each FAKE value of `kinds` replaced by its placeholder and
 * every other byte unchanged, and that every line still parses as JSON.
 */
export function assertRedacted(before, after, kinds = Object.keys(FAKE)) {
  for (const kind of kinds) assert.ok(before.includes(FAKE[kind]), `the fixture lacks the fake ${kind}`);
  const expected = kinds.reduce((text, kind) => text.split(FAKE[kind]).join(PLACEHOLDER[kind]), before).split('\n');
  const actual = after.split('\n');
  assert.equal(actual.length, expected.length, 'the number of lines changed');
  expected.forEach((line, i) => assert.equal(actual[i], line, `line ${i + 1} is not the original with ${kinds.join(', ')} replaced`));
  assert.ok(jsonLinesParse(after), 'a line no longer parses as JSON');
}
