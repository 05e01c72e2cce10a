import type { LicenseRule } from './rule';
import { lineEndAt, lineOf } from '../text';

export const frontMatter: LicenseRule = {
  id: 'llama/front-matter',
  description: 'The front matter of a Llama model card must be valid YAML, or its license metadata cannot be checked.',
  tags: ['llama', 'metadata'],
  defaultSeverity: 'information',
  clause: 'Hugging Face model card metadata',
  asks: 'base_model and license are read from the YAML front matter; when it does not parse, only the prose is checked.',
  anyCard: true,
  *check(card) {
    const fm = card.frontMatter;
    if (!fm?.error || card.licensor) return;
    const raw = card.text.slice(fm.contentStart, fm.contentEnd);
    if (!card.derivation && !/llama/i.test(raw)) return;
    const start = fm.error.start;
    // The parser points at one character; the whole rest of that line reads better.
    const end = Math.max(fm.error.end, lineEndAt(card.text, start), start + 1);
    yield {
      start,
      end: Math.min(end, card.text.length),
      message: `The front matter is not valid YAML (${fm.error.reason.replace(/\.$/, '')}, line ${lineOf(card.text, start) + 1}), so base_model and license could not be checked; the card was checked from its text only.`,
    };
  },
};
