// A scan pool's worker thread (bundled as dist/scan-worker.js): the whole engine, one batch at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { createScanner } from '../index';
import { Allowlist } from '../allowlist';
import { scanOneUnit } from '../batch';
import { type FromScanWorker, type ScanWorkerSetup, type ToScanWorker, WARM_UP } from './protocol';

const setup = workerData as ScanWorkerSetup;
const scanner = createScanner(setup.settings, {
  entities: setup.entities && new Set(setup.entities),
  allowlist: setup.allowlist && new Allowlist(setup.allowlist.file, setup.allowlist.key),
});

// What the first batch would otherwise pay for, before any batch is taken: lexicons and models load on
// first use (the names pass's take about a second). A worker that is still loading gets no batch, so the
// main thread never waits for one.
scanOneUnit(scanner, { text: WARM_UP }, 'text');
parentPort!.postMessage({ ready: true } satisfies FromScanWorker);

parentPort!.on('message', (m: ToScanWorker) => {
  let reply: FromScanWorker;
  try {
    const found: { index: number; scan: ReturnType<typeof scanOneUnit> }[] = [];
    m.units.forEach((u, index) => {
      const scan = scanOneUnit(scanner, u, m.format);
      if (scan.findings.length || scan.notices.length || scan.invalidJson) found.push({ index, scan });
    });
    reply = { id: m.id, found };
  } catch (e) {
    // Only the kind of failure, never a value.
    reply = { id: m.id, error: e instanceof Error ? e.name : 'Error' };
  }
  parentPort!.postMessage(reply);
});
