// Names-on throughput: the free-text detectors (PERSON, LOCATION, STREET_ADDRESS, DATE_TIME, AGE,
// ORGANIZATION) over ≥ 20 MB of deterministic chat-style text, against the naive baseline — compromise's
// nlp(record).people() per record — measured in the same run. Medians of several runs.
//   node --import tsx bench/names.ts            (BENCH_NAMES_MB=20 BENCH_RUNS=3 BENCH_BASELINE_MB=0.25)
import nlp from 'compromise';
import { nameDetectors } from '../server/src/engine/detectors/names/index';
import { applyContext } from '../server/src/engine/context';
import { DEFAULT_SETTINGS } from '../server/src/engine/settings';

const MB = Number(process.env.BENCH_NAMES_MB ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BASELINE_MB = Number(process.env.BENCH_BASELINE_MB ?? 0.25);

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

const FIRST = 'Anna Mohammed Wei Priya Lars Sofia Kwame Yuki Olga José Fatima Liam Chiara Mateusz Aino Nguyen Ingrid Omar Zsófia Thabo Keanu Ravi Leilani Björn Marisol Dmitri Aiko Tomasz Nia Hamid'.split(' ');
const LAST = 'Schmidt Okafor Tanaka Kowalski Virtanen García Rossi Haddad Ivanova Johansson Nakamura Dubois Mensah Horváth Papadopoulos Singh Chen Novák Pereira Lindqvist Ahmadi Murphy Kaczmarek Oyelaran Björnsdóttir'.split(' ');
const CITIES = 'Berlin Lagos Osaka Kraków Helsinki Lisbon Beirut Nairobi Toronto Melbourne Bogotá Hanoi Oslo Seville Accra'.split(' ');
const COUNTRIES = 'Germany Nigeria Japan Poland Finland Portugal Lebanon Kenya Canada Australia Colombia Vietnam Norway Spain Ghana'.split(' ');
const STREETS = ['Baker Street', 'Maple Avenue', 'Crown Road', 'Kiannonkatu', 'Søndergade', 'Via Roma', 'ul. Długa', 'Rue de la Paix', 'Hauptstraße'];
const PRODUCTS = 'Transformers Llama PyTorch Mistral Gemini Claude Python Docker Kubernetes LoRA Whisper Falcon Qwen'.split(' ');
const CHAT = [
  'Can you explain how attention works in {P}?',
  'I tried fine-tuning {P} with a learning rate of 3e-4 but the loss diverged after 200 steps.',
  'Sure! Here is a step-by-step explanation of gradient checkpointing.',
  'The model returned an empty string, so I retried with temperature 0.7.',
  'On Monday we moved the evaluation to the new cluster.',
  'Thanks, that worked. What about batching the requests in {P}?',
  'Could you summarize this article in three bullet points?',
  'Use a context manager so the file handle is closed even when an exception is raised.',
  'In March the team released version 2.1 with faster tokenization.',
  'Write a haiku about autumn leaves and distributed systems.',
  'The quick brown fox jumps over the lazy dog, as every font designer knows.',
  'Why does my Docker container exit with code 137?',
  'Memory usage grows linearly with sequence length unless you use sliding windows.',
  'Here is the corrected SQL query with the missing GROUP BY clause.',
  'Please translate the following sentence into French and Spanish.',
  'The capital of {C} is {X}, and it is known for its museums.',
];
const PII = [
  'My name is {F} {L} and I live in {X}.',
  'Hi {F}, thanks for the quick reply!',
  'Dear Dr. {L}, please find the report attached.',
  '{F} {L} was born on {D}, according to the form.',
  'The patient is a {A} year old woman from {C}.',
  'Please ship it to {N} {S} {N}, {X}, {C}.',
  'I moved to {X} last year with {F}.',
  'Send the invoice to {F} {L}, {N} {S}, Apt. {N}\n{X}\n{C} {Z}',
  'we talked to {f} {l} yesterday about the contract',
  '{F}: Are you coming to the meeting in {X}?',
  'She is aged {A} and works for Acme Inc in {X}.',
];

export function generate(bytes: number): string[] {
  const rnd = prng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const num = (lo: number, hi: number) => String(lo + Math.floor(rnd() * (hi - lo)));
  const fill = (t: string) =>
    t.replace(/\{(\w)\}/g, (_, k: string) => {
      switch (k) {
        case 'F': return pick(FIRST);
        case 'L': return pick(LAST);
        case 'f': return pick(FIRST).toLowerCase();
        case 'l': return pick(LAST).toLowerCase();
        case 'X': return pick(CITIES);
        case 'C': return pick(COUNTRIES);
        case 'S': return pick(STREETS);
        case 'P': return pick(PRODUCTS);
        case 'N': return num(1, 999);
        case 'Z': return num(10000, 99999);
        case 'A': return num(18, 90);
        case 'D': return `${num(1, 12)}/${num(1, 28)}/${num(1940, 2005)}`;
        default: return '';
      }
    });
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const n = 2 + Math.floor(rnd() * 5);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(fill(rnd() < 0.2 ? pick(PII) : pick(CHAT)));
    const rec = parts.join(' ');
    out.push(rec);
    size += Buffer.byteLength(rec);
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mbOf = (recs: string[]) => recs.reduce((s, r) => s + Buffer.byteLength(r), 0) / 1e6;

function runDetectors(records: string[]): { ms: number; findings: number } {
  // A fresh analyzer per run: no result is reused from an earlier run.
  const detectors = nameDetectors(DEFAULT_SETTINGS);
  let findings = 0;
  const t = performance.now();
  for (const text of records) {
    for (const d of detectors) {
      if (d.trigger && !d.trigger.test(text)) continue;
      for (const c of d.detect(text, {})) if (applyContext(d, text, c).score >= DEFAULT_SETTINGS.minConfidence) findings++;
    }
  }
  return { ms: performance.now() - t, findings };
}

function runBaseline(records: string[]): number {
  const t = performance.now();
  let people = 0;
  for (const text of records) people += nlp(text).people().length;
  void people;
  return performance.now() - t;
}

export function namesBench(): { namesMBps: number; baselineMBps: number; ratio: number } {
  const records = generate(MB * 1e6);
  const mb = mbOf(records);
  const sample: string[] = [];
  for (let i = 0, s = 0; s < BASELINE_MB * 1e6 && i < records.length; i += 37) {
    sample.push(records[i]);
    s += Buffer.byteLength(records[i]);
  }
  const sampleMb = mbOf(sample);
  nameDetectors(DEFAULT_SETTINGS); // builds the shared lexicon once, outside the timings
  nlp('warm up compromise');
  const ours: number[] = [];
  const base: number[] = [];
  let findings = 0;
  for (let r = 0; r < RUNS; r++) {
    base.push(runBaseline(sample));
    const d = runDetectors(records);
    ours.push(d.ms);
    findings = d.findings;
  }
  const namesMBps = mb / (median(ours) / 1000);
  const baselineMBps = sampleMb / (median(base) / 1000);
  const ratio = namesMBps / baselineMBps;
  console.log(`\n## Names (free-text detectors), ${RUNS} runs, medians`);
  console.log(`data: ${mb.toFixed(1)} MB of generated chat text, ${records.length} records (seed 42), ${findings} findings ≥ ${DEFAULT_SETTINGS.minConfidence}`);
  console.log(`naive baseline, compromise nlp(record).people(): ${baselineMBps.toFixed(3)} MB/s (measured on a ${sampleMb.toFixed(2)} MB sample spread over the data, per-MB rate extrapolated)`);
  console.log(`Datasan names detectors (all six, one core):     ${namesMBps.toFixed(2)} MB/s  (${(median(ours) / 1000).toFixed(2)} s)`);
  console.log(`ratio: ${ratio.toFixed(0)}× the baseline   targets: ≥ 5 MB/s ${namesMBps >= 5 ? '✔' : '✖'}, ≥ 50× ${ratio >= 50 ? '✔' : '✖'}`);
  return { namesMBps, baselineMBps, ratio };
}

if (process.argv[1] && /names\.(ts|mjs|js)$/.test(process.argv[1])) namesBench();
