// Names-on speed of two versions of the engine, compared in one process: a git revision against the working
// tree (or against another revision), each bundled as in dist/, scanning the same chat records (bench names'
// generator) chunk by chunk in turn, A then B, then B then A. On a machine shared with other jobs, runs in
// separate processes differ by 20–40% from one another; alternating in one process, both versions meet the
// same load, and the ratio of their CPU times holds to a few per cent. The first pass through both also
// compares their findings (span, rule, entity, confidence, reasons) chunk by chunk and says whether they are identical.
//   node --import tsx bench/names-ab.ts main            (main against the working tree)
//   node --import tsx bench/names-ab.ts 73580d2 29bc321
//   BENCH_AB_MB=5 BENCH_AB_ROUNDS=5
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { DATA, bundledEngine, median } from './common';
import { generate } from './names';

const MB = Number(process.env.BENCH_AB_MB ?? 5);
const ROUNDS = Number(process.env.BENCH_AB_ROUNDS ?? 5);
const ROOT = join(__dirname, '..');

interface Engine {
  createScanner: typeof import('../server/src/engine/index').createScanner;
  activeDetectors: typeof import('../server/src/engine/detectors/active').activeDetectors;
  DEFAULT_SETTINGS: typeof import('../server/src/engine/settings').DEFAULT_SETTINGS;
}

/** The sources of a revision (a fresh copy under bench/.data), or the working tree for undefined. */
function sourcesOf(rev: string | undefined): string {
  if (rev === undefined) return ROOT;
  const commit = execSync(`git rev-parse --short=12 ${rev}`, { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = join(DATA, 'ab', commit);
  if (!existsSync(join(dir, 'server'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${commit} | tar -x -C ${dir}`, { cwd: ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  }
  return dir;
}

type Finding = ReturnType<ReturnType<Engine['createScanner']>['scan']>['findings'][number];

/** A names-on scanner of one version's engine: chunk of JSONL in, findings out. */
function scannerOf(rev: string | undefined): (jsonl: string) => Finding[] {
  const e = bundledEngine<Engine>(`ab-${(rev ?? 'worktree').replace(/[^\w.-]/g, '_')}`, [
    "export { createScanner } from './server/src/engine/index';",
    "export { activeDetectors } from './server/src/engine/detectors/active';",
    "export { DEFAULT_SETTINGS } from './server/src/engine/settings';",
  ], sourcesOf(rev));
  const detectors = e.activeDetectors(e.DEFAULT_SETTINGS);
  return (jsonl) => e.createScanner(e.DEFAULT_SETTINGS, { detectors }).scan(jsonl, 'jsonl').findings;
}

function cpuMs(f: () => unknown): number {
  const c = process.cpuUsage();
  f();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
}

function main() {
  const [revA, revB] = process.argv.slice(2);
  if (!revA) throw new Error('usage: bench/names-ab.ts REV_A [REV_B] (B defaults to the working tree)');
  const a = scannerOf(revA);
  const b = scannerOf(revB);
  const records = generate(MB * 1e6);
  const chunks: string[] = [];
  for (let i = 0; i < records.length; i += 300) chunks.push(records.slice(i, i + 300).map((text, k) => JSON.stringify({ id: `rec-${i + k}`, text })).join('\n') + '\n');
  // Once through both first (lexicons, weights and compiled code), comparing what they find.
  const shown = (f: Finding | undefined) => (f ? `${f.rule} ${f.start}-${f.end} ${f.confidence} [${f.reasons.join('; ')}]` : 'nothing');
  let differing = 0;
  let findings = 0;
  chunks.forEach((c, k) => {
    const fa = a(c);
    const fb = b(c);
    findings += fa.length;
    const key = (f: Finding) => JSON.stringify([f.start, f.end, f.rule, f.entity, f.confidence, f.reasons]);
    const i = fa.findIndex((f, j) => !fb[j] || key(f) !== key(fb[j]));
    if (i < 0 && fa.length === fb.length) return;
    // Rule, offsets, confidence and reasons only: never a detected value.
    if (differing++ === 0) console.log(`findings differ in chunk ${k}: A has ${shown(fa[i < 0 ? fb.length : i])}, B has ${shown(fb[i < 0 ? fa.length : i])}`);
  });
  console.log(differing === 0 ? `findings identical: ${findings} in ${chunks.length} chunks` : `findings differ in ${differing} of ${chunks.length} chunks`);
  const ratios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let ta = 0;
    let tb = 0;
    chunks.forEach((c, k) => {
      if (k % 2 === 0) {
        ta += cpuMs(() => a(c));
        tb += cpuMs(() => b(c));
      } else {
        tb += cpuMs(() => b(c));
        ta += cpuMs(() => a(c));
      }
    });
    ratios.push(tb / ta);
    console.log(`round ${r + 1}: A ${ta.toFixed(0)} ms, B ${tb.toFixed(0)} ms of CPU, B/A ${(tb / ta).toFixed(3)}`);
  }
  console.log(`${MB} MB of chat, names on: B (${revB ?? 'working tree'}) takes ${median(ratios).toFixed(3)}× the CPU time of A (${revA}), median of ${ROUNDS} rounds`);
}

main();
