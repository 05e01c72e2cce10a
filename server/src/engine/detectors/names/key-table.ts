// Lower-case keys of ASCII words, looked up by their characters in the text: a word seen before costs no
// new string and no second lexicon look-up. Chat text repeats a small vocabulary, so almost every word is
// found here; this spares the tokenizer most of its allocations.

const MAX_ENTRIES = 1 << 17;

/** FNV-1a over lower-cased ASCII codes; callers that already read the characters can hash as they go. */
export const HASH_START = 0x811c9dc5 | 0;

export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
}

export class KeyTable<V> {
  /** Entry index + 1 per slot (0: empty); open addressing with linear probing, at most half full. */
  private slots = new Int32Array(1 << 12);
  private keys: string[] = [];
  /** Hash per entry: an Int32Array so that hashes stay small integers to the optimizing compiler. */
  private hashes = new Int32Array(1 << 11);
  private values: V[] = [];

  /** `valueOf` computes the value of a key the first time it is seen. */
  constructor(private readonly valueOf: (key: string) => V) {}

  /**
   * The entry for text[start, end), which must be ASCII; compared without regard to case.
   * Returns an index for `key()` and `value()`.
   */
  lookup(text: string, start: number, end: number): number {
    let h = HASH_START;
    for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
    return this.lookupHashed(text, start, end, h);
  }

  /** `lookup` with the hash of text[start, end) already computed (see hashStep). */
  lookupHashed(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s] - 1;
      if (e < 0) break;
      if (this.hashes[e] !== h) continue;
      const key = this.keys[e];
      if (key.length === len && sameLower(text, start, key)) return e;
    }
    return this.add(text.slice(start, end).toLowerCase(), h);
  }

  key(entry: number): string {
    return this.keys[entry];
  }

  value(entry: number): V {
    return this.values[entry];
  }

  private add(key: string, h: number): number {
    if (this.keys.length >= MAX_ENTRIES) this.clear();
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    const e = this.keys.length;
    if (e === this.hashes.length) {
      const more = new Int32Array(e * 2);
      more.set(this.hashes);
      this.hashes = more;
    }
    this.keys.push(key);
    this.hashes[e] = h;
    this.values.push(this.valueOf(key));
    this.place(e, h);
    return e;
  }

  private place(e: number, h: number) {
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private grow() {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.keys.length; e++) this.place(e, this.hashes[e]);
  }

  private clear() {
    this.slots = new Int32Array(1 << 12);
    this.keys = [];
    this.hashes = new Int32Array(1 << 11);
    this.values = [];
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
