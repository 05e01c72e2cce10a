// What every benchmark shares: where generated data lives, the chat dataset, and medians.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './generate';

/** Generated data, git-ignored. */
export const DATA = join(__dirname, '.data');

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The deterministic chat-style JSONL of at least `mb` MB (seed 42), generated once and reused. */
export async function chatDataset(mb: number): Promise<string> {
  mkdirSync(DATA, { recursive: true });
  const path = join(DATA, `chat-${mb}mb-seed42.jsonl`);
  if (!existsSync(path) || statSync(path).size < mb * 1024 * 1024) await generate(path, mb * 1024 * 1024);
  return path;
}
