import type { LicenseRule } from './rule';
import { cite, facts } from './rule';

export const nameUnresolved: LicenseRule = {
  id: 'llama/name-unresolved',
  description: 'The card names the model only with a template placeholder, so the naming rule cannot be checked.',
  tags: ['llama', 'naming'],
  defaultSeverity: 'information',
  clause: '§1.b.i',
  asks: 'The distributed model\'s name must begin with "Llama", which can only be checked once the card states the name.',
  *check(card) {
    if (!card.placeholder) return;
    yield {
      start: card.placeholder.start,
      end: card.placeholder.end,
      message: `The model's name is still a template placeholder: ${cite(card, '§1.b.i')} requires the distributed model's name to begin with "${facts(card).namePrefix}".`,
    };
  },
};
