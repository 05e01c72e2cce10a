// npm run bench -- national: what the national identifiers cost the structured scan (no names), in CPU
// time on the 10 MB chat JSONL, in the same run. The target (issue 7): with every locale on, structured-scan
// throughput stays within 20% of the core's, the same scan with no national kind at all (≥ 0.8×).
// Also shown: the default locales; with BENCH_NATIONAL_PERKIND=1, then the per-kind detectors (one Detector per
// table row) as a reference, timed apart: running 47 more detectors in the same loop would make the engine's
// call sites megamorphic for the configurations the target compares, which the CLI and the server never see.
// The engine is measured as it ships, bundled by esbuild (through tsx each import is a getter call, which
// distorts both times and profiles). CPU time (process.cpuUsage) rather than wall time: the machine is
// shared. One warm-up run each, then medians of interleaved runs.
//   node --import tsx bench/national.ts      (BENCH_NATIONAL_RUNS=11, BENCH_NATIONAL_MB=10, BENCH_NATIONAL_PERKIND=1)
//   BENCH_NATIONAL_ONLY=all node --cpu-prof --import tsx bench/national.ts   profiles one configuration
import { readFileSync, statSync } from 'node:fs';
import type { Detector } from '../server/src/engine/types';
import type { DatasanSettings } from '../server/src/engine/settings';
import { bundledEngine, chatDataset, median } from './common';

const RUNS = Math.max(5, Number(process.env.BENCH_NATIONAL_RUNS ?? process.env.BENCH_RUNS ?? 11));
/** Also time one Detector per table row (the reference the fused detector must equal), after the target. */
const PER_KIND = process.env.BENCH_NATIONAL_PERKIND === '1';
const MB = Number(process.env.BENCH_NATIONAL_MB ?? 10);
const ONLY = process.env.BENCH_NATIONAL_ONLY;
/** Every-locale throughput as a share of the core's (no national kinds). */
const TARGET = 0.8;

interface Engine {
  createScanner: typeof import('../server/src/engine/index').createScanner;
  activeDetectors: typeof import('../server/src/engine/detectors/active').activeDetectors;
  nationalKindDetectors: typeof import('../server/src/engine/detectors/national/index').nationalKindDetectors;
  DEFAULT_LOCALES: typeof import('../server/src/engine/detectors/national/index').DEFAULT_LOCALES;
  DEFAULT_SETTINGS: typeof import('../server/src/engine/settings').DEFAULT_SETTINGS;
  resolveSettings: typeof import('../server/src/engine/settings').resolveSettings;
}


