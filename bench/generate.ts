// Deterministic chat-style JSONL: the same seed gives the same bytes on every machine.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seeded } from '../server/src/testing/national-generators';

/** mulberry32, the test generators' seeded PRNG: the same seed gives the same bytes as before. */
export const prng = seeded;

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

/** Two to five turns, user and assistant in turn, each message the parts `turn` makes joined by spaces. */
function chat(rand: () => number, turn: () => string[]): { role: string; content: string }[] {
  const turns = 2 + Math.floor(rand() * 4);
  const messages = [];
  for (let t = 0; t < turns; t++) messages.push({ role: t % 2 ? 'assistant' : 'user', content: turn().join(' ') });
  return messages;
}

export function record(rand: () => number): string {
  const messages = chat(rand, () => {
    const parts = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => sentence(rand, 6 + Math.floor(rand() * 14)));
    if (rand() < 0.03) parts.splice(Math.floor(rand() * parts.length), 0, pii(rand));
    if (rand() < 0.05) parts.push(`Version ${Math.floor(rand() * 5)}.${Math.floor(rand() * 20)}.${Math.floor(rand() * 9)} at ${1700000000 + Math.floor(rand() * 1e7)}`);
    return parts;
  });
  return JSON.stringify({ id: `rec-${Math.floor(rand() * 1e9)}`, messages, score: Math.round(rand() * 1000) / 1000 });
}

const FOREIGN = [
  'Können Sie mir bitte helfen, die Lieferung für nächste Woche zu ändern?',
  'Je voudrais annuler ma commande et être remboursé, merci beaucoup.',
  '¿Podría enviarme la factura del pedido? Gracias de antemano.',
  'Обучение модели заняло три дня на восьми видеокартах.',
  'データセットの前処理で文字化けが発生しました。',
  'Il modello risponde in modo errato quando la domanda è lunga.',
  'Proszę o szybką odpowiedź w sprawie zwrotu pieniędzy.',
  '模型在长文本上的准确率下降了很多。',
];

function hex(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rand() * 16)];
  return s;
}

function uuid(rand: () => number): string {
  return `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-${'89ab'[Math.floor(rand() * 4)]}${hex(rand, 3)}-${hex(rand, 12)}`;
}

/** An email address or a phone number, in one of a few common shapes. */
function contact(rand: () => number): string {
  const f = first[Math.floor(rand() * first.length)].toLowerCase();
  const l = last[Math.floor(rand() * last.length)].toLowerCase();
  const n = () => Math.floor(rand() * 10);
  switch (Math.floor(rand() * 4)) {
    case 0:
      return `you can reach me at ${f}.${l}${n()}${n()}@example.org`;
    case 1:
      return `mail ${f[0]}${l}@firma.de for details`;
    case 2:
      return `my phone is +44 20 7946 0${n()}${n()}${n()}`;
    default:
      return `call (415) 555-01${n()}${n()} after 6pm`;
  }
}

/** Numbers a support chat is full of: order numbers, amounts, dates, times, versions, counts. */
function numbers(rand: () => number): string {
  const n = (k: number) => Math.floor(rand() * k);
  switch (n(5)) {
    case 0:
      return `order #${100000 + n(900000)} of ${n(12) + 1} items`;
    case 1:
      return `it cost ${n(900) + 10}.${n(90) + 10} EUR on 2024-${String(n(12) + 1).padStart(2, '0')}-${String(n(28) + 1).padStart(2, '0')}`;
    case 2:
      return `the run took ${n(60)}m ${n(60)}s at step ${n(50000)} with loss ${(rand() * 3).toFixed(4)}`;
    case 3:
      return `batch size ${2 ** (n(8) + 2)}, lr ${(rand() / 1000).toExponential(2)}, ${n(100)}% done`;
    default:
      return `version ${n(5)}.${n(20)}.${n(9)} released at ${String(n(24)).padStart(2, '0')}:${String(n(60)).padStart(2, '0')}`;
  }
}

/**
 * A PII-dense record: a UUID id and numeric fields, numbers in most messages, an email address or phone
 * number in a third of them, and some text in other languages and scripts.
 */
export function denseRecord(rand: () => number): string {
  const messages = chat(rand, () => {
    const parts = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => sentence(rand, 5 + Math.floor(rand() * 12)));
    if (rand() < 0.7) parts.splice(Math.floor(rand() * parts.length), 0, numbers(rand));
    if (rand() < 1 / 3) parts.splice(Math.floor(rand() * parts.length), 0, contact(rand));
    if (rand() < 0.25) parts.push(FOREIGN[Math.floor(rand() * FOREIGN.length)]);
    return parts;
  });
  return JSON.stringify({
    id: uuid(rand),
    conversation_id: uuid(rand),
    created: 1700000000 + Math.floor(rand() * 3e7),
    turns: messages.length,
    lang: ['en', 'de', 'fr', 'es', 'ru', 'ja'][Math.floor(rand() * 6)],
    rating: Math.round(rand() * 50) / 10,
    messages,
  });
}

/** Writes at least `bytes` of JSONL records made by `make` (the chat records by default) to `path`. */
export async function generate(path: string, bytes: number, seed = 42, make: (rand: () => number) => string = record): Promise<number> {
  const rand = prng(seed);
  const out = createWriteStream(path);
  let written = 0;
  let buf = '';
  while (written < bytes) {
    const line = make(rand) + '\n';
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
