// Model names as a card states them: cleaning, placeholders, family keys, Meta's official names.

export interface CleanName {
  name: string;
  /** Offset of `name` inside the raw string. */
  at: number;
  placeholder: boolean;
}

const GENERIC = new Set([
  'model card', 'model details', 'model information', 'model description', 'model summary', 'overview', 'introduction',
  'description', 'about', 'summary', 'readme', 'usage', 'license', 'licence', 'table of contents', 'contents', 'model',
]);

const PLACEHOLDER = /^(?:model[\s_-]?id|model[\s_-]?name|your[\s_-]?model(?:[\s_-]?name)?|\{+\s*[\w.\s]*\}+|\[[^\]]*\]|<[^>]*>|\$\{?\w+\}?|todo|tbd|xxx+|\.\.\.|…|more information needed)$/i;

/**
 * The model name inside a heading, a YAML value or a repo id: "Model Card for org/MyTune-7B" → "MyTune-7B".
 * Undefined when the text is no name at all ("Model Details", a long sentence).
 */
export function cleanName(raw: string): CleanName | undefined {
  let start = 0;
  let end = raw.length;
  const cut = (re: RegExp, fromEnd = false) => {
    const s = raw.slice(start, end);
    const m = re.exec(s);
    if (!m) return;
    if (fromEnd) end = start + m.index;
    else start += m.index + m[0].length;
  };
  cut(/^(?:[\s\p{P}\p{S}\p{Extended_Pictographic}]|\uFE0F|\u200D)+/u);
  cut(/^model\s+card\s*(?:for|of|:)?\s*/i);
  cut(/(?:\s+[-–—|]\s+|:\s+|\s+\(|\s*,\s+)/, true);
  cut(/\s+model\s+card\s*$/i, true);
  cut(/[\s.,;:!?)\]*_`"'”’]+$/u, true);
  cut(/^[`"'“‘]+/u);
  const orgSlash = /^[\w.-]+\/(?=[^/\s]+$)/.exec(raw.slice(start, end));
  if (orgSlash) start += orgSlash[0].length;
  const name = raw.slice(start, end);
  if (!name) return undefined;
  if (PLACEHOLDER.test(name) || PLACEHOLDER.test(raw.trim()) || /\{\{|\{model|<model/i.test(raw)) return { name, at: start, placeholder: true };
  if (GENERIC.has(name.toLowerCase())) return undefined;
  if (name.split(/\s+/).length > 6) return undefined;
  return { name, at: start, placeholder: false };
}

/** The `org` of "org/Name", if the raw text carries one. */
export function orgOf(raw: string): string | undefined {
  return /^\s*(?:model\s+card\s+(?:for|of)\s+)?([\w.-]+)\/[^/\s]+\s*$/i.exec(raw)?.[1];
}

const FORMAT_SUFFIX = /(?:gguf|ggml|awq|gptq|exl2|mlx|bnb|nf4|4bit|8bit|fp8|fp16|bf16|int4|int8|w4a16|onnx|hf|q\d(?:k?[msl0-9]*)?|quantized|quant)$/;

/** A key for "do these two name the same model": case, separators and format suffixes ignored. */
export function familyKey(name: string): string {
  let k = name.toLowerCase().replace(/^[\w.-]+\//, '').replace(/[^\p{L}\p{N}]+/gu, '');
  for (let prev = ''; prev !== k; ) {
    prev = k;
    k = k.replace(FORMAT_SUFFIX, '');
  }
  return k;
}

export function sameFamily(a: string, b: string): boolean {
  const x = familyKey(a);
  const y = familyKey(b);
  return x.length > 0 && y.length > 0 && (x.startsWith(y) || y.startsWith(x));
}

const OFFICIAL =
  /^(?:meta)?llama(?:4(?:scout|maverick)?(?:17b(?:16|128)e)?(?:instruct)?(?:fp8)?(?:original)?|3(?:\.[123])?(?:\d+b)?(?:vision)?(?:instruct)?(?:fp8)?|guard[34]?(?:\d+b)?(?:vision)?|promptguard2?(?:\d+m)?)$|^promptguard(?:\d+m)?$/;

/** Whether a name is one of Meta's own models or products ("Llama-4-Scout-17B-16E-Instruct", "Llama Guard 4"). */
export function isOfficialName(name: string): boolean {
  const k = name
    .toLowerCase()
    .replace(/^meta-llama\//, '')
    .replace(/[\s_-]+/g, '')
    .replace(/modelcard$/, '');
  return OFFICIAL.test(k);
}

/** Whether a name begins with the required prefix ("Llama", or "Llama 3" for Meta Llama 3), any case and separator. */
export function hasLlamaPrefix(name: string, prefix: string): boolean {
  const n = name.trim().toLowerCase().replace(/[\s_-]+/g, '');
  return n.startsWith(prefix.toLowerCase().replace(/\s+/g, ''));
}

/** "Meta-Llama-3.1-8B" starts with Meta's mark. */
export function startsWithMeta(name: string): boolean {
  return /^meta(?:[\s_-]|(?=llama))/i.test(name.trim());
}
