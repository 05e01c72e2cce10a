import type { LicenseRule } from './rule';
import { cite, facts } from './rule';

export const displayVariant: LicenseRule = {
  id: 'llama/display-variant',
  description: 'The "Built with" line must use the wording of the model\'s Llama version.',
  tags: ['llama', 'attribution'],
  defaultSeverity: 'warning',
  clause: '§1.b.i(B)',
  asks: 'Llama 3.1, 3.2, 3.3 and 4 ask for "Built with Llama"; Meta Llama 3 asks for "Built with Meta Llama 3".',
  *check(card) {
    const wantMeta = card.derivation.version === '3';
    const display = facts(card).display;
    for (const d of card.displays) {
      if (d.metaForm === wantMeta) continue;
      yield {
        start: d.start,
        end: d.end,
        message: `This is the wording of another Llama version: ${cite(card, '§1.b.i(B)')} asks for "${display}".`,
        reasons: [`Llama ${card.derivation.version} lineage`],
      };
    }
  },
};
