import type { LicenseRule } from './rule';
import { allowedVersions, cite, facts } from './rule';

export const notice: LicenseRule = {
  id: 'llama/notice',
  description: 'The attribution notice must ship with the model, in a NOTICE file the card refers to or in the card itself.',
  tags: ['llama', 'attribution'],
  defaultSeverity: 'information',
  clause: '§1.b.iii',
  asks: 'Every distributed copy must keep the attribution notice, in a "Notice" text file, e.g. "Llama 4 is licensed under the Llama 4 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved."',
  *check(card, env) {
    const f = facts(card);
    if (card.notices.some((n) => n.version === card.derivation.version)) return;
    const noFile = env.noticeFileExists === false;
    if (card.noticeFileMention) {
      if (!noFile) return;
      yield {
        ...card.noticeFileMention,
        severity: 'warning',
        message: `The card refers to a NOTICE file that is not in its folder: ${cite(card, '§1.b.iii')} requires shipping "${f.notice}" in a Notice text file.`,
      };
      return;
    }
    const allowed = allowedVersions(card);
    const wrong = card.notices.find((n) => !allowed.has(n.version));
    yield {
      ...(wrong ?? card.anchor),
      severity: noFile ? 'warning' : 'information',
      message: wrong
        ? `This notice names another Llama version: ${cite(card, '§1.b.iii')} requires the notice "${f.notice}"`
        : `The card has no Llama attribution notice${noFile ? ' and its folder has no NOTICE file' : ''}: ${cite(card, '§1.b.iii')} requires shipping "${f.notice}" in a Notice text file.`,
    };
  },
};
