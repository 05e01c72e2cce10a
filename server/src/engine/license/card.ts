// The card model: what a Markdown model card says about its Llama lineage, its name and its license.
import type { Span } from '../types';
import type { LlamaVersion } from './facts';
import { allStrings, modelIndexName, parseFrontMatter, scalarOf, scalarsOf, type FrontMatter, type YamlScalar } from './frontmatter';
import { agreementVersion, DISPLAY, licenseIdVersion, lineageOfId, llamaTokens, NOTICE_PATTERNS, type IdLineage, type LlamaToken } from './lineage';
import { parseBody, type BodyStructure, type HeadingInfo, type HtmlH1 } from './markdown';
import { cleanName, isOfficialName, orgOf } from './names';
import { eolOf, mask, type Eol } from './text';

export type NameSource = 'model-index' | 'name-key' | 'heading' | 'html-h1' | 'usage';

export interface NamePlace extends Span {
  source: NameSource;
  /** The name as stated there, namespace and wrappers removed. */
  name: string;
  placeholder: boolean;
  org?: string;
}

export interface Derivation {
  version: LlamaVersion;
  /** `metadata`: base_model says so (error-level certainty); `prose`: inferred from the text. */
  source: 'metadata' | 'prose';
  variant?: LlamaToken['variant'];
  /** Where the card says it (the base_model id or the Llama words in the sentence). */
  evidence: Span;
  reason: string;
}

export interface BaseModel extends YamlScalar {
  lineage?: IdLineage;
}

export interface Link extends Span {
  url: string;
  /** The Llama version whose agreement it points to. */
  agreement?: string;
}

export interface ModelCard {
  text: string;
  eol: Eol;
  bodyStart: number;
  frontMatter?: FrontMatter;
  structure: BodyStructure;
  /** The body with front matter, HTML comments and quoted agreements blanked (offsets unchanged). */
  bodyText: string;
  /** `bodyText` with code blocks blanked too. */
  proseText: string;
  baseModels: BaseModel[];
  derivation?: Derivation;
  /** Meta's own card: the licensor's, not a licensee's. */
  licensor: boolean;
  places: NamePlace[];
  /** The model's name: the first place, in the spec's order, that is not a placeholder. */
  name?: NamePlace;
  /** Set when only template placeholders name the model. */
  placeholder?: NamePlace;
  title?: HeadingInfo | HtmlH1;
  /** Where "something is missing" findings go: the title text, else the first line of the body. */
  anchor: Span;
  displays: (Span & { metaForm: boolean })[];
  notices: (Span & { version: LlamaVersion })[];
  links: Link[];
  licenseFileMentioned: boolean;
  /** Where the card refers to a NOTICE file. */
  noticeFileMention?: Span;
  embeddedAgreement: boolean;
  /** Evidence that the model takes images. */
  images?: Span & { reason: string };
  /** Where the prose states the model's license as a license that is not Llama's ("License — Apache 2.0"). */
  licenseStatements: LicenseStatement[];
}

export interface LicenseStatement extends Span {
  /** The license as written ("Apache 2.0"); the span covers it, or the whole Markdown link around it. */
  license: string;
}

