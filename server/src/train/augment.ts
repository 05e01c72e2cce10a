// Copies of the annotated training sentences as web text is written: the tweet and news sets are tokens
// joined by spaces ("Tampa 's team , he said"), e-mails and forum posts are not ("Tampa's team, he said");
// and web text is often all lower case ("moving to tampa bay next week").
import type { LabeledRecord } from './synthetic';

/** Tokens written against the word before them ("," "." "'s" "n't" ")"…). */
const ATTACH_LEFT = /^(?:[,.!?;:%)\]}]+|\.\.\.|'s|'re|'ve|'ll|'d|'m|n't|’s)$/i;
/** Tokens written against the word after them. */
const ATTACH_RIGHT = /^[([{$]$/;

/** The record with the spaces of its token-joined text removed where writers leave none; spans follow. */
export function detokenize(rec: LabeledRecord): LabeledRecord {
  const parts = rec.text.split(' ');
  // Where each old character goes in the new text (and one past the end).
  const map = new Int32Array(rec.text.length + 1);
  let out = '';
  let pos = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (k > 0) {
      const glue = ATTACH_LEFT.test(p) || ATTACH_RIGHT.test(parts[k - 1]) || p === '' || parts[k - 1] === '';
      map[pos] = out.length;
      if (!glue) out += ' ';
      pos++;
    }
    for (let i = 0; i < p.length; i++) map[pos + i] = out.length + i;
    out += p;
    pos += p.length;
  }
  map[pos] = out.length;
  const spans = rec.spans.map((s) => ({ start: map[s.start], end: map[s.end], label: s.label }));
  return { id: `${rec.id}~detok`, text: out, spans };
}

/** The record all in lower case (its spans keep their offsets: lower-casing keeps the length here). */
export function lowerCased(rec: LabeledRecord): LabeledRecord | undefined {
  const text = rec.text.toLowerCase();
  if (text.length !== rec.text.length || text === rec.text) return undefined;
  return { id: `${rec.id}~lower`, text, spans: rec.spans };
}
