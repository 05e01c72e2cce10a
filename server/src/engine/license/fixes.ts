// Quick fixes for license findings, as offset edits that keep the file's line endings.
import type { Finding, Fix, OffsetEdit, Span } from '../types';
import type { LicenseEnv } from './check';
import { parseCard, type ModelCard, type NamePlace } from './card';
import { LINEAGE, type LineageFacts } from './facts';
import { keySpan, scalarOf, scalarsOf } from './frontmatter';
import { hasLlamaPrefix, sameFamily, startsWithMeta } from './names';
import { lineEndAt, nextLineStart } from './text';
import { escapeRegExp } from '../regexp';

type Derived = ModelCard & { derivation: NonNullable<ModelCard['derivation']> };

const within = (f: Span, s: Span) => f.start >= s.start && f.end <= s.end;

/** "Llama-4-Scout", "Llama-4-Maverick", "Llama-3.1": the lineage as users write it in names. */
function lineageLabel(card: Derived): string {
  const { version, variant } = card.derivation;
  if (version === '4' && (variant === 'Scout' || variant === 'Maverick')) return `Llama-4-${variant}`;
  return `Llama-${version}`;
}

const LLAMA_IN_NAME = /[\s_-]*(?:meta[\s_-]?)?llama(?:[\s_-]?(?:prompt[\s_-]?guard|guard))?(?:[\s_-]?\d(?:[._]\d)?(?![\d.]|[bBmM]\b))?(?:[\s_-]?(?:scout|maverick))?(?!\p{L})/iu;

const tidy = (name: string) => name.replace(/^[\s_-]+|[\s_-]+$/g, '').replace(/([\s_-])[\s_-]+/g, '$1');
const letters = (s: string) => s.replace(/[\s_-]+/g, '').length;

/**
 * The stated name made to begin with `label` ("Llama", "Llama-4-Scout"), in the name's own style and keeping
 * every word of it: a Llama token elsewhere in the name moves to the front ("Hermes-3-Llama-3.2-3B" →
 * "Llama-3.2-Hermes-3-3B"), and a variant the name already says stays where it is ("ParcelHelper Scout v2"
 * with "Llama-4-Scout" → "Llama 4 ParcelHelper Scout v2").
 */
export function renamed(stated: string, label: string): string {
  const sep = /-/.test(stated) ? '-' : /_/.test(stated) ? '_' : /\s/.test(stated) ? ' ' : '-';
  const unmarked = stated.replace(/^meta[\s_-]*/i, '');
  const token = LLAMA_IN_NAME.exec(unmarked);
  const rest = tidy(token ? unmarked.slice(0, token.index) + sep + unmarked.slice(token.index + token[0].length) : unmarked);
  // The name's own token, when it says more than the label ("Llama-3.2" where "Llama" is asked), is kept.
  const own = token ? tidy(token[0]) : '';
  let prefix = (letters(own) > letters(label) ? own : label).replace(/[\s_-]+/g, sep);
  if (stated === stated.toLowerCase()) prefix = prefix.toLowerCase();
  const variant = /(?:scout|maverick)$/i.exec(prefix)?.[0];
  if (variant && new RegExp(`(^|[\\s_-])${variant}(?=$|[\\s_-])`, 'i').test(rest)) prefix = tidy(prefix.slice(0, -variant.length));
  return rest ? `${prefix}${sep}${rest}` : prefix;
}

interface NameUses {
  /** Where the card states the name: front matter, title, an HTML <h1>, mentions in its prose. */
  stated: NamePlace[];
  /** Repository ids and names in code blocks and in `org/Name` references: they name the Hub repository. */
  code: NamePlace[];
}

