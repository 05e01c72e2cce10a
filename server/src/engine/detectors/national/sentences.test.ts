// Realistic sentences, mostly in the identifier's own language: each must be reported at ≥ 0.5 by the
// right detector, with the exact span. Then benign text full of numbers: nothing may reach 0.5.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_NATIONAL_DETECTORS } from './index';
import { scored } from '../../../testing/detectors';

const MIN = 0.5;
const byEntity = new Map(ALL_NATIONAL_DETECTORS.map((d) => [d.entity, d]));

// [entity, sentence, the identifier as written in it]
const SENTENCES: [string, string, string][] = [
  ['US_ITIN', 'Please file using ITIN 944-92-2572 since she has no SSN.', '944-92-2572'],
  ['US_ITIN', 'Taxpayer ID: 952-79-9281 (individual filer)', '952-79-9281'],
  ['US_PASSPORT', "The traveler's US passport number is Y76331193, expiring in 2031.", 'Y76331193'],
  ['US_PASSPORT', 'passport no. 113400734 was scanned at the gate', '113400734'],
  ['US_DRIVER_LICENSE', "My driver's license number is F162823540116 and it expires soon.", 'F162823540116'],
  ['US_DRIVER_LICENSE', 'Driver license: 4410-25-7719', '4410-25-7719'],
  ['US_BANK_NUMBER', 'Wire the refund to checking account 7288743923 at the branch.', '7288743923'],
  ['US_BANK_NUMBER', 'Account number: 54954352859844', '54954352859844'],
  ['ABA_ROUTING_NUMBER', 'Routing number 021000021, then the account.', '021000021'],
  ['US_NPI', 'Dr. Patel (NPI 1234567893) signed the referral.', '1234567893'],
  ['US_MBI', 'Medicare number: 1EG4-TE5-MK73, Part A and B.', '1EG4-TE5-MK73'],
  ['MEDICAL_LICENSE', 'Prescriber DEA# AB1234563 on file.', 'AB1234563'],
  ['UK_NHS', "The patient's NHS number is 943 476 5919.", '943 476 5919'],
  ['UK_NINO', 'My National Insurance number is AB 12 34 56 C.', 'AB 12 34 56 C'],
  ['UK_PASSPORT', 'British passport 875757665 was issued in Durham.', '875757665'],
  ['UK_DRIVING_LICENCE', 'Driving licence no. MORGA753116SM9IJ, full licence.', 'MORGA753116SM9IJ'],
  ['UK_POSTCODE', 'She lives at 10 Downing Street, London SW1A 2AA.', 'SW1A 2AA'],
  ['UK_POSTCODE', 'Postcode: M1 1AE', 'M1 1AE'],
  ['CA_SIN', "Mon numéro d'assurance sociale est le 130 692 544.", '130 692 544'],
  ['CA_SIN', 'SIN: 130-692-544', '130-692-544'],
  ['AU_TFN', 'Your tax file number 123 456 782 has been recorded.', '123 456 782'],
  ['AU_ABN', 'Invoice from Acme Pty Ltd, ABN: 53004085616', '53004085616'],
  ['AU_ABN', 'Supplier 51 824 753 556 invoiced us twice.', '51 824 753 556'],
  ['AU_ACN', 'ACN 005 499 981 is registered with ASIC.', '005 499 981'],
  ['AU_MEDICARE', 'Medicare card: 2123 45670 1', '2123 45670 1'],
  ['IN_AADHAAR', 'मेरा आधार नंबर 2341 2341 2346 है।', '2341 2341 2346'],
  ['IN_AADHAAR', 'Aadhaar: 234123412346', '234123412346'],
  ['IN_PAN', 'PAN card number ABCPE1234F is linked.', 'ABCPE1234F'],
  ['IN_PASSPORT', 'Indian passport no. J8369854 issued at Mumbai.', 'J8369854'],
  ['IN_VOTER', 'Voter ID: ABC1234567', 'ABC1234567'],
  ['IN_GSTIN', 'Billed to 27AAPFU0939F1ZV, Pune.', '27AAPFU0939F1ZV'],
  ['DE_TAX_ID', 'Meine Steuer-ID lautet 86 095 742 719.', '86 095 742 719'],
  ['DE_TAX_ID', 'Steueridentifikationsnummer: 65929970489', '65929970489'],
  ['DE_ID_CARD', 'Personalausweisnummer: T220001293', 'T220001293'],
  ['DE_PASSPORT', 'Reisepass Nr. C01X00T478 (gültig bis 2030)', 'C01X00T478'],
  ['DE_SOCIAL_SECURITY', 'Sozialversicherungsnummer 65 170839 J 003', '65 170839 J 003'],
  ['DE_VAT_ID', 'USt-IdNr.: DE136695976', 'DE136695976'],
  ['ES_NIF', 'Mi DNI es 12345678Z y vivo en Madrid.', '12345678Z'],
  ['ES_NIE', 'NIE: X1234567L', 'X1234567L'],
  ['IT_FISCAL_CODE', 'Il mio codice fiscale è RSSMRA85T10A562S.', 'RSSMRA85T10A562S'],
  ['IT_VAT_CODE', 'Partita IVA 07643520567', '07643520567'],
  ['IT_VAT_CODE', 'Fattura emessa da ACME S.r.l., IT00743110157', 'IT00743110157'],
  ['PL_PESEL', 'Mój numer PESEL to 44051401359.', '44051401359'],
  ['SE_PERSONNUMMER', 'Mitt personnummer är 811228-9874.', '811228-9874'],
  ['SE_PERSONNUMMER', 'Personnummer 121212+1212 (över 100 år)', '121212+1212'],
  ['FI_PERSONAL_IDENTITY_CODE', 'Henkilötunnukseni on 131052-308T.', '131052-308T'],
  ['KR_RRN', '주민등록번호: 900101-1234568', '900101-1234568'],
  ['KR_RRN', '제 주민등록번호는 900101-1234568 입니다', '900101-1234568'],
  ['SG_NRIC_FIN', 'NRIC: S1234567D', 'S1234567D'],
  ['ZA_ID_NUMBER', 'My South African ID number is 8001015009087.', '8001015009087'],
  ['TH_TNIN', 'เลขประจำตัวประชาชน 1-1017-00230-70-8', '1-1017-00230-70-8'],
  ['TR_NATIONAL_ID', 'TC Kimlik No: 10000000146', '10000000146'],
  ['BR_CPF', 'Meu CPF é 529.982.247-25.', '529.982.247-25'],
  ['BR_CNPJ', 'Razão social ACME Ltda, 11.222.333/0001-81', '11.222.333/0001-81'],
  ['MX_CURP', 'Mi CURP es HEGG560427MVZRRL04.', 'HEGG560427MVZRRL04'],
  ['FR_NIR', 'Mon numéro de sécurité sociale est 2 55 08 14 168 025 38.', '2 55 08 14 168 025 38'],
  ['NL_BSN', 'Mijn BSN is 123456782.', '123456782'],
  ['BE_NRN', 'Rijksregisternummer: 85.07.30-033.28', '85.07.30-033.28'],
  ['CN_RIC', '身份证号码：11010519491231002X', '11010519491231002X'],
  ['CN_RIC', '我的身份证号码是11010519491231002X，请核对。', '11010519491231002X'],
];

