// compromise as a second opinion on spans the rules leave undecided. It is slow (~0.1 MB/s), so it only
// ever sees the one sentence around such a span, and its verdicts are cached per sentence.
import { compromise } from './compromise';

interface Verdicts {
  /** [start, end) of people, relative to the sentence. */
  people: [number, number][];
  /** [start, end) of terms compromise reads as verbs, adjectives or adverbs. */
  plainWords: [number, number][];
}

const MAX_SENTENCE = 300;
const MAX_CACHE = 5000;

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

export class CompromiseOracle {
  private readonly cache = new Map<string, Verdicts>();
  /** How many sentences compromise actually parsed (for benchmarks). */
  parsed = 0;

  /** true: compromise reads [start, end) as a person; false: as ordinary words; undefined: no opinion. */
  isPerson(text: string, start: number, end: number): boolean | undefined {
    let a = start;
    while (a > 0 && !/[.!?\n]/.test(text[a - 1])) a--;
    let b = end;
    while (b < text.length && !/[.!?\n]/.test(text[b])) b++;
    if (b < text.length) b++;
    if (b - a > MAX_SENTENCE) return undefined;
    const sentence = text.slice(a, b);
    const v = this.verdicts(sentence);
    const s = start - a;
    const e = end - a;
    if (v.people.some(([ps, pe]) => ps < e && s < pe)) return true;
    const plain = v.plainWords.filter(([ps, pe]) => ps >= s && pe <= e);
    return plain.length > 0 && plain.length === countWords(text.slice(start, end)) ? false : undefined;
  }

  private verdicts(sentence: string): Verdicts {
    const hit = this.cache.get(sentence);
    if (hit) return hit;
    const v: Verdicts = { people: [], plainWords: [] };
    try {
      this.parsed++;
      const doc = compromise()(sentence);
      const people = doc.people().json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
      for (const p of people) {
        const terms = p.terms.filter((t) => !t.tags.includes('Honorific'));
        if (terms.length === 0) continue;
        const first = terms[0].offset;
        const last = terms[terms.length - 1].offset;
        v.people.push([first.start, last.start + last.length]);
      }
      const terms = doc.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
      for (const s of terms) {
        for (const t of s.terms) {
          const tags = t.tags;
          if (tags.includes('ProperNoun') || tags.includes('Person')) continue;
          if (tags.includes('Verb') || tags.includes('Adjective') || tags.includes('Adverb')) v.plainWords.push([t.offset.start, t.offset.start + t.offset.length]);
        }
      }
    } catch {
      // compromise failing on odd input leaves the rules' verdict standing.
    }
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(sentence, v);
    return v;
  }
}

function countWords(s: string): number {
  return (s.match(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu) ?? []).length;
}
