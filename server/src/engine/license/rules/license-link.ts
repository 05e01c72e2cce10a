import type { LicenseRule } from './rule';
import { cite, facts } from './rule';

export const licenseLink: LicenseRule = {
  id: 'llama/license-link',
  description: 'The card must link to (or include) the Llama license agreement.',
  tags: ['llama', 'license'],
  defaultSeverity: 'warning',
  clause: '§1.b.i(A)',
  asks: 'Whoever distributes a Llama model or a derivative must provide a copy of the license agreement with it.',
  *check(card) {
    const hasLink = card.links.some((l) => l.agreement !== undefined) || card.frontMatter?.pairs.has('license_link');
    if (hasLink || card.licenseFileMentioned || card.embeddedAgreement) return;
    yield {
      ...card.anchor,
      message: `The card neither links to nor includes the license: ${cite(card, '§1.b.i(A)')} requires providing a copy of the ${facts(card).licenseName} with every distribution.`,
      reasons: ['no license_link, no link to a Llama agreement, no LICENSE file mentioned'],
    };
  },
};
