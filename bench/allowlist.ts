// npm run bench -- allowlist: what an allow-list fingerprint costs the one who guesses values from the
// repository's .datasan/allowlist.json, and what it costs a scan. Guess rates of the old salted SHA-256
// (version 1 files), of scrypt at the default parameters, and of an HMAC without its team key (cannot
// start: 2^256 keys). Then `scan` of the generated chat JSONL with no allow-list, with one scrypt entry of
// a kind the file is full of (EMAIL_ADDRESS: one scrypt per distinct address, cached), with one scrypt
// entry of another kind, and with one team-key entry. Wall clock, this thread, medians of BENCH_RUNS. Last,
// how long the allow patterns that regex-safety accepts can take at their input limit.
//   BENCH_ALLOWLIST_MB   size of the scanned file (default 5)
import { readFileSync } from 'node:fs';
import { Allowlist, DEFAULT_SCRYPT, loadTeamKey } from '../server/src/engine/allowlist';
import { createScanner } from '../server/src/engine/index';
import { resolveSettings } from '../server/src/engine/settings';
import { UserPattern, USER_PATTERN_MAX_INPUT } from '../server/src/engine/regex-safety';
import { chatDataset, median } from './common';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = Number(process.env.BENCH_ALLOWLIST_MB ?? 5);

function guessesPerSecond(fingerprint: (guess: string) => string, seconds: number): number {
  const t = process.hrtime.bigint();
  let n = 0;
  while (Number(process.hrtime.bigint() - t) < seconds * 1e9) fingerprint(String(100_000_000 + n++));
  return n / (Number(process.hrtime.bigint() - t) / 1e9);
}

function duration(s: number): string {
  if (s < 120) return `${s.toFixed(0)} s`;
  if (s < 2 * 3600) return `${(s / 60).toFixed(0)} min`;
  if (s < 3 * 86400) return `${(s / 3600).toFixed(1)} h`;
  if (s < 2 * 365 * 86400) return `${(s / 86400).toFixed(0)} days`;
  return `${(s / 365 / 86400).toFixed(1)} years`;
}

export default async function allowlistBench(): Promise<void> {
  const list = Allowlist.empty();
  const legacy = guessesPerSecond((g) => list.fingerprint(g, 'sha256'), 1);
  const { N, r, p } = DEFAULT_SCRYPT;
  const scrypt = guessesPerSecond((g) => list.fingerprint(g, 'scrypt'), 3);
  console.log(`\n## allow-list fingerprints: brute force from the repository, one core of this machine`);
  console.log(`${'fingerprint'.padEnd(34)} ${'guesses/s'.padStart(11)}  ${'9-digit SSN (10^9)'.padStart(19)}  ${'phone, area code known (10^7)'.padStart(30)}`);
  const row = (label: string, rate: number) => console.log(`${label.padEnd(34)} ${rate.toFixed(0).padStart(11)}  ${duration(1e9 / rate).padStart(19)}  ${duration(1e7 / rate).padStart(30)}`);
  row('salted SHA-256 (version 1 files)', legacy);
  row(`scrypt N=2^${Math.log2(N)} r=${r} p=${p} (${(128 * N * r) / 2 ** 20} MiB)`, scrypt);
  console.log(`${'HMAC-SHA256, team key not known'.padEnd(34)} ${'—'.padStart(11)}  ${'2^256 keys to try first'.padStart(19)}`);
  console.log(`scrypt costs ${(1000 / scrypt).toFixed(1)} ms per guess here: ${(legacy / scrypt).toFixed(0)}× the old fingerprint; the times divide by the cores an attacker rents.`);

  const path = await chatDataset(MB);
  const text = readFileSync(path, 'utf8');
  const settings = resolveSettings({ names: { enable: false } });
  const key = loadTeamKey({ DATASAN_ALLOWLIST_KEY: 'bench team key, 32 characters at least' }, '/nonexistent');
  const configs: [string, Allowlist | undefined][] = [
    ['no allow-list', undefined],
    ['1 scrypt entry, EMAIL_ADDRESS', Allowlist.empty().with('someone@example.org', 'EMAIL_ADDRESS')],
    ['1 scrypt entry, IBAN_CODE', Allowlist.empty().with('DE89370400440532013000', 'IBAN_CODE')],
    ['1 team-key entry, EMAIL_ADDRESS', Allowlist.empty(key).with('someone@example.org', 'EMAIL_ADDRESS')],
  ];
  const emails = new Set<string>();
  for (const f of createScanner(settings).scan(text, 'jsonl').findings) if (f.entity === 'EMAIL_ADDRESS') emails.add(text.slice(f.start, f.end));
  console.log(`\n## scan of ${(text.length / 2 ** 20).toFixed(1)} MB chat JSONL (${emails.size} distinct email addresses), structured detectors, this thread (median of ${RUNS})`);
  createScanner(settings).scan(text, 'jsonl'); // warm-up
  // Interleaved runs, so that machine noise hits every configuration alike.
  const times = configs.map((): number[] => []);
  for (let i = 0; i < RUNS; i++)
    configs.forEach(([, allowlist], c) => {
      // A fresh allow-list each run: a CLI scan starts with an empty cache.
      const fresh = allowlist && new Allowlist(allowlist.file, allowlist.key);
      const t = process.hrtime.bigint();
      createScanner(settings, { allowlist: fresh }).scan(text, 'jsonl');
      times[c].push(Number(process.hrtime.bigint() - t) / 1e6);
    });
  const base = median(times[0]);
  configs.forEach(([label], c) => console.log(`${label.padEnd(34)} ${median(times[c]).toFixed(0).padStart(7)} ms  ${(median(times[c]) / base).toFixed(2)}×`));
  patternBench();
}

/**
 * The slowest run of patterns the regex-safety check lets through, on texts of the longest length they are run
 * on, built to make them backtrack; next to it, a refused pattern on a text of 23 characters.
 */
function patternBench(): void {
  const n = USER_PATTERN_MAX_INPUT;
  const accepted: [string, string][] = [
    ['^.*a.*b', 'a'.repeat(n)],
    ['^\\s*\\s*$', `${' '.repeat(n - 1)}x`],
    ['\\s+$', `${' '.repeat(n - 1)}x`],
    ['.*@example\\.org', '@'.repeat(n)],
    ['^[\\w.+-]+@(?:[\\w-]+\\.)+[a-z]{2,}$', `a@${'a.'.repeat((n - 3) / 2)}1`],
    ['^(\\d+,\\s*)*\\d+$', `${'1,'.repeat(n / 2 - 1)}x`],
  ];
  console.log(`\n## allow patterns: the slowest accepted ones on ${n}-character texts made to backtrack (one run each)`);
  for (const [source, text] of accepted) {
    const p = UserPattern.compile(source);
    if (!(p instanceof UserPattern)) throw new Error(`${source} was refused: ${p.error}`);
    const t = process.hrtime.bigint();
    p.test(text);
    console.log(`${source.padEnd(40)} ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(1).padStart(8)} ms`);
  }
  const refused = '(a+)+$';
  const t = process.hrtime.bigint();
  new RegExp(refused, 'u').test(`${'a'.repeat(22)}!`);
  console.log(`refused ${refused} on 23 characters, run anyway: ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms (doubling with each character)`);
}

if (require.main === module) void allowlistBench();
