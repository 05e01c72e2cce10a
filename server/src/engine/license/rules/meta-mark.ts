import type { LicenseRule } from './rule';
import { cite } from './rule';
import { startsWithMeta } from '../names';

export const metaMark: LicenseRule = {
  id: 'llama/meta-mark',
  description: 'A third-party model name must not start with Meta\'s mark ("Meta-…").',
  tags: ['llama', 'naming', 'trademark'],
  defaultSeverity: 'warning',
  clause: '§5.a',
  asks: 'The only mark licensed is "Llama", and only as needed to comply with the naming rule; names using Meta\'s other marks, such as a leading "Meta", are not licensed.',
  *check(card) {
    const name = card.name;
    if (!name || !startsWithMeta(name.name)) return;
    yield {
      start: name.start,
      end: name.end,
      message: `The model name starts with Meta's mark: ${cite(card, '§5.a')} licenses only the mark "Llama", and only to name the model "Llama…".`,
      reasons: [`name taken from ${name.source}`],
    };
  },
};
