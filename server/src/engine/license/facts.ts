// Facts from the Llama licenses and Meta's model cards (see shared/specs/llama-license.md).

export type LlamaVersion = '4' | '3.3' | '3.2' | '3.1' | '3';

export const VERSIONS: readonly LlamaVersion[] = ['4', '3.3', '3.2', '3.1', '3'];

export interface LineageFacts {
  /** "Llama 4 Community License" */
  licenseName: string;
  /** Hugging Face license id. */
  licenseId: string;
  /** The text the name must begin with. */
  namePrefix: string;
  display: string;
  notice: string;
  agreementUrl: string;
  usePolicyUrl: string;
  /** Whether the AUP withholds the §1(a) rights for multimodal models from EU residents. */
  euMultimodal: boolean;
}

const NOTICE_3X = (v: string) => `Llama ${v} is licensed under the Llama ${v} Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.`;

export const LINEAGE: Record<LlamaVersion, LineageFacts> = {
  '4': {
    licenseName: 'Llama 4 Community License',
    licenseId: 'llama4',
    namePrefix: 'Llama',
    display: 'Built with Llama',
    notice: 'Llama 4 is licensed under the Llama 4 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.',
    agreementUrl: 'https://www.llama.com/llama4/license/',
    usePolicyUrl: 'https://www.llama.com/llama4/use-policy/',
    euMultimodal: true,
  },
  '3.3': {
    licenseName: 'Llama 3.3 Community License',
    licenseId: 'llama3.3',
    namePrefix: 'Llama',
    display: 'Built with Llama',
    notice: NOTICE_3X('3.3'),
    agreementUrl: 'https://www.llama.com/llama3_3/license/',
    usePolicyUrl: 'https://www.llama.com/llama3_3/use-policy/',
    euMultimodal: true,
  },
  '3.2': {
    licenseName: 'Llama 3.2 Community License',
    licenseId: 'llama3.2',
    namePrefix: 'Llama',
    display: 'Built with Llama',
    notice: NOTICE_3X('3.2'),
    agreementUrl: 'https://www.llama.com/llama3_2/license/',
    usePolicyUrl: 'https://www.llama.com/llama3_2/use-policy/',
    euMultimodal: true,
  },
  '3.1': {
    licenseName: 'Llama 3.1 Community License',
    licenseId: 'llama3.1',
    namePrefix: 'Llama',
    display: 'Built with Llama',
    notice: NOTICE_3X('3.1'),
    agreementUrl: 'https://www.llama.com/llama3_1/license/',
    usePolicyUrl: 'https://www.llama.com/llama3_1/use-policy/',
    euMultimodal: false,
  },
  '3': {
    licenseName: 'Meta Llama 3 Community License',
    licenseId: 'llama3',
    namePrefix: 'Llama 3',
    display: 'Built with Meta Llama 3',
    notice: 'Meta Llama 3 is licensed under the Meta Llama 3 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.',
    agreementUrl: 'https://www.llama.com/llama3/license/',
    usePolicyUrl: 'https://www.llama.com/llama3/use-policy/',
    euMultimodal: false,
  },
};

/** Hugging Face license ids offered in completion, newest first. */
export const LICENSE_IDS: readonly { id: string; detail: string }[] = [
  { id: 'llama4', detail: 'Llama 4 Community License' },
  { id: 'llama3.3', detail: 'Llama 3.3 Community License' },
  { id: 'llama3.2', detail: 'Llama 3.2 Community License' },
  { id: 'llama3.1', detail: 'Llama 3.1 Community License' },
  { id: 'llama3', detail: 'Meta Llama 3 Community License' },
  { id: 'llama2', detail: 'Llama 2 Community License' },
  { id: 'other', detail: 'Another license: add license_name and license_link' },
];

export interface ModelFacts {
  id: string;
  family: 'Scout' | 'Maverick' | 'Llama Guard 4' | 'Llama Prompt Guard 2';
  summary: string;
  activeParams?: string;
  totalParams?: string;
  experts?: number;
  context?: string;
  modalities: string;
  released?: string;
  multimodal: boolean;
}

