#!/usr/bin/env node
// `npm run test:e2e`: the extension in a real VS Code (code-server), end to end.
//  1. installs the pinned tools into .cache/e2e/ (skipped when present),
//  2. builds and packages datasan.vsix and installs it into a private extensions folder,
//  3. runs the extension-host suite (test/e2e/suite, mocha) inside code-server's extension host,
//  4. runs the browser tests (test/e2e/ui, node:test + playwright-core) against the installed extension.
// Exits non-zero on any failure; code-server and the browser are stopped however the run ends.
//
// Options: --skip-install  --skip-package  --only=host|ui  --grep=TEXT (only tests whose name matches)  --keep (keep run folders)
//          --images (write the README screenshots into docs/images/)  --electron (only build the extension and run the
//          host suite with @vscode/test-electron, on a machine that can download VS Code; installs no code-server)
// DATASAN_E2E_UI_TIMEOUT_S overrides the browser tests' overall limit (seconds).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { buildSuite } from './build-suite.mjs';
import { installVsix, launchBrowser, newRunDir, onAnyExit, removeRunDir, startCodeServer, stopLeftoverCodeServers } from './harness.mjs';
import { ROOT } from './paths.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = option('only');
const log = (msg) => console.log(`[e2e] ${msg}`);
const HOST_SUITE_TIMEOUT_MS = 10 * 60_000;
// All browser tests together take about 4 minutes; past this limit the run is stuck (a test setup that cannot end).
const UI_TESTS_TIMEOUT_MS = Number(process.env.DATASAN_E2E_UI_TIMEOUT_S ?? 20 * 60) * 1000;

function step(cmd, cmdArgs, opts = {}) {
  log(`$ ${cmd} ${cmdArgs.join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function fixtureWorkspace(runDir) {
  const ws = join(runDir, 'workspace');
  mkdirSync(runDir, { recursive: true });
  cpSync(join(ROOT, 'test', 'e2e', 'fixtures', 'workspace'), ws, { recursive: true });
  return ws;
}

/** Runs the mocha suite inside code-server's extension host; resolves with its counts. */
async function runHostSuite(runDir, extensionsDir, suiteIndex) {
  const workspace = fixtureWorkspace(runDir);
  const [extFolder] = readdirSync(extensionsDir).filter((d) => d.startsWith('datasan.datasan-'));
  if (!extFolder) throw new Error(`the .vsix did not install into ${extensionsDir}`);
  // The packaged extension as installed is the extension under development: the suite tests what ships.
  const extensionPath = join(extensionsDir, extFolder);
  const server = await startCodeServer({ workspace, extensionsDir, runDir, smokeTestDriver: true });
  let close = async () => {};
  try {
    const launched = await launchBrowser();
    close = launched.close;
    const page = await launched.browser.newPage();
    let result = null;
    let exitCode;
    let onExit;
    const exited = new Promise((resolve) => (onExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => {
      exitCode = code;
      onExit();
    });
    await page.exposeFunction('codeAutomationLog', (_type, logArgs) => {
      const text = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      const m = /^DATASAN_E2E_RESULT (.*)$/.exec(text.trim());
      if (m) result = JSON.parse(m[1]);
      else console.log(text);
    });
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(suiteIndex)],
    ];
    log(`host suite: code-server ${server.url} (log ${server.logFile})`);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the host suite did not finish within ${HOST_SUITE_TIMEOUT_MS / 60_000} minutes`)), HOST_SUITE_TIMEOUT_MS);
    });
    await Promise.race([exited, timeout]).finally(() => clearTimeout(timer));
    if (!result) result = { passes: 0, failures: 1 };
    if (exitCode !== 0 && result.failures === 0) result.failures = 1; // run() rejected before any test ran
    return result;
  } finally {
    await close();
    await server.stop();
  }
}

/**
 * Runs test/e2e/ui/*.test.mjs with node's test runner, one file at a time; resolves with its counts. Past
 * UI_TESTS_TIMEOUT_MS it stops the runner and every test file's process (each stops its own code-server) and fails.
 */
