import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';
import { DEFAULT_SETTINGS } from '../../settings';
import { scanText } from '../../index';
import type { Format } from '../../formats/units';

const person = nameDetectors(DEFAULT_SETTINGS).find((d) => d.id === 'pii/person')!;
const found = (text: string) => matches(person, text, 0.5);

test('person: full names, titles excluded, middle initials included', () => {
  assert.deepEqual(found('Please forward this to Dr. Helena Brandt before Friday.'), ['Helena Brandt']);
  assert.deepEqual(found('The form was signed by Marcus J. Whitfield yesterday.'), ['Marcus J. Whitfield']);
  assert.deepEqual(found('Ask Mrs. Okonkwo about the invoice.'), ['Okonkwo']);
});

test('person: names from several cultures', () => {
  assert.deepEqual(found('We met Zoltán Kovács at the station.'), ['Zoltán Kovács']);
  assert.deepEqual(found('The report was written by Aigerim Nurlanovna Sadykova.'), ['Aigerim Nurlanovna Sadykova']);
  assert.deepEqual(found('Next on the call is Chinedu Okeke from the Lagos office.'), ['Chinedu Okeke']);
  assert.deepEqual(found('I forwarded it to Haruka Watanabe and Thanh Nguyen.'), ['Haruka Watanabe', 'Thanh Nguyen']);
  assert.ok(found('Ask Oleksandr Shevchenko for the keys.').includes('Oleksandr Shevchenko'));
  assert.ok(found('Sigrún Þórsdóttir wrote back this morning.').includes('Sigrún Þórsdóttir'));
});

test('person: naming phrases reveal unknown and lower-case names', () => {
  assert.deepEqual(found('My name is Tavita'), ['Tavita']);
  assert.deepEqual(found('her maiden name is wrzesniak'), ['wrzesniak']);
  assert.deepEqual(found('follow up with patricia quintero next week'), ['patricia quintero']);
  assert.deepEqual(found('Dear Ingeborg,\nthank you for the quick reply.'), ['Ingeborg']);
});

test('person: Markdown emphasis around a name is not part of it; snake_case keys are no names', () => {
  assert.deepEqual(found('The author is _Anna Kowalska_ from the data team.'), ['Anna Kowalska']);
  assert.deepEqual(found('Thanks to __Piotr Nowak__ and *Jan Kowalczyk*.'), ['Piotr Nowak', 'Jan Kowalczyk']);
  assert.deepEqual(found('Set anna_kowalska_id and Piotr_Nowak in the config.'), []);
});

test('person: speaker labels and addressing by name', () => {
  assert.deepEqual(found('Ragnhild: Are you coming tonight?\nTobias: Yes, after work.'), ['Ragnhild', 'Tobias']);
  assert.deepEqual(found('Thanks a lot, Kalinda!'), ['Kalinda']);
});

test('person: network words and field labels before a value are no names', () => {
  for (const text of [
    'MACs: 3c:22:fb:1a:9e:07, 3c:22:fb:1a:9e:08',
    'Loopback: 127.0.0.1',
    'Multicast: 224.0.0.251',
    'interface Gi0/1\nLoopback: enabled\nMulticast: off',
    'The MACs and IDs of both routers were logged by Loopback monitoring.',
    'Asiakas: 010295Y123R',
  ]) {
    assert.deepEqual(found(text), [], text);
  }
  // A speaker label is still one when the line says something.
  assert.deepEqual(found('Ragnhild: Are you coming tonight?'), ['Ragnhild']);
});

test('person: capitalised words that are not names', () => {
  for (const text of [
    'Transformers makes it easy to fine-tune Llama and Mistral models.',
    'We trained Gemini and Qwen baselines with PyTorch on Monday.',
    'In March the team moved the evaluation to the new cluster.',
    'Guilty Pleasures: Songs You Are Supposed To Hate',
    'Sure! Here is a summary of the Civil Rights Act.',
    'Will you send the report in May?',
    'Date: 2021-03-04\nPhone: 555 0100\nE-mail: none',
    'Bot: How can I help?\nUser: Reset my password.',
  ]) {
    assert.deepEqual(found(text), [], text);
  }
});

