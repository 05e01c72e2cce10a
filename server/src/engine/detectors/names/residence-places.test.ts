import { test } from 'node:test';
import assert from 'node:assert/strict';
import { residencePlaces } from './residence-places';
import { nameDetectors } from './index';
import { matches, scored } from '../../../testing/detectors';

const places = (text: string) => residencePlaces(text).map((c) => text.slice(c.start, c.end));

test('residence places: the town after "I live in" in twelve languages, known to the gazetteer or not', () => {
  for (const [text, place] of [
    ["Bonjour, je m'appelle Aïcha Benali, j'habite à Roubaix.", 'Roubaix'],
    ['Hoi, ik heet Sanne de Vries en ik woon in Zwolle.', 'Zwolle'],
    ['Cześć, mieszkam w Łodzi od roku.', 'Łodzi'],
    ['Hej, jag heter Linnea och bor i Umeå.', 'Umeå'],
    ['Merhaba, İzmir’de yaşıyorum.', 'İzmir'],
    ['Xin chào, tôi sống ở Đà Nẵng.', 'Đà Nẵng'],
    ['Halo, saya tinggal di Bandung.', 'Bandung'],
    ['Olá, moro em Recife.', 'Recife'],
    ['Ich wohne in Castrop-Rauxel.', 'Castrop-Rauxel'],
    ['Vivo en San Juan de Lurigancho.', 'San Juan'],
  ]) {
    assert.deepEqual(places(text), [place], text);
    // Through the analyzer, which finds the phrases' verbs from its tokens.
    assert.ok(matches(nameDetectors().find((d) => d.entity === 'LOCATION')!, text, 0.5).includes(place), text);
  }
});

test('residence places: no capitalised word after the phrase, or a "from" phrase, gives nothing', () => {
  for (const text of ['ik woon in een klein dorp', 'I live in a small town.', "I'm from Google support.", 'je viens de Danone', 'I live in fear of deadlines', 'Do you deliver to Roubaix?']) {
    assert.deepEqual(places(text), [], text);
  }
});

test('residence places: through the LOCATION detector at the default threshold, and a person the tagger saw there is no more', () => {
  const location = nameDetectors().find((d) => d.entity === 'LOCATION')!;
  const person = nameDetectors().find((d) => d.entity === 'PERSON')!;
  const text = 'Xin chào, tôi tên là Trần Văn Hùng, tôi sống ở Đà Nẵng.';
  assert.deepEqual(matches(location, text, 0.5), ['Đà Nẵng']);
  assert.ok(!matches(person, text, 0.5).some((p) => p.includes('Nẵng')));
  assert.deepEqual(matches(location, "Bonjour, j'habite à Roubaix.", 0.5), ['Roubaix']);
  // A town the tagger knows gets the score of a personal place too.
  assert.ok(scored(location, 'Ciao, mi chiamo Gianluca e abito a Bari.').some((c) => c.value === 'Bari' && c.score >= 0.85));
});
