// Published or specimen identifiers (from issuers' documentation and reference texts), checked against
// each validator, so a generator and a validator cannot share a mistake unnoticed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as us from './validators/us';
import * as uk from './validators/uk';
import * as ca from './validators/ca';
import * as au from './validators/au';
import * as ind from './validators/in';
import * as de from './validators/de';
import * as es from './validators/es';
import * as it from './validators/it';
import * as pl from './validators/pl';
import * as se from './validators/se';
import * as fi from './validators/fi';
import * as kr from './validators/kr';
import * as sg from './validators/sg';
import * as za from './validators/za';
import * as th from './validators/th';
import * as tr from './validators/tr';
import * as br from './validators/br';
import * as mx from './validators/mx';
import * as fr from './validators/fr';
import * as nl from './validators/nl';
import * as be from './validators/be';
import * as cn from './validators/cn';
import { iso7064Mod11_2Check, luhnCheckDigit, luhnValid } from './checksums';
import { dayNumber, isPastDate, today } from './dates';

/** A fixed "today" (yyyymmdd) for the validators of dated kinds, so that no test depends on the clock. */
const TODAY = 20240615;

function accepts(f: (s: string, today: number) => boolean, ...xs: string[]) {
  for (const x of xs) assert.equal(f(x, TODAY), true, `${f.name} should accept a valid example`);
}
function rejects(f: (s: string, today: number) => boolean, ...xs: string[]) {
  for (const x of xs) assert.equal(f(x, TODAY), false, `${f.name} should reject example #${xs.indexOf(x)}`);
}

test('us: ITIN ranges, ABA, NPI, MBI, DEA', () => {
  accepts(us.usItin, '912701234', '999881234', '900501234');
  rejects(us.usItin, '912931234', '812701234', '912691234');
  accepts(us.abaRouting, '011000015', '021000021');
  rejects(us.abaRouting, '011000016', '131000015');
  accepts(us.usNpi, '1234567893');
  rejects(us.usNpi, '1234567890', '3234567893');
  accepts(us.usMbi, '1EG4TE5MK73');
  rejects(us.usMbi, '1EG4TE5MK7', '1SG4TE5MK73', '0EG4TE5MK73');
  accepts(us.deaNumber, 'AB1234563');
  rejects(us.deaNumber, 'AB1234564', 'IB1234563');
  rejects(us.usPassport, '000000000', '11111111');
  rejects(us.usBankNumber, '00000000');
});

test('uk: NHS, NINO, driving licence, postcode', () => {
  accepts(uk.ukNhs, '9434765919', '4010232137');
  rejects(uk.ukNhs, '9434765918', '0000000000');
  accepts(uk.ukNino, 'AB123456C', 'JG103759A');
  rejects(uk.ukNino, 'QQ123456C', 'GB123456A', 'AB123456E', 'DA123456A');
  accepts(uk.ukDrivingLicence, 'MORGA753116SM9IJ', 'JONES862292AB9CD');
  rejects(uk.ukDrivingLicence, 'MORGA713116SM9IJ', 'MORGA754316SM9IJ', 'MORGA702306SM9IJ');
  accepts(uk.ukPostcode, 'SW1A1AA', 'M11AE', 'EC1A1BB', 'GIR0AA', 'CR26XH');
  rejects(uk.ukPostcode, 'QA11AA', 'SW1A1CA');
});

test('ca: SIN is Luhn and never starts with 0 or 8', () => {
  assert.equal(luhnValid('046454286'), true);
  rejects(ca.caSin, '046454286', '846454286', '130692545');
  accepts(ca.caSin, '130692544');
});

test('au: TFN, ABN, ACN, Medicare', () => {
  accepts(au.auTfn, '123456782');
  rejects(au.auTfn, '123456781', '111111111');
  accepts(au.auAbn, '51824753556', '53004085616');
  rejects(au.auAbn, '51824753557');
  accepts(au.auAcn, '000000019', '005499981', '010499966');
  rejects(au.auAcn, '005499982');
  accepts(au.auMedicare, '2123456701');
  rejects(au.auMedicare, '2123456711', '1123456701');
});

test('in: Aadhaar (Verhoeff), PAN, passport, EPIC, GSTIN', () => {
  accepts(ind.inAadhaar, '234123412346');
  rejects(ind.inAadhaar, '234123412347', '134123412346');
  accepts(ind.inPan, 'ABCPE1234F', 'AAACB1234C');
  rejects(ind.inPan, 'ABCDE1234F', 'ABCP1234F');
  accepts(ind.inGstin, '27AAPFU0939F1ZV');
  rejects(ind.inGstin, '27AAPFU0939F1ZW', '47AAPFU0939F1ZV');
  accepts(ind.inPassport, 'J8369854');
  rejects(ind.inPassport, 'Q8369854', 'J0369854');
  accepts(ind.inVoter, 'ABC1234567');
  rejects(ind.inVoter, 'ABC0000000');
});

