// The national-identifier table: one row per kind. Adding a country is adding a row and a validator.
// Scores: shape-only kinds stay below 0.5 until a context word is near; numeric kinds whose check a
// random number passes often (1 in 10 or 11) stay below 0.5 too; strong checks score higher.
import type { NationalKind } from './row';
import { alnum, numeric } from './patterns';
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

const digitsOnly = (raw: string) => raw.replace(/\D/g, '');
const ANY_DIGIT = /\d/;

export const NATIONAL_KINDS: readonly NationalKind[] = [
  // ── United States ──────────────────────────────────────────────────────────
  {
    id: 'pii/national/us-itin', entity: 'US_ITIN', label: 'US ITIN', locale: 'us',
    description: 'US Individual Taxpayer Identification Number (9XX-7X-XXXX).',
    pattern: numeric(String.raw`9\d{2}[- ]?(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])[- ]?\d{4}`),
    validate: us.usItin, check: 'shape', reason: 'ITIN number range',
    minDigits: 9,
    score: 0.25, formattedScore: 0.4, numeric: true,
    context: { en: ['itin', 'individual taxpayer identification number', 'taxpayer id', 'taxpayer identification', 'tax id', 'tin'], es: ['número de contribuyente', 'número itin'] },
  },
  {
    id: 'pii/national/us-passport', entity: 'US_PASSPORT', label: 'US passport number', locale: 'us',
    description: 'US passport book number: 9 digits, or a letter and 8 digits.',
    pattern: alnum(String.raw`[A-Z]\d{8}|\d{9}`),
    validate: us.usPassport, check: 'shape', reason: 'passport number shape',
    minDigits: 8,
    score: 0.1, scoreOf: (c) => (/^\d/.test(c) ? 0.1 : 0.2), contextBoost: 0.45, needsContext: true,
    context: { en: ['us passport', 'passport', 'passport number', 'passport no', 'passport #', 'passport book'], es: ['pasaporte'] },
  },
  {
    id: 'pii/national/us-driver-license', entity: 'US_DRIVER_LICENSE', label: 'US driver\'s license number', locale: 'us',
    description: 'A US driver\'s license number. Formats differ by state, so it needs a context word.',
    pattern: alnum(String.raw`[A-Z]\d{4,14}|[A-Z]{2}\d{5,7}|\d{7,12}|\d{3,4}-\d{2,3}-\d{3,4}|[A-Z]\d{3}-\d{3,4}-\d{3,4}(?:-\d{1,3})?`),
    validate: us.usDriverLicense, check: 'shape', reason: 'driver\'s license number shape',
    minDigits: 4,
    score: 0.15, contextBoost: 0.45, needsContext: true,
    context: { en: ['driver\'s license', 'drivers license', 'driver license', 'driving license', 'driver\'s licence', 'license number', 'licence number', 'dl number', 'dl#', 'dl no', 'dln'], es: ['licencia de conducir', 'licencia de manejo'] },
  },
  {
    id: 'pii/national/us-bank-number', entity: 'US_BANK_NUMBER', label: 'US bank account number', locale: 'us',
    description: 'A US bank account number (8 to 17 digits). No format exists, so it needs a context word.',
    pattern: numeric(String.raw`\d{8,17}`),
    validate: us.usBankNumber, check: 'shape', reason: 'account number length',
    minDigits: 8,
    score: 0.1, contextBoost: 0.45, needsContext: true, numeric: true,
    context: { en: ['bank account', 'account number', 'account no', 'acct', 'acct no', 'acct#', 'checking account', 'savings account', 'checking', 'savings', 'debit account', 'deposit to account'], es: ['cuenta bancaria', 'número de cuenta'] },
  },
  {
    id: 'pii/national/aba-routing-number', entity: 'ABA_ROUTING_NUMBER', label: 'ABA routing number', locale: 'us',
    description: 'A US bank routing transit number with a valid Federal Reserve prefix and 3-7-1 checksum.',
    pattern: numeric(String.raw`\d{4}-?\d{4}-?\d`),
    validate: us.abaRouting, check: 'checksum', reason: 'ABA 3-7-1 checksum',
    minDigits: 9,
    score: 0.3, numeric: true,
    context: { en: ['routing number', 'routing no', 'routing', 'aba', 'aba number', 'rtn', 'routing transit number', 'bank routing', 'transit number'], es: ['número de ruta'] },
  },
  {
    id: 'pii/national/us-npi', entity: 'US_NPI', label: 'US National Provider Identifier', locale: 'us',
    description: 'A US National Provider Identifier (10 digits, Luhn with the 80840 prefix).',
    pattern: numeric(String.raw`[12]\d{9}`),
    validate: us.usNpi, check: 'checksum', reason: 'NPI Luhn check digit',
    minDigits: 10,
    score: 0.3, numeric: true,
    context: { en: ['npi', 'national provider identifier', 'national provider id', 'provider number', 'provider id', 'prescriber'] },
  },
  {
    id: 'pii/national/us-mbi', entity: 'US_MBI', label: 'Medicare Beneficiary Identifier', locale: 'us',
    description: 'A US Medicare Beneficiary Identifier (11 characters, e.g. 1EG4-TE5-MK73).',
    pattern: alnum(String.raw`[1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d{2}`),
    validate: us.usMbi, check: 'shape', reason: 'MBI character positions',
    minDigits: 5, letterDigit: true,
    score: 0.4,
    context: { en: ['mbi', 'medicare beneficiary identifier', 'medicare number', 'medicare id', 'medicare card', 'medicare'] },
  },
  {
    id: 'pii/national/us-dea', entity: 'MEDICAL_LICENSE', label: 'DEA registration number', locale: 'us',
    description: 'A US DEA registration number (2 letters, 7 digits, checksum).',
    pattern: alnum(String.raw`[A-Z][A-Z9]\d{7}`),
    validate: us.deaNumber, check: 'checksum', reason: 'DEA check digit',
    minDigits: 7, letterDigit: true,
    score: 0.45,
    context: { en: ['dea', 'dea number', 'dea registration', 'dea#', 'dea no', 'medical license', 'prescriber', 'registration number'] },
  },
  // ── United Kingdom ─────────────────────────────────────────────────────────
  {
    id: 'pii/national/uk-nhs', entity: 'UK_NHS', label: 'NHS number', locale: 'uk',
    description: 'A UK NHS number (10 digits, mod-11 check digit).',
    pattern: numeric(String.raw`\d{3}[ -]?\d{3}[ -]?\d{4}`),
    validate: uk.ukNhs, check: 'checksum', reason: 'NHS mod-11 check digit',
    minDigits: 10,
    score: 0.3, formattedScore: 0.4, numeric: true,
    context: { en: ['nhs', 'nhs number', 'nhs no', 'national health service', 'health service number', 'chi number', 'health and care number'], cy: ['rhif gig'] },
  },
  {
    id: 'pii/national/uk-nino', entity: 'UK_NINO', label: 'UK National Insurance number', locale: 'uk',
    description: 'A UK National Insurance number (e.g. AB 12 34 56 C).',
    pattern: alnum(String.raw`[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]`),
    validate: uk.ukNino, check: 'shape', reason: 'National Insurance number prefix and suffix rules',
    minDigits: 6, letterDigit: true,
    score: 0.4,
    context: { en: ['national insurance', 'national insurance number', 'ni number', 'nino', 'ni no', 'insurance number'], cy: ['yswiriant gwladol'] },
  },
  {
    id: 'pii/national/uk-passport', entity: 'UK_PASSPORT', label: 'UK passport number', locale: 'uk',
    description: 'A UK passport number (9 digits, or 2 letters and 7 digits).',
    pattern: alnum(String.raw`[A-Z]{2}\d{7}|\d{9}`),
    validate: uk.ukPassport, check: 'shape', reason: 'passport number shape',
    minDigits: 7,
    score: 0.1, scoreOf: (c) => (/^\d/.test(c) ? 0.1 : 0.15), contextBoost: 0.45, needsContext: true,
    context: { en: ['uk passport', 'british passport', 'hm passport office', 'passport', 'passport number', 'passport no'], cy: ['pasbort'] },
  },
  {
    id: 'pii/national/uk-driving-licence', entity: 'UK_DRIVING_LICENCE', label: 'UK driving licence number', locale: 'uk',
    description: 'A DVLA driving licence number (16 characters encoding surname, birth date and initials).',
    pattern: alnum(String.raw`[A-Z][A-Z9]{4}\d{6}[A-Z][A-Z9]\d[A-Z0-9]{2}`),
    validate: uk.ukDrivingLicence, check: 'date', reason: 'DVLA licence layout with a real birth date',
    minDigits: 7, letterDigit: true,
    score: 0.45,
    context: { en: ['driving licence', 'driving license', 'driver\'s licence', 'licence number', 'dvla', 'driver number'], cy: ['trwydded yrru'] },
  },
  {
    id: 'pii/national/uk-postcode', entity: 'UK_POSTCODE', label: 'UK postcode', locale: 'uk',
    description: 'A UK postcode (e.g. SW1A 1AA), part of an address.',
    pattern: alnum(String.raw`GIR ?0AA|[A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?) ?\d[ABD-HJLNP-UW-Z]{2}`),
    validate: uk.ukPostcode, check: 'shape', reason: 'Royal Mail postcode shape',
    minDigits: 2, letterDigit: true,
    score: 0.2, formattedScore: 0.3, trigger: ANY_DIGIT,
    context: { en: ['postcode', 'post code', 'postal code', 'address', 'lives at', 'living at', 'residing at'], cy: ['cod post'] },
  },
  // ── Canada ─────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/ca-sin', entity: 'CA_SIN', label: 'Canadian Social Insurance Number', locale: 'ca',
    description: 'A Canadian Social Insurance Number (9 digits, Luhn).',
    pattern: numeric(String.raw`\d{3}[ -]?\d{3}[ -]?\d{3}`),
    validate: ca.caSin, check: 'checksum', reason: 'SIN Luhn check digit',
    minDigits: 9,
    score: 0.3, formattedScore: 0.4, numeric: true,
    context: { en: ['sin', 'social insurance number', 'social insurance no', 'sin number', 'sin no'], fr: ['nas', 'numéro d\'assurance sociale', 'numero d\'assurance sociale', 'assurance sociale'] },
  },
  // ── Australia ──────────────────────────────────────────────────────────────
  {
    id: 'pii/national/au-tfn', entity: 'AU_TFN', label: 'Australian Tax File Number', locale: 'au',
    description: 'An Australian Tax File Number (8 or 9 digits, weighted mod 11).',
    pattern: numeric(String.raw`\d{3}[ -]?\d{3}[ -]?\d{2,3}`),
    validate: au.auTfn, check: 'checksum', reason: 'TFN weighted checksum',
    minDigits: 8,
    score: 0.3, formattedScore: 0.35, numeric: true,
    context: { en: ['tfn', 'tax file number', 'tax file no', 'tax file'] },
  },
  {
    id: 'pii/national/au-abn', entity: 'AU_ABN', label: 'Australian Business Number', locale: 'au',
    description: 'An Australian Business Number (11 digits, mod-89 checksum).',
    pattern: numeric(String.raw`\d{2} ?\d{3} ?\d{3} ?\d{3}`),
    validate: au.auAbn, check: 'checksum', reason: 'ABN mod-89 checksum',
    minDigits: 11,
    score: 0.4, formattedScore: 0.5, numeric: true,
    context: { en: ['abn', 'australian business number', 'business number'] },
  },
  {
    id: 'pii/national/au-acn', entity: 'AU_ACN', label: 'Australian Company Number', locale: 'au',
    description: 'An Australian Company Number (9 digits, weighted check digit).',
    pattern: numeric(String.raw`\d{3} ?\d{3} ?\d{3}`),
    validate: au.auAcn, check: 'checksum', reason: 'ACN check digit',
    minDigits: 9,
    score: 0.3, formattedScore: 0.35, numeric: true,
    context: { en: ['acn', 'australian company number', 'company number', 'arbn'] },
  },
  {
    id: 'pii/national/au-medicare', entity: 'AU_MEDICARE', label: 'Australian Medicare number', locale: 'au',
    description: 'An Australian Medicare card number (10 or 11 digits, weighted check digit).',
    pattern: numeric(String.raw`[2-6]\d{3} ?\d{5} ?\d(?:[ /-]?\d)?`),
    validate: au.auMedicare, check: 'checksum', reason: 'Medicare check digit',
    minDigits: 10,
    score: 0.3, formattedScore: 0.4, numeric: true,
    context: { en: ['medicare', 'medicare number', 'medicare card', 'medicare no', 'irn'] },
  },
  // ── India ──────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/in-aadhaar', entity: 'IN_AADHAAR', label: 'Indian Aadhaar number', locale: 'in',
    description: 'An Indian Aadhaar number (12 digits, Verhoeff check digit).',
    pattern: numeric(String.raw`[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}`),
    validate: ind.inAadhaar, check: 'checksum', reason: 'Verhoeff check digit',
    minDigits: 12,
    score: 0.35, formattedScore: 0.45, numeric: true,
    context: { en: ['aadhaar', 'aadhar', 'adhaar', 'uidai', 'uid', 'uid number', 'aadhaar number', 'aadhaar no'], hi: ['आधार', 'आधार संख्या', 'आधार नंबर'] },
  },
  {
    id: 'pii/national/in-pan', entity: 'IN_PAN', label: 'Indian PAN', locale: 'in',
    description: 'An Indian Permanent Account Number (e.g. ABCPE1234F).',
    pattern: alnum(String.raw`[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]`),
    validate: ind.inPan, check: 'shape', reason: 'PAN layout with a valid holder type',
    minDigits: 4, letterDigit: true,
    score: 0.4, trigger: ANY_DIGIT,
    context: { en: ['pan', 'pan number', 'pan no', 'pan card', 'permanent account number', 'income tax'], hi: ['पैन', 'पैन कार्ड', 'स्थायी खाता संख्या'] },
  },
  {
    id: 'pii/national/in-passport', entity: 'IN_PASSPORT', label: 'Indian passport number', locale: 'in',
    description: 'An Indian passport number (a letter and 7 digits).',
    pattern: alnum(String.raw`[A-PR-WY][1-9]\d ?\d{4}[1-9]`),
    validate: ind.inPassport, check: 'shape', reason: 'passport number shape',
    minDigits: 7, letterDigit: true,
    score: 0.15, contextBoost: 0.45, needsContext: true,
    context: { en: ['passport', 'passport number', 'passport no', 'indian passport'], hi: ['पासपोर्ट', 'पारपत्र'] },
  },
  {
    id: 'pii/national/in-voter', entity: 'IN_VOTER', label: 'Indian voter ID (EPIC)', locale: 'in',
    description: 'An Indian Electoral Photo Identity Card number (3 letters and 7 digits).',
    pattern: alnum(String.raw`[A-Z]{3}\d{7}`),
    validate: ind.inVoter, check: 'shape', reason: 'EPIC number shape',
    minDigits: 7, letterDigit: true,
    score: 0.25, contextBoost: 0.4,
    context: { en: ['voter id', 'voter card', 'voter', 'epic', 'epic number', 'electoral', 'election card', 'elector'], hi: ['मतदाता पहचान पत्र', 'वोटर आईडी', 'मतदाता'] },
  },
  {
    id: 'pii/national/in-gstin', entity: 'IN_GSTIN', label: 'Indian GSTIN', locale: 'in',
    description: 'An Indian GST identification number (15 characters, mod-36 check character).',
    pattern: alnum(String.raw`\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]`),
    validate: ind.inGstin, check: 'checksum', reason: 'GSTIN mod-36 check character',
    minDigits: 6, letterDigit: true,
    score: 0.85,
    context: { en: ['gstin', 'gst number', 'gst no', 'gst registration', 'gst'], hi: ['जीएसटी'] },
  },
  // ── Germany ────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/de-tax-id', entity: 'DE_TAX_ID', label: 'German tax ID (Steuer-ID)', locale: 'de',
    description: 'A German Steuerliche Identifikationsnummer (11 digits, digit-repetition rule, ISO 7064 MOD 11,10).',
    pattern: numeric(String.raw`[1-9]\d ?\d{3} ?\d{3} ?\d{3}`),
    validate: de.deTaxId, check: 'checksum', reason: 'Steuer-ID digit rule and ISO 7064 check digit',
    minDigits: 11,
    score: 0.45, formattedScore: 0.5, numeric: true,
    context: { de: ['steuer id', 'steuerid', 'steuer idnr', 'steueridentifikationsnummer', 'steuerliche identifikationsnummer', 'identifikationsnummer', 'idnr', 'steuernummer'], en: ['tax id', 'german tax id', 'tax identification number', 'tin'] },
  },
  {
    id: 'pii/national/de-id-card', entity: 'DE_ID_CARD', label: 'German ID card number', locale: 'de',
    description: 'A German Personalausweis serial number (9 characters, optional ICAO check digit).',
    pattern: alnum(String.raw`[LMNPRTVWXY][CFGHJKLMNPRTVWXYZ0-9]{8}\d?`),
    validate: de.deIdCard, check: 'checksum', reason: 'ID card serial layout',
    minDigits: 1, letterDigit: true,
    score: 0.3, scoreOf: (c) => (c.length === 10 ? 0.45 : 0.3), trigger: ANY_DIGIT,
    context: { de: ['personalausweis', 'personalausweisnummer', 'ausweis', 'ausweisnummer', 'perso', 'seriennummer', 'dokumentennummer'], en: ['id card', 'identity card', 'german id', 'id card number'] },
  },
  {
    id: 'pii/national/de-passport', entity: 'DE_PASSPORT', label: 'German passport number', locale: 'de',
    description: 'A German Reisepass serial number (9 characters, optional ICAO check digit).',
    pattern: alnum(String.raw`[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}\d?`),
    validate: de.dePassport, check: 'checksum', reason: 'passport serial layout',
    minDigits: 1, letterDigit: true,
    score: 0.3, scoreOf: (c) => (c.length === 10 ? 0.45 : 0.3), trigger: ANY_DIGIT,
    context: { de: ['reisepass', 'reisepassnummer', 'passnummer', 'pass nr', 'pass', 'seriennummer'], en: ['passport', 'passport number', 'german passport'] },
  },
  {
    id: 'pii/national/de-social-security', entity: 'DE_SOCIAL_SECURITY', label: 'German social security number', locale: 'de',
    description: 'A German Rentenversicherungsnummer (area, birth date, initial, serial, check digit).',
    pattern: alnum(String.raw`\d{2} ?\d{6} ?[A-Z] ?\d{2} ?\d`),
    validate: de.deSocialSecurity, check: 'date+checksum', reason: 'birth date and check digit',
    minDigits: 11, letterDigit: true,
    score: 0.7,
    context: { de: ['rentenversicherungsnummer', 'sozialversicherungsnummer', 'versicherungsnummer', 'rvnr', 'svnr', 'sv nummer', 'rentenversicherung', 'sozialversicherung'], en: ['social security number', 'pension insurance number', 'social insurance number'] },
  },
  {
    id: 'pii/national/de-vat-id', entity: 'DE_VAT_ID', label: 'German VAT ID', locale: 'de',
    description: 'A German Umsatzsteuer-Identifikationsnummer (DE and 9 digits, ISO 7064 MOD 11,10).',
    pattern: alnum(String.raw`DE ?\d{9}`),
    validate: de.deVatId, check: 'checksum', reason: 'USt-IdNr check digit',
    minDigits: 9, letterDigit: true,
    score: 0.6,
    context: { de: ['ust idnr', 'ust id', 'umsatzsteuer identifikationsnummer', 'umsatzsteuer id', 'ustidnr', 'mwst'], en: ['vat', 'vat id', 'vat number', 'vat no', 'vat reg'] },
  },
  // ── Spain ──────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/es-nif', entity: 'ES_NIF', label: 'Spanish NIF (DNI)', locale: 'es',
    description: 'A Spanish DNI/NIF (8 digits and a mod-23 control letter).',
    pattern: alnum(String.raw`\d{2}\.?\d{3}\.?\d{3}[ -]?[A-Z]`),
    validate: es.esNif, check: 'checksum', reason: 'DNI control letter',
    minDigits: 8, letterDigit: true,
    score: 0.6,
    context: { es: ['dni', 'nif', 'documento nacional de identidad', 'número de identificación fiscal', 'numero de identificacion fiscal', 'nº dni', 'n.i.f'], ca: ['document nacional d\'identitat'], en: ['spanish id', 'national identity document', 'tax id'] },
  },
  {
    id: 'pii/national/es-nie', entity: 'ES_NIE', label: 'Spanish NIE', locale: 'es',
    description: 'A Spanish foreigner identity number (X/Y/Z, 7 digits, mod-23 control letter).',
    pattern: alnum(String.raw`[XYZ][ -]?\d{7}[ -]?[A-Z]`),
    validate: es.esNie, check: 'checksum', reason: 'NIE control letter',
    minDigits: 7, letterDigit: true,
    score: 0.7,
    context: { es: ['nie', 'número de identidad de extranjero', 'numero de identidad de extranjero', 'identidad de extranjero', 'tarjeta de residencia'], en: ['foreigner identity number', 'foreigner id', 'residence card'] },
  },
  // ── Italy ──────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/it-fiscal-code', entity: 'IT_FISCAL_CODE', label: 'Italian fiscal code', locale: 'it',
    description: 'An Italian codice fiscale (16 characters with birth date and check letter).',
    pattern: alnum(String.raw`[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]`),
    validate: it.itFiscalCode, check: 'date+checksum', reason: 'birth date and check letter',
    minDigits: 1,
    score: 0.9, trigger: /[A-Z]{6}/,
    context: { it: ['codice fiscale', 'cod fiscale', 'c.f', 'cf', 'tessera sanitaria'], en: ['fiscal code', 'italian tax code', 'tax code'] },
  },
  {
    id: 'pii/national/it-vat-code', entity: 'IT_VAT_CODE', label: 'Italian VAT number', locale: 'it',
    description: 'An Italian partita IVA (11 digits with office code and Luhn check digit).',
    pattern: alnum(String.raw`(?:IT ?)?\d{11}`),
    compact: digitsOnly,
    validate: it.itVatCode, check: 'checksum', reason: 'partita IVA office code and check digit',
    minDigits: 11,
    score: 0.3, scoreOf: (_c, raw) => (raw.startsWith('IT') ? 0.6 : 0.3), numeric: true,
    context: { it: ['partita iva', 'p iva', 'p.iva', 'piva', 'iva'], en: ['vat', 'vat number', 'vat no', 'italian vat'] },
  },
  // ── Poland ─────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/pl-pesel', entity: 'PL_PESEL', label: 'Polish PESEL', locale: 'pl',
    description: 'A Polish PESEL (11 digits with birth date and 1-3-7-9 check digit).',
    pattern: numeric(String.raw`\d{11}`),
    validate: pl.plPesel, check: 'date+checksum', reason: 'birth date and check digit',
    minDigits: 11,
    score: 0.4, numeric: true,
    context: { pl: ['pesel', 'numer pesel', 'nr pesel', 'numer ewidencyjny'], en: ['pesel', 'polish national id'] },
  },
  // ── Sweden ─────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/se-personnummer', entity: 'SE_PERSONNUMMER', label: 'Swedish personal identity number', locale: 'se',
    description: 'A Swedish personnummer or samordningsnummer (birth date and Luhn check digit).',
    pattern: numeric(String.raw`(?:1[89]|20)?\d{6}[-+]?\d{4}`),
    compact: (raw) => raw.replace(/[-+]/g, ''),
    validate: se.sePersonnummer, check: 'date+checksum', reason: 'birth date and Luhn check digit',
    minDigits: 10,
    score: 0.4, formattedScore: 0.6, numeric: true,
    context: { sv: ['personnummer', 'personnr', 'pnr', 'samordningsnummer', 'personbevis'], en: ['swedish personal identity number', 'personal identity number', 'personal number'] },
  },
  // ── Finland ────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/fi-hetu', entity: 'FI_PERSONAL_IDENTITY_CODE', label: 'Finnish personal identity code', locale: 'fi',
    description: 'A Finnish henkilötunnus (birth date, century sign, individual number, mod-31 check).',
    pattern: alnum(String.raw`\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]`),
    compact: (raw) => raw,
    validate: fi.fiPersonalIdentityCode, check: 'date+checksum', reason: 'birth date and check character',
    minDigits: 9,
    score: 0.85,
    context: { fi: ['henkilötunnus', 'henkilotunnus', 'hetu', 'sotu', 'henkilötunnukseni', 'henkilötunnuksen'], sv: ['personbeteckning'], en: ['personal identity code', 'finnish id'] },
  },
  // ── South Korea ────────────────────────────────────────────────────────────
  {
    id: 'pii/national/kr-rrn', entity: 'KR_RRN', label: 'Korean resident registration number', locale: 'kr',
    description: 'A South Korean resident registration number (birth date, sex digit; check digit before Oct 2020).',
    pattern: numeric(String.raw`\d{6}[- ]?\d{7}`),
    validate: kr.krRrn, check: 'date+checksum', reason: 'birth date and sex/century digit',
    minDigits: 13,
    score: 0.2,
    // Written YYMMDD-NNNNNNN with a passing check digit it is near certain; 13 bare digits also fit ZA IDs and Thai IDs.
    scoreOf: (c, raw) => (raw.length !== c.length ? (kr.krRrnChecksum(c) ? 0.7 : 0.4) : kr.krRrnChecksum(c) ? 0.45 : 0.2),
    numeric: true,
    context: { ko: ['주민등록번호', '주민번호', '주민등록', '외국인등록번호', '주민등록번호는', '주민등록번호가', '주민번호는'], en: ['resident registration number', 'rrn', 'korean id'] },
  },
  // ── Singapore ──────────────────────────────────────────────────────────────
  {
    id: 'pii/national/sg-nric-fin', entity: 'SG_NRIC_FIN', label: 'Singapore NRIC/FIN', locale: 'sg',
    description: 'A Singapore NRIC or FIN (S/T/F/G/M, 7 digits, check letter).',
    pattern: alnum(String.raw`[STFGM]\d{7}[A-Z]`),
    validate: sg.sgNricFin, check: 'checksum', reason: 'NRIC check letter',
    minDigits: 7, letterDigit: true,
    score: 0.7,
    context: { en: ['nric', 'fin', 'ic number', 'identity card', 'nric number', 'foreign identification number'], ms: ['kad pengenalan'], zh: ['身份证'] },
  },
  // ── South Africa ───────────────────────────────────────────────────────────
  {
    id: 'pii/national/za-id', entity: 'ZA_ID_NUMBER', label: 'South African ID number', locale: 'za',
    description: 'A South African identity number (13 digits: birth date, sex, citizenship, Luhn).',
    pattern: numeric(String.raw`\d{6} ?\d{4} ?[012]\d{2}`),
    validate: za.zaIdNumber, check: 'date+checksum', reason: 'birth date and Luhn check digit',
    minDigits: 13,
    score: 0.5, numeric: true,
    context: { en: ['id number', 'identity number', 'south african id', 'sa id', 'rsa id', 'id no'], af: ['id nommer', 'identiteitsnommer', 'identiteitsdokument'] },
  },
  // ── Thailand ───────────────────────────────────────────────────────────────
  {
    id: 'pii/national/th-tnin', entity: 'TH_TNIN', label: 'Thai national ID number', locale: 'th',
    description: 'A Thai national identification number (13 digits, mod-11 check digit).',
    pattern: numeric(String.raw`[1-8][ -]?\d{4}[ -]?\d{5}[ -]?\d{2}[ -]?\d`),
    validate: th.thTnin, check: 'checksum', reason: 'mod-11 check digit',
    minDigits: 13,
    score: 0.3, formattedScore: 0.45, numeric: true,
    context: { th: ['เลขประจำตัวประชาชน', 'บัตรประชาชน', 'เลขบัตรประชาชน', 'บัตรประจำตัวประชาชน'], en: ['thai id', 'national id', 'citizen id', 'id card number'] },
  },
  // ── Turkey ─────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/tr-tckn', entity: 'TR_NATIONAL_ID', label: 'Turkish national ID number', locale: 'tr',
    description: 'A Turkish T.C. Kimlik No (11 digits, two check digits).',
    pattern: numeric(String.raw`[1-9]\d{10}`),
    validate: tr.trNationalId, check: 'checksum', reason: 'two check digits',
    minDigits: 11,
    score: 0.45, numeric: true,
    context: { tr: ['tc kimlik', 't.c. kimlik', 'tc kimlik no', 'kimlik no', 'kimlik numarası', 'kimlik numarasi', 'tckn', 'tc no', 'vatandaşlık numarası'], en: ['turkish id', 'turkish national id'] },
  },
  // ── Brazil ─────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/br-cpf', entity: 'BR_CPF', label: 'Brazilian CPF', locale: 'br',
    description: 'A Brazilian CPF (11 digits, two mod-11 check digits; usually 000.000.000-00).',
    pattern: numeric(String.raw`\d{3}\.?\d{3}\.?\d{3}-?\d{2}`),
    validate: br.brCpf, check: 'checksum', reason: 'two CPF check digits',
    minDigits: 11,
    score: 0.4, formattedScore: 0.75, numeric: true,
    context: { pt: ['cpf', 'cadastro de pessoas físicas', 'cadastro de pessoa física', 'cpf nº', 'inscrito no cpf'], en: ['brazilian tax id', 'taxpayer id'] },
  },
  {
    id: 'pii/national/br-cnpj', entity: 'BR_CNPJ', label: 'Brazilian CNPJ', locale: 'br',
    description: 'A Brazilian CNPJ company number (14 digits, two mod-11 check digits).',
    pattern: numeric(String.raw`\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}`),
    validate: br.brCnpj, check: 'checksum', reason: 'two CNPJ check digits',
    minDigits: 14,
    score: 0.45, formattedScore: 0.8, numeric: true,
    context: { pt: ['cnpj', 'cadastro nacional da pessoa jurídica', 'cadastro nacional de pessoa juridica'], en: ['brazilian company number'] },
  },
  // ── Mexico ─────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/mx-curp', entity: 'MX_CURP', label: 'Mexican CURP', locale: 'mx',
    description: 'A Mexican CURP (18 characters: name letters, birth date, sex, state, check digit).',
    pattern: alnum(String.raw`[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d`),
    validate: mx.mxCurp, check: 'date+checksum', reason: 'birth date, state code and check digit',
    minDigits: 7, letterDigit: true,
    score: 0.85,
    context: { es: ['curp', 'clave única de registro de población', 'clave unica de registro de poblacion'], en: ['mexican id', 'population registry code'] },
  },
  // ── France ─────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/fr-nir', entity: 'FR_NIR', label: 'French social security number (NIR)', locale: 'fr',
    description: 'A French NIR / numéro de sécurité sociale (15 characters, key = 97 − n mod 97).',
    pattern: numeric(String.raw`[12378] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}`),
    validate: fr.frNir, check: 'date+checksum', reason: 'birth month and mod-97 key',
    minDigits: 13,
    score: 0.65, formattedScore: 0.8, numeric: true,
    context: { fr: ['numéro de sécurité sociale', 'numero de securite sociale', 'sécurité sociale', 'securite sociale', 'sécu', 'nir', 'insee', 'carte vitale', 'n° ss', 'numéro insee'], en: ['social security number', 'french social security'] },
  },
  // ── Netherlands ────────────────────────────────────────────────────────────
  {
    id: 'pii/national/nl-bsn', entity: 'NL_BSN', label: 'Dutch citizen service number (BSN)', locale: 'nl',
    description: 'A Dutch burgerservicenummer (9 digits, elfproef).',
    pattern: numeric(String.raw`\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}`),
    validate: nl.nlBsn, check: 'checksum', reason: 'elfproef (mod-11) check',
    minDigits: 9,
    score: 0.3, numeric: true,
    context: { nl: ['bsn', 'burgerservicenummer', 'burger service nummer', 'sofinummer', 'sofi nummer', 'persoonsnummer'], en: ['citizen service number', 'dutch id'] },
  },
  // ── Belgium ────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/be-nrn', entity: 'BE_NRN', label: 'Belgian national register number', locale: 'be',
    description: 'A Belgian rijksregisternummer / numéro de registre national (birth date, serial, mod-97 check).',
    pattern: numeric(String.raw`\d{2}\.?\d{2}\.?\d{2}[- ]?\d{3}\.?\d{2}`),
    validate: be.beNrn, check: 'date+checksum', reason: 'birth date and mod-97 check',
    minDigits: 11,
    score: 0.45, formattedScore: 0.75, numeric: true,
    context: { nl: ['rijksregisternummer', 'rijksregister', 'insz', 'insz nummer', 'identificatienummer'], fr: ['numéro de registre national', 'numero de registre national', 'registre national', 'niss'], de: ['nationalregisternummer'], en: ['national register number', 'national number', 'belgian id'] },
  },
  // ── China ──────────────────────────────────────────────────────────────────
  {
    id: 'pii/national/cn-ric', entity: 'CN_RIC', label: 'Chinese resident identity card number', locale: 'cn',
    description: 'A Chinese resident identity card number (18 characters: region, birth date, ISO 7064 MOD 11-2).',
    pattern: numeric(String.raw`[1-8]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[\dXx]`),
    validate: cn.cnRic, check: 'date+checksum', reason: 'birth date and ISO 7064 check character',
    minDigits: 17,
    score: 0.85,
    context: { zh: ['身份证', '身份证号', '身份证号码', '公民身份号码', '居民身份证', '身份證', '身份證號碼'], en: ['chinese id', 'resident identity card', 'id card number'] },
  },
];