// Licenses model cards commonly state instead of the Llama one. Case matters for MIT ("mit" is German "with").
const OTHER_LICENSE = String.raw`(?:[Aa]pache(?:[\s-]+[Ll]icen[cs]e)?(?:,?[\s-]*(?:[Vv]ersion[\s-]*|[Vv])?2(?:\.0)?)?|MIT(?:[\s-]+[Ll]icen[cs]e)?|CC[\s-]BY(?:-(?:NC|SA|ND))*(?:[\s-]\d\.\d)?|cc-by(?:-(?:nc|sa|nd))*(?:-\d\.\d)?|Creative\s+Commons(?:\s+Attribution)?(?:[\s-]+(?:NonCommercial|ShareAlike|NoDerivatives|\d\.\d))*|(?:A|L)?GPL(?:-?v?\d(?:\.\d)?)?(?:\+|-only|-or-later)?|GNU\s+(?:Affero\s+|Lesser\s+)?General\s+Public\s+License(?:,?\s+(?:v(?:ersion)?\s*)?\d(?:\.\d)?)?|BSD(?:[\s-][23][\s-][Cc]lause)?(?:\s+[Ll]icen[cs]e)?|MPL-2\.0|OpenRAIL(?:\+\+|-M)?|[Pp]roprietary)(?![\p{L}\p{N}])`;
// "License — Apache 2.0", "**License:** MIT", "- Licence: CC-BY-4.0", "| License | Apache 2.0 |", "## License: MIT"
const LICENSE_LABEL = new RegExp(String.raw`^[ 	>#*+|-]*(?:\*\*|__)?[Ll]icen[cs](?:e|ing)(?:\*\*|__)?[ 	]*(?:[:：—–|]|-{1,2})[ 	:|]*(?:\*\*|__)?[ 	]*\[?(${OTHER_LICENSE})`, 'gmu');
// "This model is released under the Apache 2.0 license", "The weights are licensed under MIT"
const UNDER_LICENSE = new RegExp(String.raw`\b(?:[Tt]his|[Tt]he|[Oo]ur)\s+(?:model|adapter|checkpoint|weights|fine-?tune|quanti[sz]ation|merge)s?\s+(?:is|are|was|were)\s+(?:(?:also|openly|freely)\s+)?(?:released|licensed|distributed|available|published|shared|provided|made\s+available)\s+under\s+(?:the\s+)?\[?(${OTHER_LICENSE})`, 'gu');

const OTHER_SUBJECT = /\bllama\b|\b(?:code|codebase|data|datasets?|scripts?|software|repository|repo|images?)\b/i;

/** Where the prose (outside code, comments and quoted agreements) says the model is under a license other than Llama's. */
function findLicenseStatements(card: ModelCard): LicenseStatement[] {
  const prose = card.proseText;
  const out: LicenseStatement[] = [];
  const add = (at: number, license: string) => {
    if (out.some((o) => o.start <= at && at < o.end)) return;
    // "License: MIT (training code), Llama 4 Community License (weights)": the line is about more than the model.
    const lineStart = prose.lastIndexOf('\n', at) + 1;
    const lineEnd = prose.indexOf('\n', at);
    if (OTHER_SUBJECT.test(prose.slice(lineStart, lineEnd < 0 ? prose.length : lineEnd))) return;
    // Link text: the whole link "[Apache 2.0](https://…)" is the statement.
    const link = prose[at - 1] === '[' ? /^[^\]\n]*\]\([^)\s]*\)/.exec(prose.slice(at)) : null;
    out.push(link ? { start: at - 1, end: at + link[0].length, license } : { start: at, end: at + license.length, license });
  };
  for (const re of [LICENSE_LABEL, UNDER_LICENSE]) {
    re.lastIndex = card.bodyStart;
    for (let m = re.exec(prose); m; m = re.exec(prose)) add(m.index + m[0].length - m[1].length, m[1].trim());
  }
  // "## License" and, as its first line, "Apache 2.0" or "[MIT](LICENSE)".
  const first = new RegExp(String.raw`^[ 	]*(?:\*\*|__)?\[?(${OTHER_LICENSE})`, 'u');
  for (const h of card.structure.headings) {
    if (!/^licen[cs](?:e|ing)$/i.test(h.text)) continue;
    const next = /\S/.exec(prose.slice(h.end));
    if (!next) continue;
    const at = h.end + next.index;
    const lineStart = prose.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = prose.indexOf('\n', at);
    const m = first.exec(prose.slice(lineStart, lineEnd < 0 ? prose.length : lineEnd));
    if (m) add(lineStart + m[0].length - m[1].length, m[1].trim());
  }
  return out.sort((a, b) => a.start - b.start);
}

const AGREEMENT = /COMMUNITY\s+LICEN[CS]E\s+AGREEMENT/i;

const LICENSOR_FIELD =
  /^[ \t>*|-]*(?:\*\*|__)?(?:model[ \t]+developers?|developed[ \t]+by|model[ \t]+creators?)(?:\*\*|__)?[ \t]*[:|]?[ \t]*(?:\*\*|__)?[ \t]*meta(?:[ \t]+(?:platforms(?:,?[ \t]+inc\.?)?|ai))?[ \t]*(?:\*\*|__)?[ \t]*(?:[|.,;]|$)/im;

