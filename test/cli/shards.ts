// A generated dataset and its shards, for the tests of pipes, merged reports and the Dask recipe. Built so
// that every order-dependent part of a report is exercised across shards: the most redacted records come
// late, QA and chat records only after more than 1,000 plain ones, more than 500 fields (some lumped) whose
// counts add up across shards, invalid and blank lines.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A fixed 32-byte key (hex), as `openssl rand -hex 32` writes it. */
export const SHARD_KEY = '3c9e1f7a5b2d8c4e6f0a1b3d5e7f9a2c4b6d8e0f1a3c5e7b9d2f4a6c8e0b1d3f\n';

/** `records` JSONL lines (deterministic). */
export function datasetLines(records: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < records; i++) {
    const late = i > records * 0.6;
    if (i % 397 === 11) lines.push(`not json: write to broken${i}@mail.com`);
    else if (i % 251 === 5) lines.push('');
    else if (i > 1100 && i % 3 === 0) lines.push(JSON.stringify({ question: 'Who wrote to support?', context: `Ingrid Solberg wrote from ingrid${i % 40}@mail.com`, answer: i % 2 ? `ingrid${i % 40}@mail.com` : 'Ingrid Solberg' }));
    else if (i > 1100 && i % 3 === 1) lines.push(JSON.stringify({ messages: [{ role: 'user', content: `call me on +1 415 555 01${String((i % 90) + 10)}` }, { role: 'assistant', content: `Noted, user${i % 13}@example.org` }] }));
    else if (late && i % 50 === 0) lines.push(JSON.stringify({ id: i, text: Array.from({ length: 6 + (i % 7) }, (_, k) => `cc${k}${i}@mail.com`).join(', ') }));
    else lines.push(JSON.stringify({ id: i, scores: { [`u${(i * 13) % 700}`]: `mail user${i % 300}@mail.com` }, text: `plain text about the weather, record ${i}` }));
  }
  return lines;
}

/** Writes `all.jsonl` and its `n` shards `shard-00.jsonl`, … into `dir`; returns the shard names in order. */
export function writeShards(dir: string, records: number, n = 8): string[] {
  const lines = datasetLines(records);
  writeFileSync(join(dir, 'all.jsonl'), lines.join('\n') + '\n');
  const per = Math.ceil(lines.length / n);
  const names: string[] = [];
  for (let k = 0; k < n; k++) {
    const name = `shard-${String(k).padStart(2, '0')}.jsonl`;
    writeFileSync(join(dir, name), lines.slice(k * per, (k + 1) * per).join('\n') + '\n');
    names.push(name);
  }
  writeFileSync(join(dir, 'datasan.key'), SHARD_KEY);
  return names;
}

/** A report without what differs between a merged report and one run: when, how long, and the input's name. */
export function comparable(report: Record<string, unknown>): Record<string, unknown> {
  const { generated: _g, durationMs: _d, input, ...rest } = report as { generated: unknown; durationMs: unknown; input: { path: string; shards?: number } };
  const { path: _p, shards: _s, ...inputRest } = input;
  return { ...rest, input: inputRest };
}