test('de: Steuer-ID, USt-IdNr, ID card, passport, Rentenversicherungsnummer', () => {
  accepts(de.deTaxId, '86095742719', '65929970489');
  rejects(de.deTaxId, '86095742718', '11111111111', '12345678903', '06095742719');
  accepts(de.deVatId, 'DE136695976');
  rejects(de.deVatId, 'DE136695977');
  accepts(de.deIdCard, 'T220001293', 'T22000129', 'L01X00T47');
  rejects(de.deIdCard, 'T220001294', 'C01X00T47', 'LABCDEFGH');
  accepts(de.dePassport, 'C01X00T478', 'C01X00T47');
  rejects(de.dePassport, 'C01X00T471', 'L01X00T47');
  accepts(de.deSocialSecurity, '65170839J003');
  rejects(de.deSocialSecurity, '65170839J004', '65171339J003');
});

test('es: DNI and NIE control letters', () => {
  accepts(es.esNif, '12345678Z', '00000000T');
  rejects(es.esNif, '12345678A');
  accepts(es.esNie, 'X1234567L', 'Y0000000Z');
  rejects(es.esNie, 'X1234567M');
});

test('it: codice fiscale (with omocodia) and partita IVA', () => {
  accepts(it.itFiscalCode, 'RSSMRA85T10A562S', 'MRTMTT91D08F205J');
  rejects(it.itFiscalCode, 'RSSMRA85T10A562T', 'RSSMRA85T32A562S');
  accepts(it.itFiscalCode, 'RSSMRA85T10A56NH', 'RSSMRAURTMLARSNL');
  accepts(it.itVatCode, '07643520567', '00743110157');
  rejects(it.itVatCode, '07643520568', '07643521567');
});

test('pl: PESEL with century-encoded months', () => {
  accepts(pl.plPesel, '44051401359', '02070803628', '02270803624');
  rejects(pl.plPesel, '44051401358', '44053101352', '44135401351');
});

test('se: personnummer, long form and coordination numbers', () => {
  accepts(se.sePersonnummer, '8112289874', '198112289874', '6709199530', '7010632391');
  rejects(se.sePersonnummer, '8112289875', '8113289871', '8102309871');
});

test('fi: henkilötunnus with old and new century signs', () => {
  accepts(fi.fiPersonalIdentityCode, '131052-308T', '131052X308T', '010101A123N');
  rejects(fi.fiPersonalIdentityCode, '131052-308U', '310252-308T', '131052-001E');
});

test('kr: RRN date and check digit', () => {
  accepts(kr.krRrn, '9001011234568', '0102283000007');
  rejects(kr.krRrn, '9002301234568', '0102291000000');
  assert.equal(kr.krRrnChecksum('9001011234568'), true);
  assert.equal(kr.krRrnChecksum('9001011234567'), false);
});

test('sg: NRIC/FIN check letters, S/T/F/G/M', () => {
  accepts(sg.sgNricFin, 'S1234567D', 'T1234567J', 'F1234567N', 'G1234567X', 'M1234567K');
  rejects(sg.sgNricFin, 'S1234567A', 'A1234567D');
});

test('za: ID number date, citizenship and Luhn', () => {
  accepts(za.zaIdNumber, '8001015009087');
  rejects(za.zaIdNumber, '8001015009088', '8013015009084', '8001015009387');
});

test('th: TNIN mod-11 check digit', () => {
  accepts(th.thTnin, '1101700230708');
  rejects(th.thTnin, '1101700230705', '9101700230708');
});

test('tr: T.C. Kimlik No two check digits', () => {
  accepts(tr.trNationalId, '10000000146', '11111111110');
  rejects(tr.trNationalId, '10000000147', '01000000146');
});

test('br: CPF and CNPJ', () => {
  accepts(br.brCpf, '52998224725', '11144477735');
  rejects(br.brCpf, '52998224726', '11111111111');
  accepts(br.brCnpj, '11222333000181', '11444777000161');
  rejects(br.brCnpj, '11222333000182', '00000000000000');
});

test('mx: CURP date, state and check digit', () => {
  accepts(mx.mxCurp, 'HEGG560427MVZRRL04', 'BOXW310820HNERXN09');
  rejects(mx.mxCurp, 'HEGG560427MVZRRL05', 'HEGG561327MVZRRL04', 'HEGG560427MQQRRL04');
});

test('fr: NIR key, Corsica and unknown months', () => {
  accepts(fr.frNir, '255081416802538', '186022A21504576'.slice(0, 13) + String(fr.nirKey('186022A215045')).padStart(2, '0'));
  rejects(fr.frNir, '255081416802539', '255131416802538');
  assert.equal(fr.nirKey('186022A215045'), 97 - Number(1860219215045n % 97n));
});