const SCOUT = { family: 'Scout', activeParams: '17B', totalParams: '109B', experts: 16, context: '10M tokens', modalities: 'text and image in, text out', released: 'April 5, 2025', multimodal: true } as const;
const MAVERICK = { family: 'Maverick', activeParams: '17B', totalParams: '400B', experts: 128, context: '1M tokens', modalities: 'text and image in, text out', released: 'April 5, 2025', multimodal: true } as const;

/** Official Llama 4 models (org `meta-llama`), all under the Llama 4 Community License. */
export const LLAMA4_MODELS: readonly ModelFacts[] = [
  { id: 'Llama-4-Scout-17B-16E', summary: 'Llama 4 Scout, pretrained', ...SCOUT },
  { id: 'Llama-4-Scout-17B-16E-Instruct', summary: 'Llama 4 Scout, instruction-tuned', ...SCOUT },
  { id: 'Llama-4-Scout-17B-16E-Original', summary: 'Llama 4 Scout, pretrained, native (non-Transformers) checkpoint', ...SCOUT },
  { id: 'Llama-4-Scout-17B-16E-Instruct-Original', summary: 'Llama 4 Scout, instruction-tuned, native checkpoint', ...SCOUT },
  { id: 'Llama-4-Maverick-17B-128E', summary: 'Llama 4 Maverick, pretrained', ...MAVERICK },
  { id: 'Llama-4-Maverick-17B-128E-Instruct', summary: 'Llama 4 Maverick, instruction-tuned', ...MAVERICK },
  { id: 'Llama-4-Maverick-17B-128E-Instruct-FP8', summary: 'Llama 4 Maverick, instruction-tuned, FP8 weights', ...MAVERICK },
  { id: 'Llama-4-Maverick-17B-128E-Original', summary: 'Llama 4 Maverick, pretrained, native checkpoint', ...MAVERICK },
  { id: 'Llama-4-Maverick-17B-128E-Instruct-Original', summary: 'Llama 4 Maverick, instruction-tuned, native checkpoint', ...MAVERICK },
  {
    id: 'Llama-Guard-4-12B',
    family: 'Llama Guard 4',
    summary: 'Llama Guard 4, a safety classifier pruned from Llama 4 Scout',
    totalParams: '12B (dense)',
    modalities: 'text and images in, safety verdict out',
    multimodal: true,
  },
  { id: 'Llama-Prompt-Guard-2-86M', family: 'Llama Prompt Guard 2', summary: 'Llama Prompt Guard 2, a prompt-attack classifier', totalParams: '86M', modalities: 'text in, label out', multimodal: false },
  { id: 'Llama-Prompt-Guard-2-22M', family: 'Llama Prompt Guard 2', summary: 'Llama Prompt Guard 2, a small prompt-attack classifier', totalParams: '22M', modalities: 'text in, label out', multimodal: false },
];

const SEPARATOR = /[-_.]/;

/**
 * The official Llama 4 model an id names, whoever publishes it: "unsloth/Llama-4-Scout-17B-16E-Instruct-GGUF"
 * names Llama-4-Scout-17B-16E-Instruct. The longest official id found as a whole part of the name wins.
 */
export function namedLlama4Model(id: string): ModelFacts | undefined {
  const name = id.trim().replace(/^[\w.-]+\//, '').toLowerCase();
  let best: ModelFacts | undefined;
  for (const m of LLAMA4_MODELS) {
    const at = name.indexOf(m.id.toLowerCase());
    if (at < 0) continue;
    const before = name[at - 1];
    const after = name[at + m.id.length];
    if ((before !== undefined && !SEPARATOR.test(before)) || (after !== undefined && !SEPARATOR.test(after))) continue;
    if (!best || m.id.length > best.id.length) best = m;
  }
  return best;
}

/** The pretrained model of a Llama 4 family: its facts stand for the family. */
export function llama4Family(variant: string | undefined): ModelFacts | undefined {
  return variant ? LLAMA4_MODELS.find((m) => m.family === variant) : undefined;
}
