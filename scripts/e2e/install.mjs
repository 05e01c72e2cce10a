#!/usr/bin/env node
// Installs what the e2e suite needs into .cache/e2e/ (git-ignored), never into the extension's dependencies:
// Debian's chromium and libkrb5-dev, Node 24, code-server and playwright-core, each at a pinned version.
// Idempotent: each piece is skipped when its pinned version is already installed (a stamp file marks success).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  APT_PACKAGES, CACHE, CODE_SERVER_BIN, CODE_SERVER_DIR, CODE_SERVER_VERSION, NODE_BIN_DIR, NODE_DIR,
  NODE_VERSION, PLAYWRIGHT_DIR, PLAYWRIGHT_VERSION, codeServerEnv,
} from './paths.mjs';

const log = (msg) => console.log(`[e2e install] ${msg}`);

function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
  log(`  done in ${Math.round((Date.now() - started) / 1000)} s`);
}

function aptPackagesMissing() {
  return APT_PACKAGES.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function installApt() {
  const missing = aptPackagesMissing();
  if (missing.length === 0) return log(`apt: ${APT_PACKAGES.join(', ')} already installed`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
  apt(['update', '-q']);
  apt(['install', '-y', '-q', ...missing]);
}

/**
 * npm-installs `spec` into its own folder under the cache, stamped so a second run skips it. It installs into a
 * private temporary folder and renames that into place when done, so an interrupted or concurrent run never
 * leaves a half-installed folder that looks complete.
 */
function installNpm(dir, spec, env = process.env) {
  const stamp = join(dir, '.installed');
  if (existsSync(stamp)) return log(`${spec} already installed in ${dir}`);
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(join(partial, 'package.json'), JSON.stringify({ name: 'datasan-e2e-cache', private: true }) + '\n');
  try {
    run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', spec], { cwd: partial, env });
    writeFileSync(join(partial, '.installed'), `${spec}\n`);
    if (existsSync(stamp)) return log(`${spec} was installed meanwhile by another run`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

const started = Date.now();
mkdirSync(CACHE, { recursive: true });
log(`cache: ${CACHE}`);
installApt();
installNpm(NODE_DIR, `node@${NODE_VERSION}`);
const node24 = spawnSync(join(NODE_BIN_DIR, 'node'), ['--version'], { encoding: 'utf8' }).stdout.trim();
log(`node for code-server: ${node24}`);
// code-server's install builds native modules and checks the Node version: Node 24 must be first on PATH.
installNpm(CODE_SERVER_DIR, `code-server@${CODE_SERVER_VERSION}`, codeServerEnv());
const version = spawnSync(CODE_SERVER_BIN, ['--version'], { encoding: 'utf8', env: codeServerEnv() }).stdout;
log(`code-server: ${version.split('\n').find((l) => l.startsWith(CODE_SERVER_VERSION)) ?? version.trim()}`);
installNpm(PLAYWRIGHT_DIR, `playwright-core@${PLAYWRIGHT_VERSION}`);
log(`ready in ${Math.round((Date.now() - started) / 1000)} s`);
