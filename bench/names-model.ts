// The learned names tagger's cost: the names analysis (PERSON, LOCATION, ORGANIZATION, STREET_ADDRESS) with
// the rule tagger alone and with the learned tagger on top, interleaved in one process over the same
// deterministic chat records (bench/names.ts's generator), medians of CPU time; and the time to load the
// shipped weights in a fresh worker thread, as the language server's names worker loads them (module
// evaluation, decoding and packing), median of several workers, with the main loop's delay meanwhile.
//   npm run bench -- names-model     BENCH_MODEL_MB=4 BENCH_RUNS=5
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { generate } from './names';
import { DATA, bundledEngine, median } from './common';

const MB = Number(process.env.BENCH_MODEL_MB ?? 4);
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));

interface Engine {
  NamesAnalyzer: typeof import('../server/src/engine/detectors/names/analyzer').NamesAnalyzer;
}

function cpuSeconds(run: () => void): number {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

/** The main thread's timer while a worker loads the weights. */
const TICK_MS = 5;

/**
 * The weights' load as the language server does it: in a fresh worker thread (the names worker), from
 * requiring a bundle that holds them to a learned tagger ready to tag (decoded and packed); medians of
 * several workers, and the main thread's longest event-loop delay meanwhile (the load is off the main loop
 * when that stays at the timer's own jitter).
 */
async function loadInWorker(): Promise<{ ms: number; mainStallMs: number }> {
  bundledEngine('names-model-load', ["export { shippedModel } from './server/src/engine/detectors/names/model/shipped';", "export { LearnedTagger } from './server/src/engine/detectors/names/model/learned';"]);
  const script = `const { parentPort, workerData } = require('node:worker_threads'); const t0 = performance.now(); const m = require(workerData); new m.LearnedTagger(m.shippedModel()); parentPort.postMessage(performance.now() - t0);`;
  const times: number[] = [];
  const stalls: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let last = performance.now();
    let stall = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      stall = Math.max(stall, now - last - TICK_MS);
      last = now;
    }, TICK_MS);
    const worker = new Worker(script, { eval: true, workerData: join(DATA, 'names-model-load-bench-engine.js') });
    times.push(await new Promise<number>((resolve, reject) => worker.once('message', resolve).once('error', reject)));
    clearInterval(timer);
    stalls.push(stall);
    await worker.terminate();
  }
  return { ms: median(times), mainStallMs: median(stalls) };
}

/**
 * How often V8 threw away the optimised code of the learned tagger's functions while a fresh process scans
 * 2 MB of the records as JSONL with every detector, as `bench names` and the CLI do (`--trace-deopt`). A
 * handful is warm-up; dozens are a deoptimisation loop, which once cost names-on scans a third of their
 * speed (a span's margin sum kept as a local, see learned.ts).
 */
function taggerDeopts(records: string[]): number {
  bundledEngine('names-model-scan', [
    "export { createScanner } from './server/src/engine/index';",
    "export { activeDetectors } from './server/src/engine/detectors/active';",
    "export { DEFAULT_SETTINGS } from './server/src/engine/settings';",
  ]);
  const path = join(DATA, 'names-model-deopt.jsonl');
  const lines: string[] = [];
  for (let i = 0, size = 0; i < records.length && size < 2e6; i++) {
    lines.push(JSON.stringify({ id: `rec-${i}`, text: records[i] }));
    size += records[i].length;
  }
  writeFileSync(path, lines.join('\n') + '\n');
  const script = `const m = require(${JSON.stringify(join(DATA, 'names-model-scan-bench-engine.js'))}); m.createScanner(m.DEFAULT_SETTINGS, { detectors: m.activeDetectors(m.DEFAULT_SETTINGS) }).scan(require('node:fs').readFileSync(${JSON.stringify(path)}, 'utf8'), 'jsonl');`;
  const r = spawnSync(process.execPath, ['--trace-deopt', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return (r.stdout.match(/bailout \(kind: [^)]*\): begin\. deoptimizing \S+ <JSFunction (?:raw|emissions|viterbi|extractFeatures|margin) /g) ?? []).length;
}

export default async function namesModelBench(): Promise<{ rulesMBps: number; learnedMBps: number; ratio: number; loadMs: number }> {
  const engine = bundledEngine<Engine>('names-model', ["export { NamesAnalyzer } from './server/src/engine/detectors/names/analyzer';"]);
  const records = generate(MB * 1024 * 1024, 42);
  const mb = records.reduce((n, r) => n + Buffer.byteLength(r), 0) / 1024 / 1024;
  const rules = new engine.NamesAnalyzer({}, { useCompromise: false, tagger: 'rules' });
  const learned = new engine.NamesAnalyzer({}, { useCompromise: false, tagger: 'learned' });
  // Warm both up (lexicon, weights, JIT) before timing.
  for (const r of records.slice(0, 2000)) {
    rules.analyze(r);
    learned.analyze(r);
  }
  const tRules: number[] = [];
  const tLearned: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    tRules.push(cpuSeconds(() => records.forEach((r) => rules.analyze(r))));
    tLearned.push(cpuSeconds(() => records.forEach((r) => learned.analyze(r))));
  }
  const rulesMBps = mb / median(tRules);
  const learnedMBps = mb / median(tLearned);
  const ratio = learnedMBps / rulesMBps;
  const load = await loadInWorker();
  const deopts = taggerDeopts(records);
  console.log(`\n## Learned names tagger: the names analysis alone, ${mb.toFixed(1)} MB of chat records, ${RUNS} interleaved runs, medians of CPU time`);
  console.log(`rule tagger alone:                 ${rulesMBps.toFixed(2)} MB/s`);
  console.log(`rule tagger + learned tagger:      ${learnedMBps.toFixed(2)} MB/s  (${(ratio * 100).toFixed(0)}% of the rules' speed, same run)`);
  console.log(`weights load in a fresh worker:    ${load.ms.toFixed(0)} ms to a tagger ready to tag (median of ${RUNS}; target < 300 ms ${load.ms < 300 ? '✔' : '✖'}); the main loop's longest delay meanwhile ${load.mainStallMs.toFixed(0)} ms`);
  console.log(`learned tagger deoptimisations:    ${deopts} while a fresh process scans 2 MB (a loop shows as dozens)`);
  return { rulesMBps, learnedMBps, ratio, loadMs: load.ms };
}

if (require.main === module) void namesModelBench();
