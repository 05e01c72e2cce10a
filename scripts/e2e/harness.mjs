// Starts and stops code-server and Debian's chromium for the e2e tests. Whatever way a test ends
// (return, throw, Ctrl+C, SIGTERM, process exit), what was started here is stopped: code-server as a whole
// process group (it has children: the extension host, a file watcher), the browser through playwright.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, CODE_SERVER_BIN, PLAYWRIGHT_MODULE, RUNS, codeServerEnv } from './paths.mjs';

const cleanups = new Set();

/** Runs `fn` on any exit; returns a function that runs it now (once) and unregisters it. */
export function onAnyExit(fn) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cleanups.delete(once);
    fn();
  };
  cleanups.add(once);
  return once;
}

function runCleanups() {
  for (const fn of [...cleanups]) {
    try {
      fn();
    } catch {
      // best effort while exiting
    }
  }
}
process.on('exit', runCleanups);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    runCleanups();
    process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 })[sig]);
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh folder under .cache/e2e/runs/ for one run's user data, extensions, workspace copies. */
export function newRunDir(label) {
  mkdirSync(RUNS, { recursive: true });
  return mkdtempSync(join(RUNS, `${label}-`));
}

export const DEFAULT_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'always',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Installs a .vsix into `extensionsDir` with code-server's own CLI. */
export function installVsix(vsix, extensionsDir) {
  mkdirSync(extensionsDir, { recursive: true });
  const r = spawnSync(CODE_SERVER_BIN, ['--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], {
    env: codeServerEnv(),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * Starts code-server on a free loopback port with auth, telemetry and update checks off and a fresh user-data dir.
 * Options: workspace (folder to open), extensionsDir, runDir, disableWorkspaceTrust (adds --disable-workspace-trust;
 * off by default, so the folder opens in Restricted Mode as for a user who has not trusted it), smokeTestDriver
 * (lets the workbench honour extensionDevelopmentPath/extensionTestsPath), settings (user settings), extraArgs (more
 * code-server arguments, e.g. ['--log', 'trace'] while debugging).
 */
export async function startCodeServer({ workspace, extensionsDir, runDir, disableWorkspaceTrust = false, smokeTestDriver = false, settings = {}, extraArgs = [] }) {
  const port = await freePort();
  const userDataDir = join(runDir, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  // DATASAN_E2E_TRACE=1 logs the LSP traffic to user-data/logs/…/datasan.datasan/Datasan.log, for debugging.
  const trace = process.env.DATASAN_E2E_TRACE ? { 'datasan.trace.server': 'verbose' } : {};
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...DEFAULT_USER_SETTINGS, ...trace, ...settings }, null, 2));
  if (process.env.DATASAN_E2E_TRACE) extraArgs = ['--log', 'trace', ...extraArgs];
  mkdirSync(extensionsDir, { recursive: true });
  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  if (disableWorkspaceTrust) args.push('--disable-workspace-trust');
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  args.push(...extraArgs, workspace);

  const logFile = join(runDir, 'code-server.log');
  const out = createWriteStream(logFile);
  const child = spawn(CODE_SERVER_BIN, args, {
    env: codeServerEnv(),
    detached: true, // its own process group, so the extension host and watchers stop with it
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  // Lets a runner that had to SIGKILL this process find and stop this code-server (see stopLeftoverCodeServers).
  const pidFile = join(runDir, 'code-server.pid');
  writeFileSync(pidFile, String(child.pid));
  let exited = null;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const forceStop = onAnyExit(() => {
    killGroup('SIGKILL');
    rmSync(pidFile, { force: true });
  });

  const stop = async () => {
    if (exited === null) {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exitPromise;
      clearTimeout(timer);
    }
    // children that outlived the leader (the extension host) go too
    killGroup('SIGKILL');
    forceStop();
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      await stop(); // its children may outlive it
      throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${logFile}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within 60 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, url, userDataDir, logFile, pid: child.pid, stop, exited: () => exited };
}

let playwright;
async function loadPlaywright() {
  if (!existsSync(PLAYWRIGHT_MODULE)) throw new Error('playwright-core is not installed: run node scripts/e2e/install.mjs');
  playwright ??= await import(pathToFileURL(PLAYWRIGHT_MODULE).href);
  return playwright;
}

/** Launches Debian's chromium headless. */
export async function launchBrowser() {
  const { chromium } = await loadPlaywright();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  // playwright itself kills the browsers it launched on exit and on SIGINT/SIGTERM/SIGHUP.
  const close = () => browser.close().catch(() => {});
  return { browser, close };
}

/** Kills the code-servers that processes killed with SIGKILL left behind: those whose code-server.pid is still in a folder of `dir`. */
export function stopLeftoverCodeServers(dir) {
  const pidFiles = existsSync(dir) ? readdirSync(dir).map((d) => join(dir, d, 'code-server.pid')).filter((f) => existsSync(f)) : [];
  for (const file of pidFiles) {
    try {
      process.kill(-Number(readFileSync(file, 'utf8')), 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(file, { force: true });
  }
  return pidFiles.length;
}

export function removeRunDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}