test('nl: BSN elfproef', () => {
  accepts(nl.nlBsn, '111222333', '123456782');
  rejects(nl.nlBsn, '111222334', '000000000');
});

test('be: national register number, both centuries', () => {
  accepts(be.beNrn, '85073003328', '17073003384');
  rejects(be.beNrn, '85073003329', '85133003328'.slice(0, 9) + String(be.nrnCheck('851330033', false)));
});

test('cn: resident ID with X check character', () => {
  accepts(cn.cnRic, '11010519491231002X', '440524188001010014');
  rejects(cn.cnRic, '110105194912310021', '11010519491331002X');
});

// Birth dates inside identifiers: leap years, the length of each month, and no date after "today".

/** A CN resident ID for a YYYYMMDD birth date, with its real check character. */
const cnFor = (yyyymmdd: string) => {
  const body = `110105${yyyymmdd}002`;
  return body + iso7064Mod11_2Check(body);
};
/** A ZA ID for a YYMMDD birth date, with its real Luhn digit. */
const zaFor = (yymmdd: string) => {
  const body = `${yymmdd}500908`;
  return body + luhnCheckDigit(body);
};

test('cn: leap years and the days of each month', () => {
  accepts(cn.cnRic, cnFor('19960229'), cnFor('20000229'), cnFor('19800430'), cnFor('19801231'), cnFor('19800131'));
  rejects(cn.cnRic, cnFor('19970229'), cnFor('19000229'), cnFor('19800431'), cnFor('19801232'), cnFor('19800230'), cnFor('19800001'), cnFor('19801300'));
});

test('za: leap years and the days of each month, whatever the century', () => {
  accepts(za.zaIdNumber, zaFor('960229'), zaFor('000229'), zaFor('800430'), zaFor('801231'));
  rejects(za.zaIdNumber, zaFor('970229'), zaFor('010229'), zaFor('800431'), zaFor('800230'), zaFor('800100'), zaFor('801301'));
});

test('dated kinds: a birth date after "today" is not real', () => {
  const after = (f: (s: string, today: number) => boolean, s: string, day: number) => f(s, day);
  // CN: four-digit year.
  assert.equal(after(cn.cnRic, cnFor('20240616'), TODAY), false, 'CN: tomorrow');
  assert.equal(after(cn.cnRic, cnFor('20240615'), TODAY), true, 'CN: today');
  assert.equal(after(cn.cnRic, cnFor('20240616'), 20240616), true);
  // KR: the seventh digit gives the century (3 and 4: the 2000s).
  const kr2025 = `2501013${'12345'}`;
  const krValid = kr2025 + kr.rrnCheckDigit(kr2025);
  assert.equal(after(kr.krRrn, krValid, TODAY), false, 'KR: 2025 is after today');
  assert.equal(after(kr.krRrn, krValid, 20250101), true);
  // SE: the twelve-digit form has its century; the ten-digit one takes the latest century not in the future.
  const seBody = `250101123`;
  const se10 = seBody + luhnCheckDigit(seBody);
  assert.equal(after(se.sePersonnummer, `20${se10}`, TODAY), false, 'SE: 2025 is after today');
  assert.equal(after(se.sePersonnummer, `19${se10}`, TODAY), true);
  assert.equal(after(se.sePersonnummer, se10, TODAY), true, 'SE ten digits: read as 1925');
  // ZA: two-digit year; 29 February 2000 is real, 1900 was no leap year.
  assert.equal(after(za.zaIdNumber, zaFor('000229'), 19990601), false, 'ZA: before 2000, 000229 can only be 1900');
  assert.equal(after(za.zaIdNumber, zaFor('000229'), TODAY), true);
  assert.equal(after(za.zaIdNumber, zaFor('250101'), TODAY), true, 'ZA: 250101 read as 1925');
  // FI: the century sign gives the century.
  const hetu = (ddmmyy: string, sign: string) => `${ddmmyy}${sign}123${fi.hetuCheckChar(`${ddmmyy}123`)}`;
  assert.equal(after(fi.fiPersonalIdentityCode, hetu('010125', 'A'), TODAY), false, 'FI: 2025 is after today');
  assert.equal(after(fi.fiPersonalIdentityCode, hetu('010125', 'A'), 20250101), true);
  assert.equal(after(fi.fiPersonalIdentityCode, hetu('010125', '-'), TODAY), true, 'FI: 1925');
});

test('dates: today is a real calendar day as yyyymmdd; isPastDate compares with it', () => {
  const t = today();
  const y = Math.floor(t / 10000);
  assert.ok(isPastDate(y, Math.floor(t / 100) % 100, t % 100, t), String(t));
  assert.ok(y >= 2024 && y < 2200, String(t));
  assert.equal(dayNumber(2024, 2, 29), 20240229);
  assert.equal(isPastDate(2024, 2, 29, 20240228), false);
  assert.equal(isPastDate(2023, 2, 29, 20240615), false, 'not a real date');
});
