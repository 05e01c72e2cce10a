// Pinned versions and cache locations shared by the e2e install and run scripts.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CACHE = join(ROOT, '.cache', 'e2e');

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const PLAYWRIGHT_VERSION = '1.65.1';
export const APT_PACKAGES = ['libkrb5-dev', 'chromium'];

export const NODE_DIR = join(CACHE, `node-${NODE_VERSION}`);
export const NODE_BIN_DIR = join(NODE_DIR, 'node_modules', 'node', 'bin');
export const CODE_SERVER_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_BIN = join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');
export const PLAYWRIGHT_DIR = join(CACHE, `playwright-core-${PLAYWRIGHT_VERSION}`);
export const PLAYWRIGHT_MODULE = join(PLAYWRIGHT_DIR, 'node_modules', 'playwright-core', 'index.mjs');
export const CHROMIUM = '/usr/bin/chromium';
export const RUNS = join(CACHE, 'runs');

/** Environment for code-server: the pinned Node 24 first on PATH, its config and logs kept inside the cache. */
export function codeServerEnv(extra = {}) {
  // Under `npm run`, npm's own variables (npm_node_execpath, NODE, npm_config_*) point at the Node that runs
  // npm; code-server's install would find Node 20 through them. Only Node 24, first on PATH, must be seen.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'));
  return {
    ...inherited,
    PATH: `${NODE_BIN_DIR}:${process.env.PATH}`,
    XDG_CONFIG_HOME: join(CACHE, 'xdg', 'config'),
    XDG_DATA_HOME: join(CACHE, 'xdg', 'data'),
    ...extra,
  };
}
