import type { LicenseRule } from './rule';
import { facts } from './rule';

export const euMultimodal: LicenseRule = {
  id: 'llama/eu-multimodal',
  description: 'A multimodal Llama 4 (or Llama 3.2 vision) derivative carries the Acceptable Use Policy\'s EU restriction.',
  tags: ['llama', 'use-policy'],
  defaultSeverity: 'information',
  clause: 'Acceptable Use Policy',
  asks: 'For multimodal models, the §1(a) rights are not granted to individuals domiciled in the EU or to companies with their principal place of business there; end users of a product that incorporates the model are exempt.',
  *check(card) {
    if (!facts(card).euMultimodal || !card.images) return;
    yield {
      start: card.images.start,
      end: card.images.end,
      message: `This model takes images: the Llama ${card.derivation.version} Acceptable Use Policy does not grant the §1(a) rights for multimodal models to individuals domiciled, or companies with their principal place of business, in the EU (end users of a product that incorporates it are exempt).`,
      reasons: [card.images.reason],
    };
  },
};
