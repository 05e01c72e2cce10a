import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const address = nameDetectors().find((d) => d.id === 'pii/street-address')!;
const found = (text: string) => matches(address, text, 0.5);

test('street address: US and UK layouts', () => {
  assert.deepEqual(found('Send it to 742 Evergreen Terrace, Springfield, IL 62704 please.'), ['742 Evergreen Terrace', 'IL 62704']);
  assert.deepEqual(found('She lives at 221B Baker Street.'), ['221B Baker Street']);
  assert.deepEqual(found('Mail goes to P.O. Box 4412 now.'), ['P.O. Box 4412']);
  assert.deepEqual(found('PSC 1234, Box 5678\nAPO AE 09876'), ['PSC 1234, Box 5678', 'APO AE 09876']);
});

test('street address: European layouts', () => {
  assert.deepEqual(found('Wir wohnen in der Lindenstraße 12a.'), ['Lindenstraße 12a']);
  assert.deepEqual(found('Meet me at Via Garibaldi 33 tomorrow.'), ['Via Garibaldi 33']);
  assert.deepEqual(found('Our office: ul. Kwiatowa 15, Poznań'), ['ul. Kwiatowa 15']);
  assert.deepEqual(found('Adresse: 8 rue des Lilas 21'), ['8 rue des Lilas 21']);
  // Irish and British qualifiers after the street type are part of the street, not a town.
  assert.deepEqual(found('Send it to 4 Rathmines Road Lower, Dublin 6.'), ['4 Rathmines Road Lower']);
});

test('street address: European streets as written in a sentence, with floor, door, postcode and town', () => {
  const place = nameDetectors().find((d) => d.entity === 'LOCATION')!;
  // A street word in lower case is part of the street; the town after the postcode is a place.
  assert.deepEqual(found('Vivo en la calle Mayor 15, 3º B, 28013 Madrid.'), ['calle Mayor 15, 3º B, 28013']);
  assert.deepEqual(found('Abito in via Roma 10, 00184 Roma.'), ['via Roma 10, 00184']);
  assert.deepEqual(matches(place, 'Abito in via Roma 10, 00184 Roma.', 0.5), ['Roma']);
  assert.deepEqual(found('Mieszkam przy ulica Długa 5.'), ['ulica Długa 5']);
  // Words before a one-word street name are not part of it; a Dutch postcode has letters.
  assert.deepEqual(found('Woon op Keizersgracht 123, 1015 CJ Amsterdam.'), ['Keizersgracht 123, 1015 CJ']);
  // English "via" stays a preposition.
  assert.deepEqual(found('I paid via PayPal 20 dollars and sent via Western Union 50 more.'), []);
  assert.deepEqual(found('I sent 2 Via Express boxes and 2 via PayPal.'), []);
  // Number first, street word capitalised or not, particles whole ("des", not "de" of it).
  assert.deepEqual(found('The staff at 24 Rua Augusta ignored us.'), ['24 Rua Augusta']);
  assert.deepEqual(found('She lives at 3 Via della Spiga.'), ['3 Via della Spiga']);
  assert.deepEqual(found('Écrivez-moi au 8 rue des Lilas.'), ['8 rue des Lilas']);
});

test('street address: test-data layouts: plural street types with address lines, military addresses on one line', () => {
  assert.deepEqual(found('2020 Anderson Squares, West Thomas, MI 48201'), ['2020 Anderson Squares', 'MI 48201']);
  assert.deepEqual(found('743 Hill Ways, Davidberg, PA 19101'), ['743 Hill Ways', 'PA 19101']);
  assert.deepEqual(found('12 Oak Courts\nApt. 3\nSpringfield'), ['12 Oak Courts', 'Apt. 3']);
  // Without address lines a plural is a headline or a count.
  for (const text of ['5 Unique Ways to learn Python', 'Top 3 Town Squares in Europe', 'Take 2 Roads, then turn left.']) assert.deepEqual(found(text), [], text);
  assert.deepEqual(found('USNS Flores, FPO AE 39123'), ['USNS Flores, FPO AE 39123']);
  assert.deepEqual(found('PSC 2347, Box 2388, APO AP 51187'), ['PSC 2347, Box 2388, APO AP 51187']);
});

test('street address: a labelled line after an address is no address line', () => {
  const place = nameDetectors().find((d) => d.entity === 'LOCATION')!;
  const text = 'Musterfirma GmbH, Friedrichstraße 123, 10117 Berlin\nTel.: +49 30 1234567, Fax: 030 7654321';
  assert.deepEqual(found(text), ['Friedrichstraße 123, 10117']);
  assert.ok(!matches(place, text, 0).includes('Tel'));
});

