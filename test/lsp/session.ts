// The built server for one test file: a temporary workspace folder, and a client initialized before the
// file's tests (names off unless the settings turn them on) and closed after them.
import { after, before } from 'node:test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './client';

/** Settings that leave the names pass (a worker, a second publish) off: most LSP tests look at the first. */
export const NO_NAMES = { names: { enable: false } };

export function serverForTests(name: string, settings: Record<string, unknown> = NO_NAMES): { client: LspClient; root: string; rootUri: string } {
  const root = mkdtempSync(join(tmpdir(), `datasan-lsp-${name}-`));
  const rootUri = pathToFileURL(root).href;
  const client = new LspClient();
  before(() => client.initialize(rootUri, settings));
  after(() => client.close());
  return { client, root, rootUri };
}
