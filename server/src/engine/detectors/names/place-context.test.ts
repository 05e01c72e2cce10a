import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { scored } from '../../../testing/detectors';
import { PERSONAL_PHRASES, mayEndPersonalPhrase } from './place-context';

const location = nameDetectors().find((d) => d.id === 'pii/location')!;
/** Each place found, with whether it reaches the default threshold (0.5) after context words. */
const places = (text: string) => scored(location, text).map((c) => [c.value, c.score >= 0.5] as const);

test('place context: where a person lives, comes from or is, is personal data', () => {
  for (const [text, place] of [
    ['I live in Lyon.', 'Lyon'],
    ['Please ship it to my address in Berlin.', 'Berlin'],
    ["I'm from Kigali, by the way.", 'Kigali'],
    ['She grew up in the suburbs of Oslo.', 'Oslo'],
    ['My parents in Porto still call every Sunday.', 'Porto'],
    ['We are flying to Nairobi next week.', 'Nairobi'],
    ['Marta comes from Valencia.', 'Valencia'],
  ]) {
    assert.deepEqual(places(text), [[place, true]], text);
    assert.ok(scored(location, text)[0].score >= 0.85, text);
  }
});

test('place context: a place that is the topic is found but stays below the default threshold', () => {
  for (const [text, place] of [
    ['Do you ship to Berlin?', 'Berlin'],
    ['Do you deliver on Sundays in Lyon?', 'Lyon'],
    ['Tell me about the history of Rwanda.', 'Rwanda'],
    ['What is the capital of Australia?', 'Australia'],
    ['Is the Pro model available in Germany?', 'Germany'],
    ['Write an essay about Kenya for my class.', 'Kenya'],
    ["What's the weather in Madrid tomorrow?", 'Madrid'],
    ['Name three rivers in Europe.', 'Europe'],
    ['List the largest cities of Brazil.', 'Brazil'],
    ['Which museums in Vienna open on Mondays?', 'Vienna'],
    // A statement about the place after it.
    ['Canberra is the capital of the country.', 'Canberra'],
    ['Lyon is a city in the south.', 'Lyon'],
    ['Lagos was the largest port of the region.', 'Lagos'],
  ]) {
    assert.deepEqual(places(text), [[place, false]], text);
  }
  // Speaking of oneself after the place keeps it personal or neutral.
  assert.deepEqual(places('I moved to Lyon and Lyon is the city where I met my wife.'), [['Lyon', true], ['Lyon', true]]);
});

test('place context: no context word lifts a topic place back over the threshold', () => {
  // "city" is one of the location rule's context words.
  assert.deepEqual(places('Which city has the best restaurants in Lisbon?'), [['Lisbon', false]]);
});

test('place context: formats, languages, acronyms and CamelCase products after "in"/"to" are no places', () => {
  for (const text of [
    'How do I parse JSON in C?',
    'Convert YAML to JSON with a script.',
    'Export the table to CSV from R.',
    'Most of the risk sits in CMBS, not in LY.',
    'We migrated from ProcessWire to WordPress.',
    'It hangs when `rustc` runs inside Xcode.',
    'Relax the `T: Ord` bound.',
    '   async for TARGET in ITER:',
  ]) {
    assert.deepEqual(places(text), [], text);
  }
});

test('place context: short capitals and dotted countries are places, not codes or initials', () => {
  for (const [text, expected] of [
    ['I moved to the US in 2010.', [['US', true]]],
    ['My sister lives in NYC now.', [['NYC', true]]],
    ['I moved to the U.S. in 2010.', [['U.S.', true]]],
    ['Obama says U. S. can help', [['U. S.', true]]],
    ['Do you ship to the U.K.?', [['U.K.', false]]],
    ['the U.S.S.R. fell', []],
  ] as const) {
    assert.deepEqual(places(text), expected, text);
  }
  const person = nameDetectors().find((d) => d.id === 'pii/person')!;
  assert.deepEqual(scored(person, 'Obama says U. S. can help').map((c) => c.value), ['Obama']);
});

test('place context: other places keep the score the tagger gave them', () => {
  assert.deepEqual(places('The orchestra toured Southern Hungary.'), [['Hungary', true]]);
  assert.deepEqual(places('Next month I am flying to New Zealand.'), [['New Zealand', true]]);
});

