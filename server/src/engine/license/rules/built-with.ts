import type { LicenseRule } from './rule';
import { cite, facts } from './rule';

export const builtWith: LicenseRule = {
  id: 'llama/built-with',
  description: 'The card must display "Built with Llama" (Llama 3: "Built with Meta Llama 3").',
  tags: ['llama', 'attribution'],
  defaultSeverity: 'warning',
  clause: '§1.b.i(B)',
  asks: 'Whoever distributes a Llama model or a product that contains one must prominently display "Built with Llama" on a related website, user interface, blog post, about page or product documentation.',
  *check(card) {
    if (card.displays.length > 0) return;
    const display = facts(card).display;
    yield {
      ...card.anchor,
      message: `The card does not display "${display}": ${cite(card, '§1.b.i(B)')} requires prominently displaying "${display}" on the model's website or documentation.`,
      reasons: ['no "Built with" line outside quoted license text'],
    };
  },
};