/** Every place the card uses the model's name (of the same family as `primary`), split by what renaming it does. */
function nameUses(card: Derived, primary: NamePlace): NameUses {
  const places = card.places.filter((p) => !p.placeholder && sameFamily(p.name, primary.name));
  const uses: NameUses = { stated: places.filter((p) => p.source !== 'usage'), code: places.filter((p) => p.source === 'usage') };
  const taken = [...places];
  const bases = new Set(card.baseModels.map((b) => b.value.toLowerCase()));
  const inCode = (at: number) => card.structure.codeBlocks.some((b) => b.start <= at && at < b.end);
  for (const name of new Set(places.map((p) => p.name))) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegExp(name)}(?![\\p{L}\\p{N}_])`, 'gu');
    re.lastIndex = card.bodyStart;
    for (let m = re.exec(card.bodyText); m; m = re.exec(card.bodyText)) {
      const start = m.index;
      const end = start + name.length;
      if (taken.some((p) => p.start < end && start < p.end)) continue;
      const org = /([\w.-]+)\/$/.exec(card.text.slice(Math.max(0, start - 100), start))?.[1];
      if (org && bases.has(`${org}/${name}`.toLowerCase())) continue;
      const use: NamePlace = { source: 'usage', name, placeholder: false, start, end, org };
      taken.push(use);
      (org || inCode(start) ? uses.code : uses.stated).push(use);
    }
  }
  uses.stated.sort((a, b) => a.start - b.start);
  uses.code.sort((a, b) => a.start - b.start);
  return uses;
}

function renameEdits(uses: NamePlace[], label: string): OffsetEdit[] {
  return uses.map((p) => ({ start: p.start, end: p.end, newText: renamed(p.name, label) }));
}

function renameFixes(card: Derived): Fix[] {
  const primary = card.name;
  if (!primary) return [];
  const uses = nameUses(card, primary);
  const facts = LINEAGE[card.derivation.version];
  // What the license asks first ("Llama", "Llama 3" for Meta Llama 3), then the full lineage as an option.
  const labels = [...new Set([facts.namePrefix.replace(/\s+/g, '-'), lineageLabel(card)])].filter(
    (label, i, all) => i === 0 || renamed(primary.name, label) !== renamed(primary.name, all[0]),
  );
  const fixes: Fix[] = [];
  // A name the card states only in code: renaming it there is the only way to rename it.
  const onlyInCode = uses.stated.length === 0;
  if (!onlyInCode) {
    labels.forEach((label, i) => {
      const to = renamed(primary.name, label);
      fixes.push({ title: `Rename the model to “${to}” where the card names it`, isPreferred: i === 0, edits: renameEdits(uses.stated, label) });
    });
  }
  // Repository ids name a repository that keeps its name until it is renamed on the Hub: their own fix.
  const repo = uses.code[0];
  if (repo) {
    const id = `${repo.org ? `${repo.org}/` : ''}${renamed(repo.name, labels[0])}`;
    const title = onlyInCode
      ? `Rename the repository id in code and links to “${id}” (rename the Hub repository first)`
      : `Rename the model to “${renamed(primary.name, labels[0])}” and the repository id in code and links to “${id}” (rename the Hub repository first)`;
    fixes.push({ title, isPreferred: onlyInCode, edits: renameEdits([...uses.stated, ...uses.code].sort((a, b) => a.start - b.start), labels[0]) });
  }
  return fixes;
}

function dropMetaFix(card: Derived): Fix[] {
  const primary = card.name;
  if (!primary) return [];
  const rest = primary.name.replace(/^meta[\s_-]*/i, '');
  if (!hasLlamaPrefix(rest, LINEAGE[card.derivation.version].namePrefix)) return renameFixes(card);
  const uses = nameUses(card, primary);
  const edits = (uses.stated.length ? uses.stated : uses.code)
    .filter((p) => startsWithMeta(p.name))
    .map((p) => {
      const m = /^meta[\s_-]*/i.exec(p.name)!;
      return { start: p.start, end: p.start + m[0].length, newText: '' };
    });
  return [{ title: `Drop “Meta” from the name: “${rest}”`, isPreferred: true, edits }];
}

/** An edit that puts `lines` (paragraphs) into the "License" section, adding the section at the end if there is none. */
function licenseSection(card: ModelCard, paragraphs: string[]): OffsetEdit {
  const { text, eol } = card;
  const content = paragraphs.join(eol + eol);
  const heading = card.structure.headings.find((h) => /^licen[cs](?:e|ing)\b/i.test(h.text) && !card.structure.agreements.some((a) => within(h, a)));
  if (heading) {
    const at = lineEndAt(text, Math.max(heading.start, heading.end - 1));
    const next = nextLineStart(text, at);
    const nextBlank = next >= text.length || text.slice(next, lineEndAt(text, next)).trim() === '';
    return { start: at, end: at, newText: eol + eol + content + (nextBlank ? '' : eol) };
  }
  const lead = text.length === 0 ? '' : text.endsWith('\n\n') || text.endsWith('\r\n\r\n') ? '' : text.endsWith('\n') ? eol : eol + eol;
  return { start: text.length, end: text.length, newText: `${lead}## License${eol}${eol}${content}${eol}` };
}

