// Lower-case keys of ASCII words, looked up by their characters in the text: a word seen before costs no
// new string and no second lexicon look-up. Chat text repeats a small vocabulary, so almost every word is
// found here; this spares the tokenizer most of its allocations. The look-up is bound by memory access, so
// each slot keeps the entry, its hash and its value side by side.

const MAX_ENTRIES = 1 << 17;
const SLOT = 4; // entry + 1 (0: empty), hash, value, unused

/** FNV-1a over lower-cased ASCII codes; callers that already read the characters can hash as they go. */
export const HASH_START = 0x811c9dc5 | 0;

export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
}

export class KeyTable {
  /** Open addressing with linear probing, at most half full. */
  private slots = new Int32Array(SLOT << 12);
  private keys: string[] = [];

  /** `valueOf` computes the (32-bit integer) value of a key the first time it is seen. */
  constructor(private readonly valueOf: (key: string) => number) {}

  /**
   * The slot of text[start, end), which must be ASCII, compared without regard to case; valid for `key()`
   * and `value()` until the next look-up.
   */
  lookup(text: string, start: number, end: number): number {
    let h = HASH_START;
    for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
    return this.lookupHashed(text, start, end, h);
  }

  /** `lookup` with the hash of text[start, end) already computed (see hashStep). */
  lookupHashed(text: string, start: number, end: number, h: number): number {
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    const len = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = s * SLOT;
      const e = slots[at] - 1;
      if (e < 0) break;
      if (slots[at + 1] !== h) continue;
      const key = this.keys[e];
      if (key.length === len && sameLower(text, start, key)) return at;
    }
    return this.add(text.slice(start, end).toLowerCase(), h);
  }

  key(slot: number): string {
    return this.keys[this.slots[slot] - 1];
  }

  value(slot: number): number {
    return this.slots[slot + 2];
  }

  private add(key: string, h: number): number {
    if (this.keys.length >= MAX_ENTRIES) {
      this.slots = new Int32Array(SLOT << 12);
      this.keys = [];
    }
    if ((this.keys.length + 1) * 2 * SLOT > this.slots.length) this.grow();
    this.keys.push(key);
    return this.place(this.keys.length - 1, h, this.valueOf(key));
  }

  private place(e: number, h: number, value: number): number {
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    let s = h & mask;
    while (slots[s * SLOT] !== 0) s = (s + 1) & mask;
    const at = s * SLOT;
    slots[at] = e + 1;
    slots[at + 1] = h;
    slots[at + 2] = value;
    return at;
  }

  private grow() {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT) if (old[at] !== 0) this.place(old[at] - 1, old[at + 1], old[at + 2]);
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
