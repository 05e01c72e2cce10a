// Names-on throughput: every detector on (structured, national and the free-text PERSON, LOCATION,
// STREET_ADDRESS, DATE_TIME, AGE ones), through the engine, over deterministic chat-style JSONL; in the same
// run the naive baseline, compromise's nlp(record).people() per record; and the language server's peak
// memory on a 50 MB JSONL file until its names pass has published. Medians of several runs.
//   npm run bench names        or   node --import tsx bench/names.ts
//   BENCH_NAMES_MB=20 BENCH_RUNS=3 BENCH_BASELINE_MB=0.25 BENCH_NAMES_RSS_MB=50 (0 skips the server)
//
// The data is varied on purpose, so that no cache earns the figure: sentences drawn from a 10,000-word
// frequency list, names from pools of hundreds of given names and surnames of many cultures plus invented
// ones, thousands of street names; few whole sentences repeat.
//
// The engine is measured as it ships: bundled by esbuild, as in dist/ (run through tsx, each module's
// imports become getter calls, which costs the names detectors about a quarter of their speed).
import nlp from 'compromise';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GIVEN_NAMES } from '../server/src/engine/detectors/names/lexicon/given-names';
import { SURNAMES } from '../server/src/engine/detectors/names/lexicon/surnames';
import { CITIES, COUNTRIES } from '../server/src/engine/detectors/names/lexicon/places';
import { ENGLISH_WORDS } from '../server/src/engine/detectors/names/lexicon/english-words';
import { LspClient } from '../test/lsp/client';
import { DATA, bundledEngine, hwmKb, median } from './common';

const MB = Number(process.env.BENCH_NAMES_MB ?? 20);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const BASELINE_MB = Number(process.env.BENCH_BASELINE_MB ?? 0.25);
const RSS_MB = Number(process.env.BENCH_NAMES_RSS_MB ?? 50);
const ROOT = join(__dirname, '..');

