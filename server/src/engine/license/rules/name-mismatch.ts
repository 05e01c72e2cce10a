import type { LicenseRule } from './rule';
import { sameFamily } from '../names';

export const nameMismatch: LicenseRule = {
  id: 'llama/name-mismatch',
  description: 'The model-index name and the title should name the same model.',
  tags: ['llama', 'naming', 'metadata'],
  defaultSeverity: 'information',
  clause: '§1.b.i',
  asks: 'The naming rule applies to the distributed model\'s name, so the card should state one name; model-index names copied from the parent are a common slip.',
  *check(card) {
    const index = card.places.find((p) => p.source === 'model-index' && !p.placeholder);
    const title = card.places.find((p) => (p.source === 'heading' || p.source === 'html-h1') && !p.placeholder);
    if (!index || !title || sameFamily(index.name, title.name)) return;
    yield {
      start: index.start,
      end: index.end,
      message: 'The model-index name and the title name different models: the license\'s naming rule (§1.b.i) applies to the distributed model\'s name, so the card should state one name.',
      reasons: ['model-index names a different model than the title'],
    };
  },
};
