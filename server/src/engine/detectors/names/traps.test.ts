// Words a user would never call a person or a place: products, formats, chat words of other languages, ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';
import { scanText } from '../../index';

const detectors = nameDetectors();
/** Every finding of these entities at the default threshold, as "ENTITY:value". */
const findings = (text: string, entities = ['PERSON', 'LOCATION', 'ORGANIZATION', 'STREET_ADDRESS']) =>
  detectors.filter((d) => entities.includes(d.entity)).flatMap((d) => matches(d, text, 0.5).map((v) => `${d.entity}:${v}`));

test('traps: products, platforms, file formats and programming languages are no people or places', () => {
  // Platforms are firms too: an organization finding for them (off by default) is not wrong; a person or a place is.
  for (const text of [
    'LeetCode is great for interview practice.',
    'I learned SQL on Codecademy, then moved to LeetCode.',
    'Tubi has free movies and Tubi is ad-supported.',
    'ProcessWire is a CMS. I built the site with ProcessWire.',
    // An unknown acronym may be a firm (off by default); it is no place.
    'CMBS spreads widened in LY.',
    // Products written with capitals before a word.
    'Our approach differs from GShard in that we route per frame. We trained with XGBoost on MLPerf.',
    // Names of identity documents.
    'Aadhaar, PESEL and Personnummer are national id numbers.',
    // Voice assistants.
    'Hey Siri, set an alarm for 7. Cortana is gone from Windows.',
  ]) {
    assert.deepEqual(findings(text, ['PERSON', 'LOCATION', 'STREET_ADDRESS']), [], text);
  }
  // Words, formats and languages are nothing at all.
  for (const text of [
    'Lemma 2 gives the bound; Lemma is proved in the appendix.',
    'Requantization is a technique to reduce the error.',
    'Mother-land is a song I like.',
    'How do I convert YAML to JSON in C?',
    'JSON is easier than YAML.',
  ]) {
    assert.deepEqual(findings(text), [], text);
  }
  // The name of an identity document is no person, even after a naming phrase.
  assert.deepEqual(findings('My name is Maria Gonzalez. Aadhaar number 2345 6789 0124.', ['PERSON']), ['PERSON:Maria Gonzalez']);
});

test('traps: names with an inner capital or a known abstract-looking ending are still names', () => {
  assert.deepEqual(matches(detectors[0], 'I forwarded it to Shannon McDowell and DeShawn Jones.', 0.5), ['Shannon McDowell', 'DeShawn Jones']);
  assert.deepEqual(matches(detectors[0], 'The ticket was closed by Clement Durand.', 0.5), ['Clement Durand']);
});

test('traps: pronoun phrases and nouns of German, French, Spanish and Dutch chat are no names', () => {
  for (const text of [
    'Mein Paket ist noch nicht angekommen.',
    'Ihr Paket wurde am Montag versendet.',
    'Telefon: bitte rufen Sie mich an.',
    'Meine Tochter hat das Paket bestellt.',
    'Unser Kundenservice meldet sich. Vielen Dank für Ihre Geduld! Liebe Grüße',
    'Votre commande est en route. Merci beaucoup pour votre aide.',
    'Bonjour, ma commande n’est pas arrivée.',
    'Mi pedido no ha llegado todavía. Hola, gracias.',
    'Mijn bestelling is niet aangekomen. Hoi, mijn pakket is kapot.',
  ]) {
    assert.deepEqual(findings(text), [], text);
  }
});

test('traps: greetings, pronouns and nouns of Italian, Portuguese, Polish, Turkish, Vietnamese and Indonesian support chat are no names', () => {
  for (const text of [
    'Ciao, vorrei sapere quando arriva il mio Ordine. Grazie mille per l\'aiuto!',
    'Olá! Meu Pedido ainda não chegou. Podem verificar, por favor? Obrigado.',
    'Dzień dobry, moja Paczka nie dotarła. Proszę o pomoc.',
    'Merhaba, Siparişim hâlâ gelmedi. Yardımcı olur musunuz?',
    'Xin chào, đơn hàng của tôi chưa đến. Cảm ơn!',
    'Selamat pagi, pesanan saya belum sampai. Terima kasih.',
  ]) {
    assert.deepEqual(findings(text), [], text);
  }
  // A name in the same chat still is one.
  assert.deepEqual(findings('Olá, meu nome é Joana Ferreira e moro em Lisboa.', ['PERSON']), ['PERSON:Joana Ferreira']);
});

test('traps: UUIDs and hashes in id fields give no finding of any kind', () => {
  const record =
    '{"message_id": "6ab24d72-0181-4594-a9cd-deaf170242fb", "parent_id": "c8e83833-ecbb-49ef-bd74-6a3e7bd53b1b", "sha256": "9f86d081884c7d659a2feaea0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0", "commit": "3f2a9c1e8b7d4e6f"}';
  assert.deepEqual(findings(record), []);
  // …nor from any other rule, at default settings, in a JSONL file.
  const lines = [record, JSON.stringify({ id: 'b6f2c0de-49ef-4d2a-bd74-0c9e5a1f3e77', parent_id: null, hash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })];
  assert.deepEqual(scanText(lines.join('\n'), 'jsonl').findings.map((f) => f.entity), []);
});

test('traps: public model and dataset ids stay silent', () => {
  for (const text of [
    'We fine-tuned meta-llama/Llama-4-Scout-17B-16E on HuggingFaceH4/ultrachat_200k.',
    'Baselines: mistralai/Mistral-7B-Instruct-v0.2, tiiuae/falcon-40b and Qwen/Qwen2.5-7B-Instruct on openai/gsm8k and cais/mmlu.',
    'Load allenai/c4 with the datasets library, then google/gemma-2-9b-it.',
  ]) {
    assert.deepEqual(findings(text), [], text);
  }
});

test('traps: the place of a title of nobility or a see is no place where someone is', () => {
  const location = detectors.find((d) => d.entity === 'LOCATION')!;
  const text = 'Napoleon was defeated in 1815 by the Duke of Wellington and Prussian forces. The Archbishop of Canterbury spoke.';
  assert.ok(!matches(location, text, 0.5).some((v) => v === 'Wellington' || v === 'Canterbury'), text);
  assert.ok(matches(location, 'I moved to Wellington last year.', 0.5).includes('Wellington'));
});