/** mulberry32: a small seeded PRNG so that every run sees the same text. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

const CHAT = [
  'Can you explain how attention works in {P}?',
  'I tried fine-tuning {P} with a learning rate of 3e-4 but the loss diverged after {N} steps.',
  'Sure! Here is a step-by-step explanation of gradient checkpointing.',
  'The model returned an empty string, so I retried with temperature 0.7.',
  'On {W} we moved the evaluation to the new cluster.',
  'Thanks, that worked. What about batching the requests in {P}?',
  'Could you summarize this article in three bullet points?',
  'Use a context manager so the file handle is closed even when an exception is raised.',
  'In {M} the team released version {N}.{N} with faster tokenization.',
  'Write a haiku about {w} and distributed systems.',
  'Why does my {P} container exit with code 137?',
  'Memory usage grows linearly with sequence length unless you use sliding windows.',
  'Here is the corrected SQL query with the missing GROUP BY clause.',
  'Please translate the following sentence into French and Spanish.',
  'The capital of {C} is {X}, and it is known for its {w}.',
  'Set `batch_size={N}` and `max_len={N}` in config.yaml, then run `python train.py --epochs {N}`.',
  'See https://example.org/docs/{w}/{N} for the {P} API reference.',
];
const PII = [
  'My name is {F} {L} and I live in {X}.',
  'Hi {F}, thanks for the quick reply!',
  'Dear Dr. {L}, please find the report attached.',
  '{F} {L} was born on {D}, according to the form.',
  'The patient is a {A} year old woman from {C}.',
  'Please ship it to {N} {S}, {X}, {C}.',
  'I moved to {X} last year with {F}.',
  'Send the invoice to {F} {L}, {N} {S}, Apt. {N}\n{X}\n{C} {Z}',
  'we talked to {f} {l} yesterday about the contract',
  '{F}: Are you coming to the meeting in {X}?',
  'She is aged {A} and works for {L} Consulting in {X}.',
  'Call {F} back about the order, or ask {F} {L} in {X}.',
  'The flight from {X} to {X} was delayed, {F} said.',
];

/** Chat records, at least `bytes` of text (UTF-8), deterministic. */
export function generate(bytes: number, seed = 42): string[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const sample = <T>(xs: readonly T[], n: number) => Array.from({ length: n }, () => pick(xs));
  const num = (lo: number, hi: number) => String(lo + Math.floor(rnd() * (hi - lo)));
  const words = ENGLISH_WORDS.split(/\s+/).filter(Boolean);
  // Zipf's law over the frequency-ordered list: word i is drawn with weight 1 / (i + 10).
  const cumulative: number[] = [];
  words.reduce((sum, _, i) => (cumulative.push(sum + 1 / (i + 10)), sum + 1 / (i + 10)), 0);
  const zipf = () => {
    const x = rnd() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
  const syllables = 'ka lo mi ra ta ne si vo lu da ri ma no ke sa ti ya zu be go ha in el an or ul'.split(' ');
  const invented = () => cap(sample(syllables, 2 + Math.floor(rnd() * 2)).join(''));
  const first = [
    ...'Anna Mohammed Wei Priya Lars Sofia Kwame Yuki Olga José Fatima Liam Chiara Mateusz Aino Nguyen Ingrid Omar Zsófia Thabo Keanu Ravi Leilani Björn Marisol Dmitri Aiko Tomasz Nia Hamid'.split(' '),
    ...sample(GIVEN_NAMES, 600).map(cap),
    ...Array.from({ length: 200 }, invented),
  ];
  const last = [...sample(SURNAMES, 600).map(cap), ...Array.from({ length: 200 }, invented)];
  const cities = sample(CITIES, 400);
  const products = [...'Transformers Llama PyTorch Mistral Gemini Claude Python Docker Kubernetes LoRA Whisper Falcon Qwen'.split(' '), ...Array.from({ length: 100 }, () => invented() + pick(['AI', 'DB', 'Hub', 'Net', '']))];
  const street = () => {
    const w = cap(zipf());
    switch (Math.floor(rnd() * 7)) {
      case 0: return `${pick(last)} ${pick(['Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Court', 'Way'])}`;
      case 1: return `${w} ${pick(['Street', 'Avenue', 'Road', 'Boulevard', 'Terrace'])}`;
      case 2: return `Via ${pick(last)}`;
      case 3: return `rue de la ${w}`;
      case 4: return `${pick(last)}straße`;
      case 5: return `ul. ${pick(last)}`;
      default: return `${pick(last)}katu`;
    }
  };
  const fill = (t: string) =>
    t.replace(/\{(\w)\}/g, (_, k: string) => {
      switch (k) {
        case 'F': return pick(first);
        case 'L': return pick(last);
        case 'f': return pick(first).toLowerCase();
        case 'l': return pick(last).toLowerCase();
        case 'X': return pick(cities);
        case 'C': return pick(COUNTRIES);
        case 'S': return street();
        case 'P': return pick(products);
        case 'W': return pick(['Monday', 'Tuesday', 'Friday', 'Sunday']);
        case 'M': return pick(['March', 'May', 'October', 'December']);
        case 'w': return zipf();
        case 'N': return num(1, 999);
        case 'Z': return num(10000, 99999);
        case 'A': return num(18, 90);
        case 'D': return `${num(1, 12)}/${num(1, 28)}/${num(1940, 2005)}`;
        default: return '';
      }
    });
  const filler = () => {
    const n = 6 + Math.floor(rnd() * 16);
    const ws = Array.from({ length: n }, zipf);
    if (rnd() < 0.15) ws.splice(Math.floor(rnd() * n), 0, num(1, 2000));
    if (rnd() < 0.1) ws.splice(Math.floor(rnd() * n), 0, pick(products));
    return cap(ws.join(' ')) + pick(['.', '.', '.', '?', '!']);
  };
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const n = 2 + Math.floor(rnd() * 5);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = rnd();
      parts.push(r < 0.2 ? fill(pick(PII)) : r < 0.55 ? fill(pick(CHAT)) : filler());
    }
    let rec = parts.join(' ');
    if (rnd() < 0.1) rec = rec.toLowerCase(); // chats typed in lower case
    out.push(rec);
    size += Buffer.byteLength(rec);
  }
  return out;
}

interface Engine {
  createScanner: typeof import('../server/src/engine/index').createScanner;
  activeDetectors: typeof import('../server/src/engine/detectors/active').activeDetectors;
  DEFAULT_SETTINGS: typeof import('../server/src/engine/settings').DEFAULT_SETTINGS;
}


const jsonl = (records: string[]) => records.map((text, i) => JSON.stringify({ id: `rec-${i}`, text })).join('\n') + '\n';

interface Timing {
  wall: number;
  cpu: number;
}

function timed<T>(f: () => T): Timing & { value: T } {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = f();
  const wall = performance.now() - t;
  const u = process.cpuUsage(c);
  return { wall, cpu: (u.user + u.system) / 1000, value };
}

/** The language server's peak resident memory (VmHWM) until it has published names for a JSONL file. */
async function serverPeakMemory(mb: number): Promise<{ path: string; mb: number; peakMb: number; namesMs: number; diagnostics: number }> {
  mkdirSync(DATA, { recursive: true });
  const path = join(DATA, `names-${mb}mb-seed7.jsonl`);
  if (!existsSync(path)) writeFileSync(path, jsonl(generate(mb * 1e6 * 0.93, 7)));
  const text = readFileSync(path, 'utf8');
  const client = new LspClient(ROOT);
  try {
    await client.initialize(null, {});
    const uri = pathToFileURL(path).href;
    const t = performance.now();
    await client.open(uri, 'jsonl', text);
    const names = await client.nextDiagnostics(uri, 600_000);
    const namesMs = performance.now() - t;
    return { path, mb: statSync(path).size / 1e6, peakMb: hwmKb(client.pid) / 1024, namesMs, diagnostics: names.length };
  } finally {
    await client.close();
  }
}

