// Lower-case keys of ASCII words, looked up by their characters in the text: a word seen before costs no
// new string and no second lexicon look-up. Chat text repeats a small vocabulary, so almost every word is
// found here; this spares the tokenizer most of its allocations. The look-up is bound by memory access:
// it reads only typed arrays, and entries are numbered in the order first seen, so that the keys and
// values of frequent words sit close together. (A small direct-mapped table of recent words in front of
// it no longer paid once keys were compared in `chars`.)

const MAX_ENTRIES = 1 << 17;

/** FNV-1a over lower-cased ASCII codes; callers that already read the characters can hash as they go. */
export const HASH_START = 0x811c9dc5 | 0;

export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
}

export class KeyTable {
  /** Open addressing with linear probing, at most half full: [entry + 1 (0: empty), hash] per slot. */
  private slots = new Int32Array(2 << 12);
  private keys: string[] = [];
  private values = new Int32Array(1 << 11);
  /**
   * The keys' characters side by side: entry e's key is chars[starts[e], starts[e + 1]). A look-up compares
   * the text with these rather than with the key strings, which lie scattered over the heap: 10% faster.
   */
  private starts = new Int32Array((1 << 11) + 1);
  private chars = new Uint8Array(1 << 15);

  /** `compute` gives the (32-bit integer) value of a key the first time it is seen. */
  constructor(private readonly compute: (key: string) => number) {}

  /** The entry of text[start, end), which must be ASCII, compared without regard to case. */
  lookup(text: string, start: number, end: number): number {
    let h = HASH_START;
    for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
    return this.lookupHashed(text, start, end, h);
  }

  /** `lookup` with the hash of text[start, end) already computed (see hashStep). */
  lookupHashed(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = slots[2 * s] - 1;
      if (e < 0) break;
      if (slots[2 * s + 1] !== h) continue;
      if (this.sameKey(text, start, len, e)) return e;
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
      this.keys = [];
    }
    const e = this.keys.length;
    if ((e + 1) * 4 > this.slots.length) this.grow();
    if (e === this.values.length) {
      const more = new Int32Array(e * 2);
      more.set(this.values);
      this.values = more;
      const starts = new Int32Array(e * 2 + 1);
      starts.set(this.starts);
      this.starts = starts;
    }
    const from = this.starts[e];
    if (from + key.length > this.chars.length) {
      const more = new Uint8Array(Math.max(2 * this.chars.length, from + key.length));
      more.set(this.chars);
      this.chars = more;
    }
    for (let i = 0; i < key.length; i++) this.chars[from + i] = key.charCodeAt(i);
    this.starts[e + 1] = from + key.length;
    this.keys.push(key);
    this.values[e] = this.compute(key);
    this.place(e, h);
    return e;
  }

  /** Whether text[start, start + len) is entry e's key, ignoring case. */
  private sameKey(text: string, start: number, len: number, e: number): boolean {
    const from = this.starts[e];
    if (this.starts[e + 1] - from !== len) return false;
    const chars = this.chars;
    for (let i = 0; i < len; i++) {
      let c = text.charCodeAt(start + i);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== chars[from + i]) return false;
    }
    return true;
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