test('place context: German, French, Spanish and Dutch residence and service phrases', () => {
  assert.deepEqual(places('Ich wohne in Leipzig.'), [['Leipzig', true]]);
  assert.deepEqual(places("J'habite à Lille depuis mars."), [['Lille', true]]);
  assert.deepEqual(places('Liefern Sie samstags auch in Köln?'), [['Köln', false]]);
  assert.deepEqual(places('Oui, nous livrons en Belgique.'), [['Belgique', false]]);
  assert.deepEqual(places('Yes, we ship to Germany and France.'), [['Germany', false], ['France', false]]);
});

test('place context: chat words of other languages do not cut place names, and a sentence about a firm keeps its places', () => {
  assert.deepEqual(places('We spent a week in Buenos Aires.'), [['Buenos Aires', true]]);
  assert.deepEqual(places('The company opened two plants in Ohio last year.'), [['Ohio', true]]);
  assert.deepEqual(places('The new model was released in Canada first.'), [['Canada', true]]);
  assert.deepEqual(places('The campsite is just inside Wexford.'), [['Wexford', true]]);
});

test('place context: the cheap test before the personal-place phrases lets through every text one of them matches', () => {
  // Random endings of sentences built from the phrases' own words (every case), other words, and what can
  // stand between them: spaces of all kinds, punctuation, digits, apostrophes, letters outside ASCII.
  const words = `I I'm we she my our flat address Anna Marta is are was originally currently live lives lived living reside born raised grew up
    settled relocated moved here there back away out moving hometown home town native citizen resident of hail hails hailed from wohne
    lebe geboren aufgewachsen habite vis vivons née né vivo nací woon komme aus suis viens de d' d’ soy kom uit in to at near outside on à a
    en au aux du des nach bei im te around through fly flying trip travel visit stay back the city town village country region suburbs
    outskirts centre north beautiful sunny little big die der den dem la le les l' l’ el los las het me us him her them Lyon
    xborn finto ſ K 5 _ . , ? ( - x`.split(/\s+/);
  const gaps = [' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '', "'", '’', ',', '5', '_', 'é'];
  let seed = 1;
  const rnd = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  let matched = 0;
  for (let n = 0; n < 200_000; n++) {
    let s = '';
    for (let k = 1 + Math.floor(rnd() * 6); k > 0; k--) {
      const w = pick(words);
      s += (rnd() < 0.2 ? w.toUpperCase() : rnd() < 0.2 ? w[0].toUpperCase() + w.slice(1) : w) + pick(gaps);
    }
    if (!PERSONAL_PHRASES.some((re) => re.test(s))) continue;
    matched++;
    assert.ok(mayEndPersonalPhrase(s), JSON.stringify(s));
  }
  assert.ok(matched > 5000, `only ${matched} random endings matched a phrase`);
});

test('place context: two names joined by "and" are no one place; a country of two names the gazetteer knows is', () => {
  const text = "Prince Hamlet seeks revenge on his uncle Claudius, who murdered Hamlet's father to seize the throne of Denmark. His hesitation leads to the deaths of Ophelia, Polonius, Gertrude, Laertes, Claudius and Hamlet himself.";
  assert.deepEqual(places(text).filter(([v]) => v.includes(' and ')), []);
  assert.ok(places('I moved to Trinidad and Tobago last year.').some(([v, passes]) => v.startsWith('Trinidad') && passes));
});

test('place context: a place known by its capitals, written as a word, is no place ("Usa SELECT …")', () => {
  assert.deepEqual(places('Usa SELECT * FROM Clientes c JOIN Pedidos p ON c.id = p.cliente_id;'), []);
  assert.deepEqual(places('I moved to the USA last year.'), [['USA', true]]);
});

test('place context: businesses, a street type alone and eponyms are no places', () => {
  const text = "Dr. Patel at Riverside Dental is great. Terrible service at Joe's Pizza on 5th Ave. Follow-up at the Parkinson's clinic.";
  assert.deepEqual(places(text).filter(([v]) => /Dental|Pizza|^Ave$|Parkinson/.test(v)), []);
  const organization = nameDetectors().find((d) => d.entity === 'ORGANIZATION')!;
  assert.ok(scored(organization, text).some((c) => c.value === 'Riverside Dental'));
  assert.deepEqual(places('I moved to Boise in May.'), [['Boise', true]]);
});
