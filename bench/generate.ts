// Deterministic chat-style JSONL: the same seed gives the same bytes on every machine.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = `the a model dataset training prompt answer question please could you help me with this my our
 your code error python function return value list string file line data train test eval loss accuracy batch
 size learning rate epoch token tokenizer layer attention weights gradient memory GPU server request response
 time today tomorrow week order delivery refund account password reset thanks hello sorry issue bug fix update
 version install package import run output input example explain summary translate French German recipe travel
 weather music movie book story write email letter meeting schedule project team report chart table number`.split(/\s+/).filter(Boolean);

const first = ['Maria', 'John', 'Aisha', 'Wei', 'Lucas', 'Priya', 'Olga', 'Kenji', 'Fatima', 'Diego'];
const last = ['Garcia', 'Smith', 'Khan', 'Zhang', 'Silva', 'Patel', 'Ivanova', 'Sato', 'Haddad', 'Lopez'];

function luhnCard(rand: () => number): string {
  const d = [4, ...Array.from({ length: 14 }, () => Math.floor(rand() * 10))];
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let x = d[14 - i];
    if (i % 2 === 0) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  d.push((10 - (sum % 10)) % 10);
  return d.join('').replace(/(\d{4})(?=\d)/g, '$1 ');
}

function pii(rand: () => number): string {
  const f = first[Math.floor(rand() * first.length)];
  const l = last[Math.floor(rand() * last.length)];
  switch (Math.floor(rand() * 5)) {
    case 0:
      return `my email is ${f.toLowerCase()}.${l.toLowerCase()}${Math.floor(rand() * 90) + 10}@mail.com`;
    case 1:
      return `call me at +1 415 555 01${Math.floor(rand() * 90) + 10}`;
    case 2:
      return `card ${luhnCard(rand)}`;
    case 3:
      return `server ${Math.floor(rand() * 200) + 20}.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)}.${Math.floor(rand() * 254) + 1}`;
    default:
      return `I am ${f} ${l} and I live in Berlin`;
  }
}

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return out.join(' ') + (rand() < 0.2 ? '?' : '.');
}

export function record(rand: () => number): string {
  const turns = 2 + Math.floor(rand() * 4);
  const messages = [];
  for (let t = 0; t < turns; t++) {
    const parts = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => sentence(rand, 6 + Math.floor(rand() * 14)));
    if (rand() < 0.03) parts.splice(Math.floor(rand() * parts.length), 0, pii(rand));
    if (rand() < 0.05) parts.push(`Version ${Math.floor(rand() * 5)}.${Math.floor(rand() * 20)}.${Math.floor(rand() * 9)} at ${1700000000 + Math.floor(rand() * 1e7)}`);
    messages.push({ role: t % 2 ? 'assistant' : 'user', content: parts.join(' ') });
  }
  return JSON.stringify({ id: `rec-${Math.floor(rand() * 1e9)}`, messages, score: Math.round(rand() * 1000) / 1000 });
}

/** Writes at least `bytes` of JSONL to `path`. */
export async function generate(path: string, bytes: number, seed = 42): Promise<number> {
  const rand = prng(seed);
  const out = createWriteStream(path);
  let written = 0;
  let buf = '';
  while (written < bytes) {
    const line = record(rand) + '\n';
    buf += line;
    written += Buffer.byteLength(line);
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  return written;
}
