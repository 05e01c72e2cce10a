// One analysis per text, shared by the PERSON, LOCATION, ORGANIZATION and STREET_ADDRESS detectors (the
// engine runs them one after another on the same string), cached by text content.
import type { Candidate } from '../../types';
import { type AddressMatch, findAddresses } from './address';
import { type UserNames, lexiconFor } from './lexicon';
import { NameTagger, type TaggerOptions } from './tagger';

export interface Analysis {
  persons: Candidate[];
  locations: Candidate[];
  organizations: Candidate[];
  addresses: AddressMatch[];
  /**
   * The addresses as findings: one per address line, with the town and country parts taken out (they are
   * LOCATION findings), so that no finding spans several lines and the parts do not overlap.
   */
  addressParts: Candidate[];
}

/**
 * The detectors of a text run one after another, so a few entries are enough; a large cache only kept
 * analyses alive long enough to be promoted to the old generation, which made garbage collection dearer.
 */
const CACHE_SIZE = 8;

export class NamesAnalyzer {
  private readonly tagger: NameTagger;
  private readonly cache = new Map<string, Analysis>();

  constructor(user: UserNames = {}, opts: TaggerOptions = { useCompromise: false }) {
    this.tagger = new NameTagger(lexiconFor(user), opts);
  }

  private lastText: string | undefined;
  private last: Analysis | undefined;

  analyze(text: string): Analysis {
    if (text === this.lastText) return this.last!;
    const hit = this.cache.get(text);
    if (hit) {
      this.lastText = text;
      this.last = hit;
      return hit;
    }
    if (hit) return hit;
    const a = this.compute(text);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(text, a);
    this.lastText = text;
    this.last = a;
    return a;
  }

  private compute(text: string): Analysis {
    const addresses = findAddresses(text);
    const spans = this.tagger.tag(text);
    if (addresses.length === 0) return { ...spans, addresses, addressParts: [] };
    // Names inside an address are street or town names; the address's own city/country parts are places.
    const outside = (c: Candidate) => !addresses.some((a) => c.start < a.end && a.start < c.end);
    const locations = spans.locations.filter(outside);
    for (const a of addresses) {
      for (const p of a.places) locations.push({ start: p.start, end: p.end, score: 0.6, reasons: ['town or country in an address'] });
    }
    locations.sort((x, y) => x.start - y.start);
    return {
      persons: spans.persons.filter(outside),
      locations,
      organizations: spans.organizations.filter(outside),
      addresses,
      addressParts: addresses.flatMap((a) => addressParts(text, a)),
    };
  }
}

/** Splits an address into line pieces without its place parts; pieces without 2 letters or digits are dropped. */
function addressParts(text: string, a: AddressMatch): Candidate[] {
  const cuts = [...a.places].sort((x, y) => x.start - y.start);
  const out: Candidate[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /[\s,.;:?*•·–-]/.test(text[start])) start++;
    while (end > start && /[\s,;:(]/.test(text[end - 1])) end--;
    // A final dot ends the sentence unless it ends an abbreviation ("St.", "u.").
    if (text[end - 1] === '.' && !/(?:^|\s)\p{L}{1,3}\.$/u.test(text.slice(start, end))) end--;
    if ((text.slice(start, end).match(/[\p{L}\p{N}]/gu) ?? []).length >= 2) out.push({ start, end, score: a.score, reasons: a.reasons });
  };
  let pos = a.start;
  const segment = (from: number, to: number) => {
    let s = from;
    for (let i = from; i < to; i++) {
      if (text[i] === '\n') {
        push(s, i);
        s = i + 1;
      }
    }
    push(s, to);
  };
  for (const c of cuts) {
    segment(pos, c.start);
    pos = Math.max(pos, c.end);
  }
  segment(pos, a.end);
  return out;
}