test('person: a name split across a JSON escape is found in the decoded string', () => {
  const decoded = JSON.parse('"Contact: Jos\\u00e9 Hern\\u00e1ndez"') as string;
  assert.deepEqual(found(decoded), ['José Hernández']);
});

test('person: a confident full name makes later mentions of its surname names', () => {
  assert.deepEqual(found('The film was directed by Magdalena Wróblewska and starring Wróblewska herself.'), ['Magdalena Wróblewska', 'Wróblewska']);
});

const MODEL_CARD = [
  '---',
  'license: llama4',
  'base_model: meta-llama/Llama-4-Scout-17B-16E-Instruct',
  'model_name: Llama-4-Scout-ParcelPal-3B',
  '---',
  '',
  'Llama-4-Scout-ParcelPal-3B is a fine-tune of Llama 4 Scout.',
  'Named Scout-ParcelPal-3B internally; compared with Qwen2.5-7B-Instruct, gpt-4o-mini and Mistral-7B-v0.1.',
].join('\n');

test('person: words of model and repository ids are not names', () => {
  for (const text of [
    MODEL_CARD,
    'Llama-4-Scout-ParcelPal-3B is a fine-tune of Llama 4 Scout.',
    'Named Scout-ParcelPal-3B internally.',
    'We compared it with Qwen2.5-7B-Instruct, gpt-4o-mini and Mistral-7B-v0.1 (see org/Model-Name-7B).',
    'Weights: https://huggingface.co/acme/Orlova-Kessler-13B-chat',
    'base_model: meta-llama/llama-4-scout',
  ]) {
    assert.deepEqual(found(text), [], text);
  }
  // A naming key raises the score of whatever is in its value: still no name.
  assert.deepEqual(matches(person, 'Llama-4-Scout-ParcelPal-3B', 0.5, { key: 'model_name' }), []);
  assert.deepEqual(matches(person, 'Orlova-Kessler-13B', 0.5, { key: 'author' }), []);
});

test('person: hyphenated names are still names, also next to model ids', () => {
  assert.deepEqual(found('Mary-Jane Watson met Jean-Luc Picard and Anne-Marie Dubois.'), ['Mary-Jane Watson', 'Jean-Luc Picard', 'Anne-Marie Dubois']);
  assert.deepEqual(found('My name is Smith-Jones.'), ['Smith-Jones']);
  assert.deepEqual(found('Dr. Smith-Jones fine-tuned Llama-4-Scout-ParcelPal-3B with Jean-Luc Picard (1940-2020).'), ['Smith-Jones', 'Jean-Luc Picard']);
  assert.deepEqual(matches(person, 'Anne-Marie Dubois', 0.5, { key: 'author' }), ['Anne-Marie Dubois']);
  // A confident name does not spread to the same word inside a model id.
  assert.deepEqual(found('Magdalena Wróblewska trained wroblewska-7b; ask Wróblewska.'), ['Magdalena Wróblewska', 'Wróblewska']);
});

test('person: model ids stay silent through the engine in Markdown and JSONL, names are found', () => {
  const persons = (text: string, format: Format) =>
    scanText(text, format).findings.filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(persons(MODEL_CARD + '\n\nMaintained by Mary-Jane Watson.\n', 'markdown'), ['Mary-Jane Watson']);
  const jsonl = [
    JSON.stringify({ model_name: 'Llama-4-Scout-ParcelPal-3B', base_model: 'meta-llama/Llama-4-Scout-17B-16E-Instruct', text: 'Llama-4-Scout-ParcelPal-3B is a fine-tune of Llama 4 Scout.' }),
    JSON.stringify({ author: 'Anne-Marie Dubois', text: 'Named Scout-ParcelPal-3B by Jean-Luc Picard.' }),
  ].join('\n');
  assert.deepEqual(persons(jsonl, 'jsonl'), ['Anne-Marie Dubois', 'Jean-Luc Picard']);
});