/** Sets front-matter keys (replacing, inserting, or creating the front matter). Undefined when the YAML is broken. */
function frontMatterEdits(card: ModelCard, entries: [key: string, value: string][]): OffsetEdit[] | undefined {
  const { text, eol, frontMatter: fm } = card;
  if (fm?.error) return undefined;
  if (!fm) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const gap = /^\r?\n/.test(text.slice(at)) || at === text.length ? '' : eol;
    return [{ start: at, end: at, newText: `---${eol}${entries.map(([k, v]) => `${k}: ${v}${eol}`).join('')}---${eol}${gap}` }];
  }
  const edits: OffsetEdit[] = [];
  const inserts: string[] = [];
  for (const [key, value] of entries) {
    const current = scalarOf(fm, key, text);
    if (current && fm.pairs.has(key)) edits.push({ start: current.start, end: current.end, newText: value });
    else inserts.push(`${key}: ${value}`);
  }
  if (inserts.length) {
    const license = keySpan(fm, 'license');
    const lastLicense = scalarsOf(fm, 'license', text).pop();
    if (license && inserts.every((l) => l.startsWith('license_'))) {
      const at = lineEndAt(text, lastLicense?.end ?? license.end);
      edits.push({ start: at, end: at, newText: inserts.map((l) => eol + l).join('') });
    } else {
      edits.push({ start: fm.contentEnd, end: fm.contentEnd, newText: inserts.map((l) => l + eol).join('') });
    }
  }
  return edits;
}

/** The first heading when only blank lines or comments come before it in the body: it serves as the title. */
function leadingHeading(card: ModelCard) {
  const first = card.structure.headings[0];
  return first && card.bodyText.slice(card.bodyStart, first.start).trim() === '' ? first : undefined;
}

function builtWithFix(card: Derived, f: LineageFacts): Fix {
  const { text, eol } = card;
  const title = card.title ?? leadingHeading(card);
  let edit: OffsetEdit;
  if (title) {
    const blockEnd = 'blockEnd' in title ? title.blockEnd : title.end;
    const at = lineEndAt(text, Math.max(title.start, blockEnd - 1));
    const next = nextLineStart(text, at);
    const nextBlank = next >= text.length || text.slice(next, lineEndAt(text, next)).trim() === '';
    edit = { start: at, end: at, newText: eol + eol + f.display + (nextBlank ? '' : eol) };
  } else {
    // No title: the line opens the body, after the front matter (which always stays first) and blank lines.
    const at = card.bodyStart + /^(?:[ \t]*\r?\n)*/.exec(text.slice(card.bodyStart))![0].length;
    const newText = at < text.length ? f.display + eol + eol : (at > 0 && !text.endsWith('\n') ? eol : '') + f.display + eol;
    edit = { start: at, end: at, newText };
  }
  return { title: `Add “${f.display}” ${title ? 'under the title' : 'at the top of the card'}`, isPreferred: true, edits: [edit] };
}

function licenseIdFixes(card: Derived, finding: Finding, f: LineageFacts): Fix[] {
  const { text, frontMatter: fm } = card;
  const statement = card.licenseStatements.find((s) => within(finding, s));
  if (statement) {
    const linked = `[${f.licenseName}](${f.agreementUrl})`;
    return [{ title: `Say “${f.licenseName}” instead of “${statement.license}”`, isPreferred: true, edits: [{ start: statement.start, end: statement.end, newText: linked }] }];
  }
  const link = card.links.find((l) => within(finding, l) && l.agreement !== undefined);
  if (link) return [{ title: `Link the ${f.licenseName} instead`, isPreferred: true, edits: [{ start: link.start, end: link.end, newText: f.agreementUrl }] }];
  const name = scalarOf(fm, 'license_name', text);
  if (name && within(finding, name)) {
    return [{ title: `Set license_name: ${f.licenseId}`, isPreferred: true, edits: [{ start: name.start, end: name.end, newText: f.licenseId }] }];
  }
  const value = scalarsOf(fm, 'license', text).find((v) => within(finding, v));
  if (value) return [{ title: `Set license: ${f.licenseId}`, isPreferred: true, edits: [{ start: value.start, end: value.end, newText: f.licenseId }] }];
  const key = keySpan(fm, 'license');
  if (key) {
    // `license:` with an empty value: write the id after the colon.
    const at = lineEndAt(text, key.end);
    const colon = text.slice(key.end, at).indexOf(':');
    const start = colon >= 0 ? key.end + colon + 1 : at;
    return [{ title: `Set license: ${f.licenseId}`, isPreferred: true, edits: [{ start, end: at, newText: ` ${f.licenseId}` }] }];
  }
  // llama/license-id reports a missing license only in a card with valid front matter (the spec: "a derived card with front matter").
  if (!fm) return [];
  const edits = frontMatterEdits(card, [['license', f.licenseId]]);
  return edits ? [{ title: `Set license: ${f.licenseId}`, isPreferred: true, edits }] : [];
}

