import type { LicenseRule, RuleHit, DerivedCard } from './rule';
import { allowedVersions, facts } from './rule';
import { scalarOf, scalarsOf, keySpan } from '../frontmatter';
import { licenseIdVersion } from '../lineage';

function* metadata(card: DerivedCard): Generator<RuleHit> {
  const fm = card.frontMatter;
  if (!fm || fm.error) return;
  const f = facts(card);
  const want = card.derivation.version;
  const values = scalarsOf(fm, 'license', card.text).filter((s) => s.value.trim() !== '');
  if (values.length === 0) {
    yield {
      ...(keySpan(fm, 'license') ?? card.anchor),
      message: `The front matter declares no license: a Llama ${want} derivative is distributed under the ${f.licenseName}, so the card should say license: ${f.licenseId}.`,
    };
    return;
  }
  const versions = values.map((v) => licenseIdVersion(v.value));
  if (versions.includes(want)) return;
  const other = values.findIndex((v) => v.value.trim().toLowerCase() === 'other');
  if (other >= 0) {
    const name = scalarOf(fm, 'license_name', card.text);
    const nameVersion = name ? licenseIdVersion(name.value) : undefined;
    if (nameVersion === want) return;
    if (name && nameVersion !== undefined) {
      yield { ...name, message: `license_name names another Llama version's license: a Llama ${want} derivative is governed by the ${f.licenseName}, so it should be ${f.licenseId}.` };
      return;
    }
    const linked = card.links.some((l) => l.agreement === want);
    if (!name && linked) return;
    yield {
      ...(name ?? values[other]),
      severity: 'error',
      message: `The declared license is not the Llama license: a Llama ${want} derivative may only be distributed under the ${f.licenseName} (§1.b), so the card should say license: ${f.licenseId}.`,
    };
    return;
  }
  const llama = versions.findIndex((v) => v !== undefined);
  if (llama >= 0) {
    yield {
      ...values[llama],
      message: `This is another Llama version's license: a Llama ${want} derivative is governed by the ${f.licenseName}, so the card should say license: ${f.licenseId}.`,
    };
    return;
  }
  yield {
    ...values[0],
    severity: 'error',
    message: `The declared license is not the Llama license: a Llama ${want} derivative may only be distributed under the ${f.licenseName} (§1.b), so the card should say license: ${f.licenseId}.`,
  };
}

/** The prose says the model is under another license ("License — Apache 2.0"), whatever the front matter says. */
function* proseStatements(card: DerivedCard): Generator<RuleHit> {
  const f = facts(card);
  const declared = scalarsOf(card.frontMatter, 'license', card.text).find((v) => licenseIdVersion(v.value) === card.derivation.version);
  const contradicts = declared ? `, and contradicts license: ${declared.value.trim()} in the front matter` : '';
  for (const s of card.licenseStatements) {
    yield {
      start: s.start,
      end: s.end,
      message: `The text states the model's license as ${s.license}: a Llama ${card.derivation.version} derivative is distributed under the ${f.licenseName} (§1.b)${contradicts}.`,
    };
  }
}

export const licenseId: LicenseRule = {
  id: 'llama/license-id',
  description: 'The front matter must declare the license of the model\'s Llama version, and links must point to that agreement.',
  tags: ['llama', 'license', 'metadata'],
  defaultSeverity: 'warning',
  clause: '§1.b',
  asks: 'A derivative is distributed under the Llama license of its lineage (Hugging Face ids llama4, llama3.3, llama3.2, llama3.1, llama3), with a copy of that agreement.',
  *check(card) {
    yield* metadata(card);
    yield* proseStatements(card);
    const allowed = allowedVersions(card);
    const f = facts(card);
    for (const l of card.links) {
      if (l.agreement === undefined || allowed.has(l.agreement)) continue;
      yield {
        start: l.start,
        end: l.end,
        message: `This links the Llama ${l.agreement} agreement: a Llama ${card.derivation.version} derivative must come with a copy of the ${f.licenseName} (§1.b.i(A)).`,
      };
    }
  },
};
