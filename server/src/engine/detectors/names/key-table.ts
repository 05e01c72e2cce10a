// Lower-case keys of ASCII words, looked up by their characters in the text: a word seen before costs no
// new string and no second lexicon look-up. Chat text repeats a small vocabulary, so almost every word is
// found here; this spares the tokenizer most of its allocations. The look-up is bound by memory access:
// frequent words are found in a small direct-mapped table first, and entries are numbered in the order
// first seen, so that the keys and values of frequent words sit close together.

const MAX_ENTRIES = 1 << 17;
/** Direct-mapped recent words, [hash, entry + 1] each, small enough to stay in the fastest cache. */
const HOT = 4096;

/** FNV-1a over lower-cased ASCII codes; callers that already read the characters can hash as they go. */
export const HASH_START = 0x811c9dc5 | 0;

export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
}

export class KeyTable {
  /** Open addressing with linear probing, at most half full: [entry + 1 (0: empty), hash] per slot. */
  private slots = new Int32Array(2 << 12);
  private readonly hot = new Int32Array(2 * HOT);
  private keys: string[] = [];
  private values = new Int32Array(1 << 11);

  /** `valueOf` computes the (32-bit integer) value of a key the first time it is seen. */
  constructor(private readonly valueOf: (key: string) => number) {}

  /** The entry of text[start, end), which must be ASCII, compared without regard to case. */
  lookup(text: string, start: number, end: number): number {
    let h = HASH_START;
    for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
    return this.lookupHashed(text, start, end, h);
  }

  /** `lookup` with the hash of text[start, end) already computed (see hashStep). */
  lookupHashed(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    const hot = ((h >>> 16) & (HOT - 1)) * 2;
    if (this.hot[hot] === h && this.hot[hot + 1] !== 0) {
      const e = this.hot[hot + 1] - 1;
      const key = this.keys[e];
      if (key.length === len && sameLower(text, start, key)) return e;
    }
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = slots[2 * s] - 1;
      if (e < 0) break;
      if (slots[2 * s + 1] !== h) continue;
      const key = this.keys[e];
      if (key.length === len && sameLower(text, start, key)) {
        this.hot[hot] = h;
        this.hot[hot + 1] = e + 1;
        return e;
      }
    }
    return this.add(text.slice(start, end).toLowerCase(), h);
  }

  key(entry: number): string {
    return this.keys[entry];
  }

  value(entry: number): number {
    return this.values[entry];
  }

  private add(key: string, h: number): number {
    if (this.keys.length >= MAX_ENTRIES) {
      this.slots = new Int32Array(2 << 12);
      this.hot.fill(0);
      this.keys = [];
    }
    const e = this.keys.length;
    if ((e + 1) * 4 > this.slots.length) this.grow();
    if (e === this.values.length) {
      const more = new Int32Array(e * 2);
      more.set(this.values);
      this.values = more;
    }
    this.keys.push(key);
    this.values[e] = this.valueOf(key);
    this.place(e, h);
    return e;
  }

  private place(e: number, h: number) {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let s = h & mask;
    while (slots[2 * s] !== 0) s = (s + 1) & mask;
    slots[2 * s] = e + 1;
    slots[2 * s + 1] = h;
  }

  private grow() {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) this.place(old[s] - 1, old[s + 1]);
  }
}

function sameLower(text: string, start: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== key.charCodeAt(i)) return false;
  }
  return true;
}
