// The learned names tagger's cost: the names analysis (PERSON, LOCATION, ORGANIZATION, STREET_ADDRESS) with
// the rule tagger alone and with the learned tagger on top, interleaved in one process over the same
// deterministic chat records (bench/names.ts's generator), medians of CPU time; and the time to load the
// shipped weights in a fresh process (module evaluation and decoding), median of several processes.
//   npm run bench -- names-model     BENCH_MODEL_MB=4 BENCH_RUNS=5
import { spawnSync } from 'node:child_process';
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

/** Milliseconds from requiring a bundle that holds the weights to having them decoded, in a fresh node. */
function loadMs(): number {
  bundledEngine('names-model-load', ["export { shippedModel } from './server/src/engine/detectors/names/model/shipped';"]);
  const script = `const t0 = performance.now(); const m = require(${JSON.stringify(join(DATA, 'names-model-load-bench-engine.js'))}); m.shippedModel(); console.log(performance.now() - t0);`;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(Number(r.stdout.trim()));
  }
  return median(times);
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
  const load = loadMs();
  console.log(`\n## Learned names tagger: the names analysis alone, ${mb.toFixed(1)} MB of chat records, ${RUNS} interleaved runs, medians of CPU time`);
  console.log(`rule tagger alone:                 ${rulesMBps.toFixed(2)} MB/s`);
  console.log(`rule tagger + learned tagger:      ${learnedMBps.toFixed(2)} MB/s  (${(ratio * 100).toFixed(0)}% of the rules' speed, same run)`);
  console.log(`weights load in a fresh process:   ${load.toFixed(0)} ms (median of ${RUNS}; target < 300 ms ${load < 300 ? '✔' : '✖'})`);
  return { rulesMBps, learnedMBps, ratio, loadMs: load };
}

if (require.main === module) void namesModelBench();