const VERB = String.raw`(?:fine[-\s]?tun(?:ed|ing|es?)|finetun(?:ed|ing|es?)|quanti[sz](?:ed|ation|ations)|quants?|distill?(?:ed|ation)|merg(?:ed|es?|ing)|convert(?:ed|ing)?|conversion|deriv(?:ed|ative)|based|built|adapt(?:ed|ers?|ation)|pruned|(?:pre-?|post-?|re|continued[\s-]+pre-?)?train(?:ed|ing)|q?lora|peft|initiali[sz]ed|outputs?|generations?|generated|responses|completions|synthetic[\s-]+data)`;
const GAP = String.raw`(?:[\s*_:\[\]()\x60"'“”>|-]|(?:the|a|an|meta'?s?|base|original|official|instruct|instruction-tuned|model|models|optional|checkpoints?|weights|outputs?|top|of|version|variant)\b|[\w.-]+\/)*`;
// "fine-tuned from [the] Llama 4 Scout", "a LoRA adapter for meta-llama/Llama-3.1-8B", "trained on outputs of Llama 3.3"
const BEFORE = new RegExp(String.raw`(?:\b${VERB}\b(?:\s+[\w'’-]+){0,3}?\s+(?:from|of|on|upon|atop|by|for)\b|\b(?:fine[-\s]?tuned|finetuned|quanti[sz]ed|distilled|merged|pruned)\b)${GAP}$`, 'i');
// "Llama 4 Scout fine-tuned on …", "Llama-3.1-8B, quantized to 4 bits"
const AFTER = /^(?:[-_ ]?(?:scout|maverick))?[\w.-]*,?\s+(?:(?:was|is|has\s+been|that\s+was)\s+)?(?:fine[-\s]?tuned|finetuned|quanti[sz]ed|distilled|merged|pruned|further\s+trained)\b/i;

