import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../testing';
import { DEFAULT_SETTINGS } from '../../settings';

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

test('person: speaker labels and addressing by name', () => {
  assert.deepEqual(found('Ragnhild: Are you coming tonight?\nTobias: Yes, after work.'), ['Ragnhild', 'Tobias']);
  assert.deepEqual(found('Thanks a lot, Kalinda!'), ['Kalinda']);
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