export default async function namesBench(): Promise<{ namesMBps: number; baselineMBps: number; ratio: number; peakMb?: number }> {
  const records = generate(MB * 1e6);
  const doc = jsonl(records);
  const docMb = Buffer.byteLength(doc) / 1e6;
  const textMb = records.reduce((s, r) => s + Buffer.byteLength(r), 0) / 1e6;
  const sample: string[] = [];
  for (let i = 0, s = 0; s < BASELINE_MB * 1e6 && i < records.length; i += 37) {
    sample.push(records[i]);
    s += Buffer.byteLength(records[i]);
  }
  const sampleMb = sample.reduce((s, r) => s + Buffer.byteLength(r), 0) / 1e6;
  const { createScanner, activeDetectors, DEFAULT_SETTINGS } = bundledEngine<Engine>('names', [
    "export { createScanner } from './server/src/engine/index';",
    "export { activeDetectors } from './server/src/engine/detectors/active';",
    "export { DEFAULT_SETTINGS } from './server/src/engine/settings';",
  ]);
  const detectors = activeDetectors(DEFAULT_SETTINGS);
  nlp('Warm up compromise, Anna.').people();
  createScanner(DEFAULT_SETTINGS, { detectors }).scan(doc.slice(0, 200_000), 'jsonl'); // compile regexes, load lexicons
  const ours: Timing[] = [];
  const structured: Timing[] = [];
  const base: Timing[] = [];
  let findings = 0;
  for (let r = 0; r < RUNS; r++) {
    // Interleaved, so that machine noise hits all three alike. A fresh scanner each run: nothing is reused.
    base.push(timed(() => sample.reduce((n, text) => n + nlp(text).people().length, 0)));
    const s = timed(() => createScanner(DEFAULT_SETTINGS, { detectors }).scan(doc, 'jsonl').findings.length);
    findings = s.value;
    ours.push(s);
    structured.push(timed(() => createScanner(DEFAULT_SETTINGS, { detectors: activeDetectors(DEFAULT_SETTINGS, { names: false }) }).scan(doc, 'jsonl')));
  }
  const rate = (mb: number, ts: Timing[], k: keyof Timing) => mb / (median(ts.map((t) => t[k])) / 1000);
  const namesMBps = rate(docMb, ours, 'wall');
  const baselineMBps = rate(sampleMb, base, 'wall');
  // Times for the same records: the baseline's per-MB rate over the records' text, ours over the JSONL file.
  const ratio = (textMb / baselineMBps) / (docMb / namesMBps);
  const cpuRatio = (textMb / rate(sampleMb, base, 'cpu')) / (docMb / rate(docMb, ours, 'cpu'));
  const ok = (b: boolean) => (b ? '✔' : '✖');
  console.log(`\n## Names on: every detector through the engine, ${RUNS} runs interleaved, medians`);
  console.log(`data: ${docMb.toFixed(1)} MB JSONL, ${records.length} chat records (${textMb.toFixed(1)} MB of text, seed 42), ${findings} findings`);
  console.log(`naive baseline, compromise nlp(record).people(): ${baselineMBps.toFixed(3)} MB/s of text (${sampleMb.toFixed(2)} MB sample spread over the records)`);
  console.log(`Datasan, every detector (names on), one thread:    ${namesMBps.toFixed(2)} MB/s of JSONL  (${(median(ours.map((t) => t.wall)) / 1000).toFixed(2)} s)`);
  console.log(`  same, CPU time (less affected by other processes): ${rate(docMb, ours, 'cpu').toFixed(2)} MB/s`);
  console.log(`  structured detectors only (names off):            ${rate(docMb, structured, 'wall').toFixed(2)} MB/s`);
  console.log(`ratio: ${ratio.toFixed(0)}× faster than the baseline on the same records (CPU time: ${cpuRatio.toFixed(0)}×)`);
  console.log(`targets: ≥ 5 MB/s ${ok(namesMBps >= 5)} (CPU time ${ok(rate(docMb, ours, 'cpu') >= 5)}), ≥ 50× ${ok(ratio >= 50)}`);
  let peakMb: number | undefined;
  if (RSS_MB > 0) {
    if (!existsSync(join(ROOT, 'dist', 'server.js'))) console.log('language server memory: skipped, dist/server.js is missing (npm run build)');
    else {
      const m = await serverPeakMemory(RSS_MB);
      peakMb = m.peakMb;
      console.log(`language server, ${m.mb.toFixed(1)} MB JSONL opened: names published after ${(m.namesMs / 1000).toFixed(1)} s (${m.diagnostics} diagnostics), peak RSS (VmHWM) ${m.peakMb.toFixed(0)} MB  target < 500 MB ${ok(m.peakMb < 500)}`);
    }
  }
  return { namesMBps, baselineMBps, ratio, peakMb };
}

if (process.argv[1] && /names\.(ts|mjs|js)$/.test(process.argv[1])) {
  namesBench().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