function licenseLinkFixes(card: Derived, f: LineageFacts): Fix[] {
  const fixes: Fix[] = [];
  const fm = card.frontMatter;
  const entries: [string, string][] = fm ? [['license_link', f.agreementUrl]] : [['license', f.licenseId], ['license_link', f.agreementUrl]];
  const edits = frontMatterEdits(card, entries);
  if (edits) fixes.push({ title: fm ? `Add license_link: ${f.agreementUrl}` : `Add front matter with license: ${f.licenseId} and its license_link`, isPreferred: !!fm, edits });
  fixes.push({
    title: `Link the ${f.licenseName} in a License section`,
    isPreferred: !fm,
    edits: [licenseSection(card, [`This model is distributed under the [${f.licenseName}](${f.agreementUrl}).`])],
  });
  return fixes;
}

function noticeFixes(card: Derived, finding: Finding, f: LineageFacts, env: Partial<LicenseEnv>): Fix[] {
  const wrong = card.notices.find((n) => within(finding, n) && n.version !== card.derivation.version);
  if (wrong) return [{ title: `Replace with the Llama ${card.derivation.version} notice`, isPreferred: true, edits: [{ start: wrong.start, end: wrong.end, newText: f.notice }] }];
  const fixes: Fix[] = [];
  // The new file follows the card's line endings.
  const createFile = { path: 'NOTICE', content: f.notice + card.eol };
  if (card.noticeFileMention && within(finding, card.noticeFileMention)) {
    return [{ title: 'Create the NOTICE file with the attribution notice', isPreferred: true, edits: [], createFiles: [createFile] }];
  }
  if (env.noticeFileExists === false) {
    fixes.push({
      title: 'Create a NOTICE file with the attribution notice and refer to it',
      isPreferred: true,
      edits: [licenseSection(card, [`The attribution notice ships in the [NOTICE](NOTICE) file: ${f.notice}`])],
      createFiles: [createFile],
    });
  }
  fixes.push({ title: `Add the Llama ${card.derivation.version} attribution notice in a License section`, isPreferred: fixes.length === 0, edits: [licenseSection(card, [f.notice])] });
  return fixes;
}

function mismatchFixes(card: Derived): Fix[] {
  const index = card.places.find((p) => p.source === 'model-index' && !p.placeholder);
  const title = card.places.find((p) => (p.source === 'heading' || p.source === 'html-h1') && !p.placeholder);
  if (!index || !title) return [];
  return [{ title: `Use the title's name in model-index: “${title.name}”`, isPreferred: true, edits: [{ start: index.start, end: index.end, newText: title.name }] }];
}

/** The quick fixes for one license finding, computed against the current text. */
export function licenseFixes(text: string, finding: Finding, env: Partial<LicenseEnv> = {}): Fix[] {
  if (!finding.rule.startsWith('llama/')) return [];
  const card = parseCard(text);
  if (!card.derivation || card.licensor) return [];
  const derived = card as Derived;
  const f = LINEAGE[derived.derivation.version];
  switch (finding.rule) {
    case 'llama/name-prefix':
      return renameFixes(derived);
    case 'llama/meta-mark':
      return dropMetaFix(derived);
    case 'llama/built-with':
      return [builtWithFix(derived, f)];
    case 'llama/display-variant': {
      const d = card.displays.find((x) => within(finding, x));
      return d ? [{ title: `Replace with “${f.display}”`, isPreferred: true, edits: [{ start: d.start, end: d.end, newText: f.display }] }] : [];
    }
    case 'llama/license-id':
      return licenseIdFixes(derived, finding, f);
    case 'llama/license-link':
      return licenseLinkFixes(derived, f);
    case 'llama/notice':
      return noticeFixes(derived, finding, f, env);
    case 'llama/name-mismatch':
      return mismatchFixes(derived);
    default:
      return [];
  }
}