/** CPU milliseconds (user + system) spent by `f`. */
function cpuMs(f: () => void): number {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

const isNational = (d: Detector) => d.id === 'pii/national' || d.id.startsWith('pii/national/');

interface Config {
  label: string;
  run: () => void;
  /** Every national hit of the file with nothing filtered (minConfidence 0), as a signature. */
  hits?: () => string;
  times: number[];
}

export default async function nationalBench(): Promise<void> {
  const engine = bundledEngine<Engine>('national', [
    "export { createScanner } from './server/src/engine/index';",
    "export { activeDetectors } from './server/src/engine/detectors/active';",
    "export { nationalKindDetectors, DEFAULT_LOCALES } from './server/src/engine/detectors/national/index';",
    "export { DEFAULT_SETTINGS, resolveSettings } from './server/src/engine/settings';",
  ]);
  const { createScanner, activeDetectors, nationalKindDetectors, DEFAULT_LOCALES, DEFAULT_SETTINGS, resolveSettings } = engine;
  const path = await chatDataset(MB);
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0);
  const mb = statSync(path).size / 1024 / 1024;

  /** The structured detectors with the national group as the engine builds it, or as one detector per kind. */
  const structured = (settings: DatasanSettings, perKind: boolean): Detector[] => {
    const ds = activeDetectors(settings, { names: false });
    return perKind ? [...ds.filter((d) => !isNational(d)), ...nationalKindDetectors(settings)] : ds;
  };

  const scanConfig = (label: string, settings: DatasanSettings, perKind = false): Config => {
    const detectors = structured(settings, perKind);
    const nationalRules = detectors.filter(isNational).length;
    const scanner = createScanner(settings, { detectors });
    const unfiltered = { ...settings, minConfidence: 0 };
    return {
      label: `${label} (${detectors.length} detectors, ${nationalRules} national)`,
      times: [],
      run: () => {
        for (const line of lines) scanner.scanUnit(line, 'jsonl', undefined, false);
      },
      // Rule, span and score of every hit (never a value), to check that the engine and per-kind runs agree.
      hits: () => {
        const all = createScanner(unfiltered, { detectors: structured(unfiltered, perKind) });
        let sig = 0;
        let n = 0;
        for (let i = 0; i < lines.length; i++) {
          for (const h of all.scanUnit(lines[i], 'jsonl', undefined, false).hits) {
            if (!h.rule.startsWith('pii/national/')) continue;
            n++;
            sig = (Math.imul(sig, 31) + i * 7919 + h.start * 131 + h.end + Math.round(h.score * 100) + h.rule.length) | 0;
          }
        }
        return `${n} national hits at minConfidence 0, signature ${(sig >>> 0).toString(16)}`;
      },
    };
  };

  const none = resolveSettings({ locales: [] });
  const all = resolveSettings({ locales: ['all'] });
  const configs = {
    parse: { label: 'baseline: JSON.parse every line', times: [], run: () => lines.forEach((l) => JSON.parse(l)) } as Config,
    none: scanConfig('core: no national kinds', none),
    def: scanConfig(`default locales ${DEFAULT_LOCALES.join(',')}`, DEFAULT_SETTINGS),
    all: scanConfig('every locale', all),
  };

  if (ONLY) {
    // For a profile: one configuration, run over and over.
    const c = configs[ONLY as keyof typeof configs];
    if (!c) throw new Error(`BENCH_NATIONAL_ONLY: one of ${Object.keys(configs).join(', ')}`);
    for (let r = 0; r <= RUNS; r++) c.times.push(cpuMs(c.run));
    console.log(`${c.label}: ${median(c.times).toFixed(0)} ms CPU (median of ${c.times.length})`);
    return;
  }

  const hits = new Map<Config, string>();
  /** Warm-up, then `RUNS` interleaved runs of each configuration; prints their medians. */
  const measure = (list: Config[]) => {
    for (const c of list) if (c.hits) hits.set(c, c.hits());
    for (const c of list) c.run();
    for (let r = 0; r < RUNS; r++) for (const c of list) c.times.push(cpuMs(c.run));
    for (const c of list) {
      const ms = median(c.times);
      const note = hits.has(c) ? `  [${hits.get(c)}]` : '';
      console.log(`${c.label.padEnd(66)} ${ms.toFixed(0).padStart(6)} ms CPU ${(mb / (ms / 1000)).toFixed(1).padStart(6)} MB/s${note}`);
    }
  };
  console.log(`\n## National identifiers: structured scan CPU time, ${mb.toFixed(1)} MB chat JSONL, ${lines.length} lines (bundled engine, median of ${RUNS} interleaved runs)`);
  measure(Object.values(configs));
  const m = (c: Config) => median(c.times);
  // Throughput ratio = inverse CPU-time ratio.
  const share = (c: Config) => m(configs.none) / m(c);
  const verdict = (x: number) => (x >= TARGET ? '✔' : '✖');
  const same = (a: Config, b: Config) => (hits.get(a) === hits.get(b) ? 'same hits' : 'HITS DIFFER');
  console.log(`every locale vs core (no national):    ${share(configs.all).toFixed(2)}× throughput ${verdict(share(configs.all))} (target ≥ ${TARGET.toFixed(2)}×)`);
  console.log(`default locales vs core (no national): ${share(configs.def).toFixed(2)}× throughput ${verdict(share(configs.def))}`);
  console.log(`every locale vs default locales:       ${(m(configs.def) / m(configs.all)).toFixed(2)}× throughput`);
  // In-process CPU only, no reading or output: issue 2's target (≥ 0.5×) is measured on the CLI by `npm run bench -- scan`.
  console.log(`structured scan at default locales vs JSON.parse alone: ${(m(configs.parse) / m(configs.def)).toFixed(2)}× throughput (in-process)`);
  if (!PER_KIND) return;

  console.log('\nReference: one detector per table row, against the engine timed again alongside.');
  const ref = {
    def: scanConfig(`default locales ${DEFAULT_LOCALES.join(',')}`, DEFAULT_SETTINGS),
    all: scanConfig('every locale', all),
    defPerKind: scanConfig('default locales, per-kind detectors', DEFAULT_SETTINGS, true),
    allPerKind: scanConfig('every locale, per-kind detectors', all, true),
  };
  measure(Object.values(ref));
  console.log(`per-kind / engine, default:            ${(m(ref.defPerKind) / m(ref.def)).toFixed(2)}× CPU time (${same(ref.def, ref.defPerKind)})`);
  console.log(`per-kind / engine, every locale:       ${(m(ref.allPerKind) / m(ref.all)).toFixed(2)}× CPU time (${same(ref.all, ref.allPerKind)})`);
}

if (/bench[\\/]national\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) nationalBench().catch((e) => {
  console.error(e);
  process.exit(1);
});