test('realistic sentences: each identifier is reported at ≥ 0.5 with its exact span', () => {
  for (const [entity, text, value] of SENTENCES) {
    const d = byEntity.get(entity)!;
    const hit = scored(d, text).find((c) => c.value === value);
    assert.ok(hit, `${entity} not found in: ${text}`);
    assert.ok(hit.score >= MIN, `${entity} scored ${hit.score} in: ${text}`);
    assert.equal(hit.start, text.indexOf(value));
  }
});

const BENIGN = [
  'Order 123456789 shipped on 2024-05-01; total $1,234.56 (invoice 2024-000981).',
  'Call +44 20 7946 0018 or +1 (415) 555-0132 for support.',
  'Epoch 1714557600000 ms, run id 20240501123045, seed 424242.',
  'Model v2.13.0 trained for 1200000 steps at lr 3e-4 on 8x A100 80GB.',
  'ISBN 978-3-16-148410-0 and DOI 10.1000/182 are cited.',
  'commit 3f9a1c2 merged; sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  'Population 67,081,000 in 2020; GDP 2.7 trillion; area 243610 km2.',
  'Coordinates 51.5007, -0.1246; elevation 35 m; zip 94103.',
  'Table 3: 0.8123 0.7741 0.9012 0.6655 accuracy across 5 seeds.',
  'Tracking number 1Z999AA10123456784 delivered to the front desk.',
];

test('benign text with many numbers: no national identifier reaches 0.5', () => {
  for (const text of BENIGN) {
    for (const d of ALL_NATIONAL_DETECTORS) {
      const high = scored(d, text).filter((c) => c.score >= MIN);
      assert.deepEqual(high.map((c) => c.value), [], `${d.entity} in: ${text}`);
    }
  }
});

test('a credit card number is not read as an Aadhaar number plus 4 digits', () => {
  const d = byEntity.get('IN_AADHAAR')!;
  assert.deepEqual(scored(d, 'card 2341 2341 2346 4444 on file').map((c) => c.value), []);
});
