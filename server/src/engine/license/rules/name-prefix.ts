import type { LicenseRule } from './rule';
import { cite, facts } from './rule';
import { hasLlamaPrefix, startsWithMeta } from '../names';

export const namePrefix: LicenseRule = {
  id: 'llama/name-prefix',
  description: 'A model made with Llama must have a name that begins with "Llama".',
  tags: ['llama', 'naming'],
  defaultSeverity: 'error',
  clause: '§1.b.i',
  asks: 'Anyone who uses the Llama materials, or their outputs, to create, train, fine-tune or otherwise improve an AI model that is distributed must include "Llama" at the beginning of that model\'s name.',
  *check(card) {
    const name = card.name;
    if (!name) return;
    const prefix = facts(card).namePrefix;
    // "Meta-Llama-…" is llama/meta-mark's finding; dropping "Meta-" fixes both.
    const stated = startsWithMeta(name.name) ? name.name.replace(/^meta[\s_-]*/i, '') : name.name;
    if (hasLlamaPrefix(stated, prefix)) return;
    yield {
      start: name.start,
      end: name.end,
      severity: card.derivation.source === 'metadata' ? 'error' : 'warning',
      message: `The model name does not begin with "${prefix}": ${cite(card, '§1.b.i')} requires a model built with Llama to include "${prefix}" at the beginning of its name.`,
      reasons: [`name taken from ${name.source}`],
    };
  },
};