test('street address: a compass point ends the street; a sentence ends the address', () => {
  assert.deepEqual(found('My address is 1600 Pennsylvania Ave NW, Washington, DC 20500.'), ['1600 Pennsylvania Ave NW', 'DC 20500']);
  assert.deepEqual(found('I live at 12 Main Street, Springfield.\nThanks Bob 2000 times!'), ['12 Main Street']);
  assert.deepEqual(found('Ship to 1 Main St.\nApt. 4\nSpringfield'), ['1 Main St.', 'Apt. 4']);
});

test('street address: multi-line addresses are reported line by line, town and country left to LOCATION', () => {
  assert.deepEqual(found('Address:\n4417 Kastanjevej 9\n Suite 12\n Odense\n Denmark 5000'), ['4417 Kastanjevej 9', 'Suite 12', '5000']);
});

test('street address: numbers in chat are not addresses', () => {
  for (const text of [
    'I ate 3 apples on the road to work.',
    'Version 2 of the Treaty on European Union came later.',
    'Train for 3 epochs with batch size 32 on 8 GPUs.',
    'For my take on Dr. Wells, see page 12.',
  ]) {
    assert.deepEqual(found(text), [], text);
  }
});

test('street address: quantities, durations, counts and years are not addresses', () => {
  for (const text of [
    'Do 8 reps x light weight, then rest.',
    'The lake is a 30 minute drive from the station.',
    'There are 11 mission objectives in the game.',
    'Now place the 12 cubes on the board.',
    'My old 2080 TI light show still works.',
    'What is 1 divide by zero in floating point?',
    'The wall is 15 ft high.',
    'It is a 1680 square foot house.',
    'Give me 5 unique ways to cook rice.',
    '5 Unique Ways To Cook Rice',
    'During 1980 the economy grew.',
    'With 80 runtime falls back to the CPU.',
    'Sent it 2 via PayPal and 3 via Slack 3 times.',
    'Spring 2024 was wet; auf Platz 1 stand sie.',
    'Boarding at Gate 12, string 5 is broken.',
    'A 4 wheel drive and a 2 TB drive.',
    'Virgin Australia commenced services on 31 August 2000 as Virgin Blue.',
    'Der Vertrag gilt ab 15 März 2021 bis 14 März 2022.',
  ]) {
    assert.deepEqual(found(text), [], text);
  }
});

test('street address: pieces of identifiers, hashes and paths are not addresses', () => {
  for (const text of [
    '{"message_id": "6ab24d72-0181-4594-a9cd-deaf170242fb", "parent_id": "c8e83833-ecbb-49ef-bd74-6a3e7bd53b1b"}',
    'commit 3f9a2bd74e1c, see /docs/12/Main-Street/index.html and run_12_main_street.py',
    'base64: QmQ3NCBNYWluIFN0cmVldA==bd 12 and rue_12',
  ]) {
    assert.deepEqual(found(text), [], text);
  }
});

test('street address: capitalised, lower-case-after-a-cue and upper-case US addresses still count', () => {
  assert.deepEqual(found('Send it to 12 Market Place, Leeds.'), ['12 Market Place']);
  assert.deepEqual(found('please ship it to 48 oak street'), ['48 oak street']);
  assert.deepEqual(found('DELIVER TO 1200 N ELM ST'), ['1200 N ELM ST']);
  assert.deepEqual(found('The office is at 300 W 34th St. now'), ['300 W 34th St.']);
  assert.deepEqual(found('Meet me at 725 5th Ave, New York.'), ['725 5th Ave']);
  assert.deepEqual(found('Wir wohnen am Neuer Weg 5 in Köln.'), ['Neuer Weg 5']);
  assert.deepEqual(found('Ecrivez au 12 place de la Concorde.'), ['12 place de la Concorde']);
});

test('street address: lower-case streets need address lines after them; numbered streets need no house number', () => {
  assert.deepEqual(found('acme movers\n3911 fourth avenue\nsuite 112\ncalgary'), ['3911 fourth avenue', 'suite 112']);
  assert.deepEqual(found('we drove 3911 fourth avenue style'), []);
  assert.deepEqual(found('Pedestrians enter on 32 St. after nine.'), ['32 St.']);
  assert.deepEqual(found('Figure 3 St. Louis shows the trend.'), []);
});

test('street address: "place of business at" before an address in a contract is no street name', () => {
  const text = 'Brightline Analytics, Inc., a Delaware corporation with its principal place of business at 4400 Mission Street, Suite 210, San Francisco, CA 94112.';
  assert.deepEqual(found(text), ['4400 Mission Street, Suite 210', 'CA 94112']);
  assert.deepEqual(found('The company has its place of business at 12 King Street, Leeds.'), ['12 King Street']);
  // A lower-case street after an address cue still is one.
  assert.deepEqual(found('address:\n947 trg revolucije 17'), ['947 trg revolucije 17']);
});