function runUiTests(runDir, extensionsDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${join(runDir, 'ui.tap')}`, ...(option('grep') ? [`--test-name-pattern=${option('grep')}`] : []), 'test/e2e/ui/'], {
      cwd: ROOT,
      stdio: 'inherit',
      detached: true, // its own process group: stopping it reaches each test file's process, which stops its code-server
      env: {
        ...process.env,
        DATASAN_E2E_EXTENSIONS: extensionsDir,
        DATASAN_E2E_RUN_DIR: runDir,
        DATASAN_E2E_IMAGES: flag('images') ? join(ROOT, 'docs', 'images') : join(runDir, 'images'),
      },
    });
    const signalGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const stopChild = onAnyExit(() => signalGroup('SIGTERM'));
    let timedOut = false;
    let killTimer;
    const overall = setTimeout(() => {
      timedOut = true;
      console.error(`[e2e] the browser tests did not finish within ${UI_TESTS_TIMEOUT_MS / 1000} s: stopping them`);
      signalGroup('SIGTERM'); // each test file's process stops its code-server and browser on SIGTERM
      killTimer = setTimeout(() => signalGroup('SIGKILL'), 15_000);
    }, UI_TESTS_TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(overall);
      clearTimeout(killTimer);
      stopChild();
      const leftovers = stopLeftoverCodeServers(runDir);
      if (leftovers) console.error(`[e2e] stopped ${leftovers} code-server(s) left by the browser tests`);
      const tap = existsSync(join(runDir, 'ui.tap')) ? readFileSync(join(runDir, 'ui.tap'), 'utf8') : '';
      const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
      // a non-zero exit with no failed test (a crash, a syntax error, the overall timeout) still counts as a failure
      const failures = count('fail') + ((code !== 0 || timedOut) && count('fail') === 0 ? 1 : 0);
      resolve({ passes: count('pass'), failures, skipped: count('skipped') });
    });
  });
}

async function main() {
  const started = Date.now();
  if (flag('electron')) {
    // VS Code desktop runs the extension from this folder (dist/), not from the .vsix; no code-server, no browser.
    step('npm', ['run', 'build']);
    log(`built the extension-host suite: ${await buildSuite()}`);
    step(process.execPath, [join(ROOT, 'out', 'e2e', 'run-test.js')]);
    return 0;
  }
  if (!flag('skip-install')) step(process.execPath, [join(ROOT, 'scripts', 'e2e', 'install.mjs')]);
  if (!flag('skip-package')) step('npm', ['run', 'package']);
  const suiteIndex = await buildSuite();
  log(`built the extension-host suite: ${suiteIndex}`);

  const runDir = newRunDir('run');
  let ok = false;
  try {
    const vsix = join(runDir, 'datasan.vsix');
    copyFileSync(join(ROOT, 'datasan.vsix'), vsix);
    const extensionsDir = join(runDir, 'extensions');
    log(`installing ${vsix} into ${extensionsDir}`);
    installVsix(vsix, extensionsDir);

    const totals = { passes: 0, failures: 0, skipped: 0 };
    const add = (r) => {
      totals.passes += r.passes;
      totals.failures += r.failures;
      totals.skipped += r.skipped ?? 0;
    };
    if (only !== 'ui') {
      const hostDir = join(runDir, 'host');
      if (option('grep')) process.env.DATASAN_E2E_GREP = option('grep');
      const r = await runHostSuite(hostDir, extensionsDir, suiteIndex).catch((err) => {
        console.error(`[e2e] host suite: ${err.stack ?? err}`);
        return { passes: 0, failures: 1 };
      });
      log(`extension-host suite: ${r.passes} passed, ${r.failures} failed`);
      add(r);
    }
    if (only !== 'host') {
      const r = await runUiTests(runDir, extensionsDir);
      log(`browser tests: ${r.passes} passed, ${r.failures} failed`);
      add(r);
    }
    log(`done in ${Math.round((Date.now() - started) / 1000)} s; run folder ${runDir}`);
    console.log(`e2e: ${totals.passes} passed, ${totals.failures} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
    ok = totals.failures === 0 && totals.passes > 0;
    return ok ? 0 : 1;
  } finally {
    if (ok && !flag('keep')) removeRunDir(runDir);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[e2e] ${err.stack ?? err}`);
    process.exit(1);
  },
);
