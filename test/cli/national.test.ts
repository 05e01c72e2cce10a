// bin/datasan and the national identifiers: --entities by entity name or rule id, --locales with language
// tags, and a warning (not a failure) for locale names that mean nothing. Runs dist/ (npm run build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GENERATORS, changeOneDigit, seeded } from '../../server/src/testing/national-generators';
import { NATIONAL_KINDS } from '../../server/src/engine/detectors/national/index';
import { scoreMatch } from '../../server/src/engine/detectors/national/kind';
import { run, workspace } from './helpers';

/** A valid number of the kind (made by its own check-digit algorithm), and the same with one digit changed. */
function numbers(entity: string, seed: number): { valid: string; invalid: string } {
  const kind = NATIONAL_KINDS.find((k) => k.entity === entity)!;
  const r = seeded(seed);
  const valid = GENERATORS[entity](r);
  assert.notEqual(scoreMatch(kind, valid), undefined);
  for (;;) {
    const invalid = changeOneDigit(valid, r);
    if (scoreMatch(kind, invalid) === undefined) return { valid, invalid };
  }
}

/** Entities found, via --format json. */
function entitiesFound(args: string[], dir: string): { code: number | null; entities: string[]; err: string; out: string } {
  const r = run(['scan', '--format', 'json', '--no-names', ...args], dir);
  const doc = JSON.parse(r.out);
  return { code: r.code, err: r.err, out: r.out, entities: doc.files.flatMap((f: { findings: { entity: string }[] }) => f.findings.map((x) => x.entity)) };
}

const aadhaar = numbers('IN_AADHAAR', 3);
const cpf = numbers('BR_CPF', 4);

test('cli: --entities IN_AADHAAR finds a valid Aadhaar under the default locales (India is not among them)', () => {
  const dir = workspace({ 'a.txt': `Aadhaar: ${aadhaar.valid}\n` });
  assert.deepEqual(entitiesFound(['a.txt'], dir).entities, [], 'off by default');
  const r = entitiesFound(['--entities', 'IN_AADHAAR', 'a.txt'], dir);
  assert.equal(r.code, 1, r.err);
  assert.deepEqual(r.entities, ['IN_AADHAAR']);
  assert.equal((r.out + r.err).includes(aadhaar.valid), false, 'no value in any output');
});

test('cli: --entities BR_CPF, br_cpf and the rule id pii/national/br-cpf all find a CPF', () => {
  const dir = workspace({ 'c.txt': `CPF ${cpf.valid}\n` });
  for (const name of ['BR_CPF', 'br_cpf', 'pii/national/br-cpf', 'EMAIL_ADDRESS,pii/national/br-cpf']) {
    const r = entitiesFound(['--entities', name, 'c.txt'], dir);
    assert.equal(r.code, 1, `${name}: ${r.err}`);
    assert.deepEqual(r.entities, ['BR_CPF'], name);
    assert.equal(r.err, '', name);
  }
});

test('cli: numbers whose check digit is wrong are not found, even when asked for', () => {
  const dir = workspace({ 'bad.txt': `Aadhaar: ${aadhaar.invalid}\nCPF ${cpf.invalid}\n` });
  const r = entitiesFound(['--entities', 'IN_AADHAAR,pii/national/br-cpf', 'bad.txt'], dir);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(r.entities, []);
  // The valid ones in the same place are found: the invalid ones are rejected by their check, not missed.
  const good = workspace({ 'good.txt': `Aadhaar: ${aadhaar.valid}\nCPF ${cpf.valid}\n` });
  assert.deepEqual(entitiesFound(['--entities', 'IN_AADHAAR,pii/national/br-cpf', 'good.txt'], good).entities, ['IN_AADHAAR', 'BR_CPF']);
});

test('cli: an unknown rule id in --entities is ignored with a warning', () => {
  const dir = workspace({ 'c.txt': `CPF ${cpf.valid}\n` });
  const r = entitiesFound(['--entities', 'pii/national/xx-nothing,BR_CPF', 'c.txt'], dir);
  assert.deepEqual(r.entities, ['BR_CPF']);
  assert.match(r.err, /unknown rule id "pii\/national\/xx-nothing"/);
});

test('cli: --locales takes language tags (pt-br → br) and warns once about names it does not know', () => {
  const dir = workspace({ 'c.txt': `CPF ${cpf.valid}\n`, 'clean.txt': 'nothing here\n' });
  assert.deepEqual(entitiesFound(['--locales', 'pt-br', 'c.txt'], dir).entities, ['BR_CPF']);
  assert.deepEqual(entitiesFound(['--locales', 'br', 'c.txt'], dir).entities, ['BR_CPF']);
  assert.deepEqual(entitiesFound(['c.txt'], dir).entities, [], 'Brazil is not a default locale');

  const r = run(['scan', '--no-names', '--locales', 'xx,us,xx,zz', 'clean.txt'], dir);
  assert.equal(r.code, 0, 'a warning, not an error');
  const warnings = r.err.split('\n').filter((l) => l.includes('unknown locale'));
  assert.equal(warnings.length, 1, r.err);
  assert.match(warnings[0], /locales "xx", "zz" ignored/);
  assert.ok(!warnings[0].includes('"us"'));
  // The known names still count.
  assert.deepEqual(entitiesFound(['--locales', 'xx,br', 'c.txt'], dir).entities, ['BR_CPF']);
});