const COMPARISON = /\b(?:unlike|compared?\s+(?:with|to|against)|in\s+comparison\s+(?:with|to)|comparisons?|baselines?|than|versus|vs\.?|relative\s+to|outperform(?:s|ed|ing)?|beats?|against)\b/gi;
// A sentence ends at . ! ? before a space, a blank line, or a new list item, quote, table row or heading.
const SENTENCE_END = /[.!?]\s+(?=\S)|\n[ \t]*\n|\n[ \t]*(?:[-*+>|#]|\d+[.)])/g;
// Also "Compared to GPT-4 we fine-tuned from Llama 3.3": the card's authors made it, whatever came before.
const CLAUSE_BREAK = /;|,\s*(?:(?:and|but)\s+)?(?:(?:it|we|this\s+model|the\s+model)\s+)?(?:was|is|has|we)\b|\b(?:and|but|while|whereas)\s+(?:(?:it|we|this\s+model)\s+)?(?:was|is|has|we)\b|\b(?:we|i)\s+(?:(?:have|then|first|further)\s+)?(?:fine[-\s]?tuned|finetuned|trained|quanti[sz]ed|distilled|merged|pruned|adapted|built)\b/i;

const URL_RE = /\bhttps?:\/\/[^\s<>()[\]"'`]+/g;
const LICENSE_FILE =
  /\]\(\s*<?(?:\.\/)?LICEN[CS]E(?:\.md|\.txt)?>?\s*(?:"[^"]*"\s*)?\)|`LICEN[CS]E(?:\.md|\.txt)?`|\blicen[cs]e(?:\.md|\.txt)?\s+file\b|\b(?:see|in|read)\s+(?:the\s+)?\[?LICEN[CS]E(?:\.md|\.txt)?\b/i;
const NOTICE_FILE = /\]\(\s*<?(?:\.\/)?NOTICE(?:\.md|\.txt)?>?\s*\)|`NOTICE(?:\.md|\.txt)?`|\bnotice(?:\.md|\.txt)?\s+file\b|\bsee\s+(?:the\s+)?\[?NOTICE\b/i;

const IMAGE_PIPELINES = /^(?:image-text-to-text|image-to-text|visual-question-answering|any-to-any|document-question-answering|video-text-to-text)$/i;
const IMAGE_TAGS = /^(?:vision|multimodal|multi-modal|image-text-to-text|vlm|visual-question-answering|image-to-text)$/i;
const IMAGE_PROSE =
  /\b(?:image|images|vision|visual)\s+(?:inputs?|understanding|reasoning)\b|\btext[\s-]+(?:and|\+|&)[\s-]+images?\b|\bimages?\s+(?:and|\+|&)\s+text\b|\b(?:accepts?|takes?|supports?)\s+(?:\w+\s+){0,2}images?\b|\bmulti-?modal\b/i;

const USAGE =
  /(?:from_pretrained|snapshot_download|hf_hub_download|pipeline)\s*\([^)]{0,300}?["']([\w.-]+)\/([\w.-]+)["']|\b(?:model_id|model_name|repo_id|model_path|peft_model_id|adapter_id)\s*[:=]\s*["']([\w.-]+)\/([\w.-]+)["']|\b(?:huggingface-cli|hf)\s+download\s+([\w.-]+)\/([\w.-]+)|\bvllm\s+serve\s+([\w.-]+)\/([\w.-]+)/g;

function placeFrom(source: NameSource, raw: string, start: number, end: number, text: string): NamePlace | undefined {
  const c = cleanName(raw);
  if (!c) return undefined;
  const at = text.slice(start, end).indexOf(c.name);
  const s = at >= 0 ? start + at : start;
  return { source, name: c.name, placeholder: c.placeholder, org: orgOf(raw), start: s, end: at >= 0 ? s + c.name.length : end };
}

const LLAMA_3X: ReadonlySet<string> = new Set(['3.1', '3.2', '3.3']);

/**
 * The Llama 3.x a card states for itself when its base_model names the Llama 3 family only loosely
 * (`acme/chat-llama3-3b-sft`): the version in its title or model_name ("Llama 3.2 3B …"), else its license id
 * (`license: llama3.2`). Never another major: a llama4 license on a Llama 3 parent stays a finding.
 */
function statedVersion(card: ModelCard): { version: LlamaVersion; where: string } | undefined {
  const named: [Span | undefined, string][] = [
    [card.title && { start: card.title.contentStart, end: card.title.contentEnd }, 'the title'],
    [scalarOf(card.frontMatter, 'model_name', card.text), 'model_name'],
  ];
  for (const [span, where] of named) {
    if (!span) continue;
    for (const t of llamaTokens(card.text, span.start, span.end)) {
      if (t.end <= span.end && t.version && LLAMA_3X.has(t.version)) return { version: t.version, where };
    }
  }
  for (const l of scalarsOf(card.frontMatter, 'license', card.text)) {
    const v = licenseIdVersion(l.value);
    if (v && LLAMA_3X.has(v)) return { version: v as LlamaVersion, where: `license: ${l.value.trim()}` };
  }
  return undefined;
}

function findDerivation(card: ModelCard, tags: YamlScalar[]): Derivation | undefined {
  for (const b of card.baseModels) {
    if (!b.lineage) continue;
    const stated = b.lineage.loose ? statedVersion(card) : undefined;
    if (stated) {
      const reason = `base_model names Llama 3 loosely and ${stated.where} says Llama ${stated.version}`;
      return { version: stated.version, source: 'metadata', variant: b.lineage.variant, evidence: b, reason };
    }
    return { version: b.lineage.version, source: 'metadata', variant: b.lineage.variant, evidence: b, reason: `base_model names a Llama ${b.lineage.version} model` };
  }
  for (const t of tags) {
    const m = /^base_model:(?:[a-z_]+:)?([\w.-]+\/[\w.-]+)$/i.exec(t.value);
    const lin = m ? lineageOfId(m[1]) : undefined;
    if (lin) return { version: lin.version, source: 'metadata', variant: lin.variant, evidence: t, reason: `a base_model tag names a Llama ${lin.version} model` };
  }
  // The metadata names the parent and it is not Llama: prose about Llama is about other models.
  if (card.baseModels.some((b) => b.value.trim() !== '' && !/[{}]/.test(b.value))) return undefined;
  const prose = card.proseText;
  for (const t of llamaTokens(prose, card.bodyStart)) {
    if (!t.version) continue;
    const before = prose.slice(Math.max(card.bodyStart, t.start - 140), t.start);
    const after = prose.slice(t.end, t.end + 80);
    if ((BEFORE.test(before) || AFTER.test(after)) && !comparedWith(prose, card.bodyStart, t.start)) {
      return { version: t.version, source: 'prose', variant: t.variant, evidence: { start: t.start, end: t.end }, reason: `the text says the model was made from Llama ${t.version}` };
    }
  }
  return undefined;
}

/** The sentence up to `at` speaks of another model made from Llama: "Unlike models fine-tuned from…", "a baseline fine-tuned from…". */
function comparedWith(prose: string, from: number, at: number): boolean {
  const window = prose.slice(Math.max(from, at - 240), at);
  const sentence = window.slice(lastEnd(window, SENTENCE_END));
  let last = -1;
  for (const m of sentence.matchAll(COMPARISON)) last = m.index + m[0].length;
  // "…faster than Qwen, and was fine-tuned from Llama 3.1": a new clause about this model.
  return last >= 0 && !CLAUSE_BREAK.test(sentence.slice(last));
}

function lastEnd(text: string, re: RegExp): number {
  let end = 0;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}

function findUsage(card: ModelCard): NamePlace | undefined {
  const bases = new Set(card.baseModels.map((b) => b.value.toLowerCase()));
  for (const block of card.structure.codeBlocks) {
    const code = card.text.slice(block.start, block.end);
    for (const m of code.matchAll(USAGE)) {
      const i = [1, 3, 5, 7].find((g) => m[g] !== undefined)!;
      const org = m[i];
      const name = m[i + 1];
      if (org.toLowerCase() === 'meta-llama' || bases.has(`${org}/${name}`.toLowerCase())) continue;
      const start = block.start + m.index + m[0].lastIndexOf(`${org}/${name}`) + org.length + 1;
      const c = cleanName(name);
      if (!c) continue;
      return { source: 'usage', name: c.name, placeholder: c.placeholder, org, start, end: start + name.length };
    }
  }
  return undefined;
}

function findImages(card: ModelCard, text: string): ModelCard['images'] {
  const pipeline = scalarOf(card.frontMatter, 'pipeline_tag', text);
  if (pipeline && IMAGE_PIPELINES.test(pipeline.value)) return { ...pipeline, reason: `pipeline_tag is ${pipeline.value}` };
  const tag = scalarsOf(card.frontMatter, 'tags', text).find((t) => IMAGE_TAGS.test(t.value));
  if (tag) return { ...tag, reason: `tagged ${tag.value}` };
  const vision = card.baseModels.find((b) => b.lineage && /vision/i.test(b.value));
  if (vision) return { ...vision, reason: 'the base model is a vision model' };
  const m = IMAGE_PROSE.exec(card.proseText.slice(card.bodyStart));
  if (m) return { start: card.bodyStart + m.index, end: card.bodyStart + m.index + m[0].length, reason: 'the card says the model takes images' };
  return undefined;
}

function isLicensor(card: ModelCard): boolean {
  if (LICENSOR_FIELD.test(card.proseText.slice(card.bodyStart))) return true;
  if (card.places.some((p) => (p.source === 'model-index' || p.source === 'name-key') && p.org?.toLowerCase() === 'meta-llama')) return true;
  // The title decides: a model-index name copied from Meta's parent is a derivative's slip, not Meta's card.
  const title = card.places.find((p) => (p.source === 'heading' || p.source === 'html-h1') && !p.placeholder);
  const name = title ?? card.name;
  return name !== undefined && isOfficialName(name.name);
}

/** Occurrences of a pattern in the body, skipping those that read as the agreement's own wording. */
function* occurrences(text: string, from: number, re: RegExp, quoted: RegExp): Generator<RegExpExecArray> {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  g.lastIndex = from;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (!quoted.test(text.slice(Math.max(from, m.index - 40), m.index))) yield m;
    if (m[0].length === 0) g.lastIndex++;
  }
}

let cache: { text: string; card: ModelCard } | undefined;

/** Parses a card. The last result is kept, so diagnostics, fixes and hovers on one text parse it once. */
export function parseCard(text: string): ModelCard {
  if (cache && cache.text === text) return cache.card;
  const card = buildCard(text);
  cache = { text, card };
  return card;
}

function buildCard(text: string): ModelCard {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const frontMatter = parseFrontMatter(text, bom);
  const bodyStart = frontMatter ? frontMatter.end : bom;
  const structure = parseBody(text, bodyStart);

  const blank: Span[] = [{ start: 0, end: bodyStart }, ...structure.agreements];
  for (const m of text.slice(bodyStart).matchAll(/<!--[\s\S]*?(?:-->|$)/g)) blank.push({ start: bodyStart + m.index, end: bodyStart + m.index + m[0].length });
  const bodyText = mask(text, blank);
  const proseText = mask(bodyText, structure.codeBlocks);

  const baseModels: BaseModel[] = scalarsOf(frontMatter, 'base_model', text).map((b) => ({ ...b, lineage: lineageOfId(b.value) }));
  const card: ModelCard = {
    text,
    eol: eolOf(text),
    bodyStart,
    frontMatter,
    structure,
    bodyText,
    proseText,
    baseModels,
    licensor: false,
    places: [],
    anchor: { start: bodyStart, end: bodyStart },
    displays: [],
    notices: [],
    links: [],
    licenseFileMentioned: false,
    embeddedAgreement: false,
    licenseStatements: [],
  };

  // Names, in the spec's order.
  const places: (NamePlace | undefined)[] = [];
  const mi = modelIndexName(frontMatter, text);
  if (mi) places.push(placeFrom('model-index', mi.value, mi.start, mi.end, text));
  const key = scalarOf(frontMatter, 'model_name', text) ?? scalarOf(frontMatter, 'name', text);
  if (key) places.push(placeFrom('name-key', key.value, key.start, key.end, text));
  const h1 = structure.headings.find((h) => h.depth === 1);
  if (h1) places.push(placeFrom('heading', h1.text, h1.contentStart, h1.contentEnd, text));
  const html = structure.htmlH1s[0];
  if (html) places.push(placeFrom('html-h1', html.text, html.contentStart, html.contentEnd, text));
  places.push(findUsage(card));
  card.places = places.filter((p): p is NamePlace => p !== undefined);
  card.name = card.places.find((p) => !p.placeholder);
  card.placeholder = card.name ? undefined : card.places.find((p) => p.placeholder);

  card.title = h1 && html ? (h1.start < html.start ? h1 : html) : (h1 ?? html);
  const anyHeading = card.title ?? structure.headings[0];
  if (anyHeading) card.anchor = { start: anyHeading.contentStart, end: anyHeading.contentEnd };
  else {
    const m = /\S[^\r\n]*/.exec(proseText.slice(bodyStart));
    if (m) card.anchor = { start: bodyStart + m.index, end: bodyStart + m.index + m[0].trimEnd().length };
  }

  card.derivation = findDerivation(card, scalarsOf(frontMatter, 'tags', text));
  card.licensor = isLicensor(card);

  for (const m of occurrences(bodyText, bodyStart, DISPLAY, /display\s*["“'‘]?\s*$/i)) {
    card.displays.push({ start: m.index, end: m.index + m[0].length, metaForm: m[1] !== undefined });
  }
  for (const { version, re } of NOTICE_PATTERNS) {
    for (const m of occurrences(bodyText, bodyStart, re, /copies\s*:\s*["“']?\s*$/i)) card.notices.push({ start: m.index, end: m.index + m[0].length, version });
  }
  const linkUrl = scalarOf(frontMatter, 'license_link', text);
  if (linkUrl && linkUrl.value) card.links.push({ ...linkUrl, url: linkUrl.value, agreement: agreementVersion(linkUrl.value) });
  for (const m of bodyText.slice(bodyStart).matchAll(URL_RE)) {
    const url = m[0].replace(/[.,;:!?*_]+$/, '');
    const start = bodyStart + m.index;
    card.links.push({ start, end: start + url.length, url, agreement: agreementVersion(url) });
  }
  const body = bodyText.slice(bodyStart);
  card.licenseFileMentioned = LICENSE_FILE.test(body) || (linkUrl !== undefined && /^(?:\.\/)?LICEN[CS]E(?:\.md|\.txt)?$/i.test(linkUrl.value.trim()));
  const nm = NOTICE_FILE.exec(body);
  if (nm) card.noticeFileMention = { start: bodyStart + nm.index, end: bodyStart + nm.index + nm[0].length };
  card.embeddedAgreement = structure.agreements.length > 0 || allStrings(frontMatter).some((s) => AGREEMENT.test(s));
  card.images = findImages(card, text);
  card.licenseStatements = findLicenseStatements(card);
  return card;
}
