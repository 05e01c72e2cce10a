// The names rules on fixtures written like real data rather than like the dev set's templates: a
// German/French/English support chat (test/fixtures/names/support-chat-multilingual.jsonl, made-up people)
// and public technical text without personal data (real-noise.jsonl). Sources: test/fixtures/names/README.md.
// Output and assertion messages name kinds, counts and fixture words, never a found value of real-noise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from '../server/src/engine/index';
import { applyEdits, redactionEdits } from '../server/src/engine/redact';
import { resolveSettings } from '../server/src/engine/settings';

const FIXTURES = join(__dirname, 'fixtures', 'names');
const CHAT = readFileSync(join(FIXTURES, 'support-chat-multilingual.jsonl'), 'utf8');
const NOISE = readFileSync(join(FIXTURES, 'real-noise.jsonl'), 'utf8');
const INTRODUCTIONS = readFileSync(join(FIXTURES, 'self-introductions.jsonl'), 'utf8');

const values = (text: string, entity: string, minConfidence = 0.5) =>
  new Set(
    scanText(text, 'jsonl', resolveSettings({ minConfidence }))
      .findings.filter((f) => f.entity === entity)
      .map((f) => text.slice(f.start, f.end)),
  );

test('multilingual chat: the person findings are the people in it, and no chat word', () => {
  // Every made-up person of the fixture: customers naming themselves, agents signing, a colleague with a title.
  const people = ['Katrin Vogel', 'Amélie Durand', 'Tom Becker', 'Jonas Meyer', 'Claire Martin', 'Priya Nair', 'Schneider'];
  assert.deepEqual([...values(CHAT, 'PERSON')].sort(), [...people].sort());
});

test('multilingual chat: places where a customer lives or comes from are found; places asked about only below the threshold', () => {
  const personal = ['Leipzig', 'Lille', 'Manchester', 'Kigali', 'Berlin'];
  const topic = ['Köln', 'Lyon', 'Belgique', 'Österreich', 'Schweiz', 'Luxembourg', 'Germany', 'France', 'Switzerland'];
  const atDefault = values(CHAT, 'LOCATION');
  for (const p of personal) assert.ok(atDefault.has(p), `personal place ${p} missing`);
  for (const p of topic) assert.ok(!atDefault.has(p), `topic place ${p} reported at the default threshold`);
  const atLow = values(CHAT, 'LOCATION', 0.3);
  for (const p of topic) assert.ok(atLow.has(p), `topic place ${p} not found below the threshold`);
});

test('multilingual chat: "Redact all" leaves the chat words alone', () => {
  const { findings } = scanText(CHAT, 'jsonl');
  const out = applyEdits(CHAT, redactionEdits(CHAT, findings, findings, 'placeholder', 'jsonl'));
  for (const line of out.split('\n').filter(Boolean)) JSON.parse(line);
  for (const phrase of ['Mein Paket ist noch nicht angekommen', 'Ihr Paket wurde', 'Telefon: bitte', 'Meine Tochter hat', 'Votre commande est', 'Vielen Dank für Ihre Geduld']) {
    assert.ok(out.includes(phrase), `"${phrase}" was redacted`);
  }
  assert.doesNotMatch(out, /\[PERSON\] (?:ist|wurde|hat|est)\b/);
});

test('self-introductions: people naming themselves in nine scripts are the person findings, and nothing else is', () => {
  const people = ['Алексей Смирнов', 'Олена Коваленко', 'Νίκο Παππά', 'ليلى حسن', 'יעל לוי', 'अनिल वर्मा', '陈静', '山本花子', '박서준'];
  assert.deepEqual([...values(INTRODUCTIONS, 'PERSON')].sort(), [...people].sort());
});

test('real noise: public technical text gives at most 1 street address and 2 places per 100 KB at default settings', () => {
  const bytes = Buffer.byteLength(NOISE);
  assert.ok(bytes >= 100_000, 'the fixture is at least 100 KB');
  const { findings } = scanText(NOISE, 'jsonl');
  const count = (entity: string) => findings.filter((f) => f.entity === entity).length;
  const per100k = (n: number) => (n * 100_000) / bytes;
  // Counts only: the test output holds no found value.
  console.log(`real-noise.jsonl: ${bytes} bytes, STREET_ADDRESS ${count('STREET_ADDRESS')}, LOCATION ${count('LOCATION')}, PERSON ${count('PERSON')}`);
  assert.ok(per100k(count('STREET_ADDRESS')) <= 1, `${count('STREET_ADDRESS')} street addresses`);
  assert.ok(per100k(count('LOCATION')) <= 2, `${count('LOCATION')} locations`);
});
