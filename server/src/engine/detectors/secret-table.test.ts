import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SECRET_KINDS, assignedSecret } from './secret-table';
import { DIGIT_ROW_TOKEN, secretKindDetector } from './secret-kind';
import { secretDetectors } from './secrets';
import { huggingface } from './huggingface';
import { fakeBody } from '../../testing/fake-tokens';
import { matches, scored } from '../../testing/detectors';
import { createScanner, scanText } from '../index';
import { DEFAULT_SETTINGS } from '../settings';
import { requiredLiterals } from '../needles';
import { applyEdits, redactionEdits } from '../redact';
import { decoyCases, secretCases, SECRET_SPECS } from '../../eval/secret-tokens';
import { engineScan } from '../../eval/secrets';

const scan = engineScan();
const byId = new Map(SECRET_KINDS.map((k) => [k.id, secretKindDetector(k)]));
const detector = (id: string) => byId.get(id)!;
const HEX = '0123456789abcdef';
const overlaps = (f: { start: number; end: number }, c: { start: number; end: number }) => f.start < c.end && c.start < f.end;
/** SECRET findings at the default threshold, as the values they cover. */
const secretsIn = (text: string, format: 'text' | 'jsonl' = 'text') =>
  scanText(text, format).findings.filter((f) => f.entity === 'SECRET').map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);

// One test per row: credentials of the row's format, generated (seed "unit", neither the eval's training
// nor its report seed) in prose, JSON, .env, Python and chat, are found by that rule; its placeholders are not.
for (const kind of SECRET_KINDS) {
  test(`${kind.id}: generated credentials found in every place, placeholders silent`, () => {
    const spec = SECRET_SPECS.filter((s) => s.rule === kind.id);
    assert.equal(spec.length, 1, `the eval generator has a spec for ${kind.id}`);
    for (const c of secretCases('unit', 6, spec)) {
      assert.ok(scan(c).some((f) => f.rule === kind.id && overlaps(f, c) && f.confidence >= 0.5), `${kind.id} missed in ${c.place}`);
    }
    const { placeholders, lookAlikes } = decoyCases('unit', spec);
    for (const c of [...placeholders, ...lookAlikes]) {
      assert.ok(!scan(c).some((f) => f.entity === 'SECRET' && overlaps(f, c)), `${kind.id}: a placeholder or look-alike flagged in ${c.place}`);
    }
  });
}

test('secret table: every row has a unique id, a global pattern, and a trigger the needle gate can use (or digits)', () => {
  assert.equal(new Set(SECRET_KINDS.map((k) => k.id)).size, SECRET_KINDS.length);
  for (const k of SECRET_KINDS) {
    assert.ok(k.id.startsWith('secret/'), k.id);
    assert.ok(k.pattern.global, `${k.id} pattern is global`);
    if (!k.digits) assert.ok(requiredLiterals(k.trigger), `${k.id}: the trigger has literals for the needle gate (case-sensitive, no groups)`);
  }
});

test('secret table: the rows of scope "digits" run as one detector whose findings name each row', () => {
  const fused = secretDetectors.find((d) => d.parts?.length)!;
  assert.deepEqual(fused.parts!.map((d) => d.id), SECRET_KINDS.filter((k) => k.digits).map((k) => k.id));
  const cohere = fakeBody(40, 'fused-cohere');
  const wandb = fakeBody(40, 'fused-wandb', HEX);
  const text = `COHERE_API_KEY=${cohere}\nWANDB_API_KEY=${wandb}`;
  assert.deepEqual(scored(fused, text).map((c) => [c.rule, c.value, c.score >= 0.5]), [['secret/cohere', cohere, true], ['secret/wandb', wandb, true]]);
  assert.deepEqual(scanText(text, 'text').findings.map((f) => f.rule), ['secret/cohere', 'secret/wandb']);
});

test('secret table: every credential of a row of scope "digits" is found with and without the token-length filter alike (minTokenRun)', () => {
  const fused = secretDetectors.find((d) => d.parts?.length)!;
  assert.equal(fused.minTokenRun, DIGIT_ROW_TOKEN);
  const settings = { ...DEFAULT_SETTINGS, minConfidence: 0 };
  const filtered = createScanner(settings, { detectors: [fused] });
  const unfiltered = createScanner(settings, { detectors: [{ ...fused, minTokenRun: undefined }] });
  const specs = SECRET_SPECS.filter((s) => SECRET_KINDS.some((k) => k.digits && k.id === s.rule));
  const cases = [...secretCases('token-run', 12, specs), ...Object.values(decoyCases('token-run', specs)).flat()];
  assert.ok(cases.length > 100);
  for (const c of cases) {
    const found = (s: typeof filtered) => s.scan(c.text, c.format).findings.map((f) => [f.rule, f.start, f.end, f.confidence]);
    assert.deepEqual(found(filtered), found(unfiltered), `${c.rule} in ${c.place}`);
  }
  // The filter is as long as the shortest token: one more and a Mistral key (32 characters) is lost.
  const longer = createScanner(settings, { detectors: [{ ...fused, minTokenRun: DIGIT_ROW_TOKEN + 1 }] });
  const mistral = secretCases('token-run', 1, SECRET_SPECS.filter((s) => s.rule === 'secret/mistral'))[0];
  assert.ok(filtered.scan(mistral.text, mistral.format).findings.length > 0 && longer.scan(mistral.text, mistral.format).findings.length === 0);
});

test('secret table: hf_ followed by a camelCase identifier is not a token', () => {
  assert.deepEqual(matches(huggingface, 'hf_requiredCharacteristicTypesForDisplayMetadata', 0.5), []);
  assert.deepEqual(matches(huggingface, 'HF_TOKEN = hf_requiredCharacteristicTypesForDisplayMetadata', 0.5), []);
  assert.deepEqual(secretsIn('x = hf_requiredCharacteristicTypesForDisplayMetadata(cfg)'), []);
  const real = `hf_${fakeBody(34, 'hf-real', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}`;
  assert.deepEqual(matches(huggingface, real, 0.9), [real]);
});

test('secret table: placeholders stay below the default threshold wherever they are written', () => {
  const placeholders = ['xxxxxxxxxxxxxxxxxxxxxxxx', 'sk_live_EXAMPLEKEY12345678901234', '<your-key>', '${OPENAI_API_KEY}', 'your_api_key_here', 'sk-...', 'EXAMPLE', `gsk_${'x'.repeat(52)}`, `api_org_${'x'.repeat(34)}`];
  for (const p of placeholders) {
    for (const text of [`API_KEY=${p}`, `password = "${p}"`, `client_secret: ${p}`, `Use ${p} here.`]) assert.deepEqual(secretsIn(text), [], text);
    assert.deepEqual(secretsIn(JSON.stringify({ api_key: p }) + '\n', 'jsonl'), [], p);
  }
});

test('secret table: code that assigns something else is not a secret', () => {
  for (const code of ['password = getpass()', 'api_key=os.environ["X"]', 'api_key = os.getenv("OPENAI_API_KEY")', 'token = args.access_token', 'self.api_key = api_key',
    'password = input("Password: ")', 'secret: str = ""', 'private_key: ed25519.Ed25519PrivateKey', 'password_hint = "first pet"', '"pad_token": "<pad>"',
    'export PASSWORD=$DB_PASSWORD', 'SECRET_KEY={{ secret_key }}', 'access_token = "%ACCESS_TOKEN%"', 'API_KEY=/run/secrets/api_key', 'count: 12345678']) {
    assert.deepEqual(secretsIn(code), [], code);
  }
});

test('secret table: an assigned value is judged by its randomness', () => {
  assert.equal(assignedSecret('Xk9#mP2$vLq8')?.score, 0.8);
  assert.equal(assignedSecret('Summer2024!')?.score, 0.6);
  assert.ok((assignedSecret('aaaa1111') ?? { score: 0 }).score < 0.5);
  assert.equal(assignedSecret('password123'), undefined, 'a word with digits reads as a name');
  assert.deepEqual(secretsIn('password = "Xk9#mP2$vLq8"'), ['secret/password-assignment Xk9#mP2$vLq8']);
  assert.deepEqual(secretsIn('DB_PASSWORD=Xk9#mP2$vLq8\n'), ['secret/password-assignment Xk9#mP2$vLq8']);
  assert.deepEqual(secretsIn('{"db_password": "Xk9#mP2$vLq8"}\n', 'jsonl'), ['secret/password-assignment Xk9#mP2$vLq8']);
  // A URL's query parameter is left to pii/url, which knows documentation hosts.
  assert.deepEqual(secretsIn('https://example.com/cb?access_token=2YotnFZFEjr1zCsicMWpAA'), []);
});

test('secret table: hashes, git SHAs and UUIDs stay silent, also near a vendor word that names no key', () => {
  const sha1 = fakeBody(40, 'sha1', HEX);
  const sha256 = fakeBody(64, 'sha256', HEX);
  const md5 = fakeBody(32, 'md5', HEX);
  const id = `${fakeBody(8, 'u1', HEX)}-${fakeBody(4, 'u2', HEX)}-4${fakeBody(3, 'u3', HEX)}-a${fakeBody(3, 'u4', HEX)}-${fakeBody(12, 'u5', HEX)}`;
  for (const text of [`commit ${sha1}`, `wandb: synced run, commit ${sha1}`, `we trained together, sha256 ${sha256}`, `pinecone index ${id}`, `mistral-7b md5 ${md5}`,
    `cohere embed checksum ${sha1}`, `twilio message SM${md5}`, `request ${id}`, `${md5}-used`]) {
    assert.deepEqual(secretsIn(text), [], text);
  }
});

test('secret table: context-only shapes count when their name is just before them or is their key', () => {
  const cohere = fakeBody(40, 'cohere');
  assert.deepEqual(matches(detector('secret/cohere'), `COHERE_API_KEY=${cohere}`, 0.5), [cohere]);
  assert.deepEqual(matches(detector('secret/cohere'), `co = cohere.Client("${cohere}")`, 0.5), [cohere]);
  assert.deepEqual(matches(detector('secret/cohere'), `checksum ${cohere}`), []);
  assert.deepEqual(matches(detector('secret/cohere'), cohere, 0.5, { key: 'cohere_api_key' }), [cohere]);
  const wandb = fakeBody(40, 'wandb', HEX);
  assert.deepEqual(matches(detector('secret/wandb'), `!wandb login ${wandb}`, 0.5), [wandb]);
  assert.deepEqual(matches(detector('secret/wandb'), `wandb run at commit ${wandb}`), []);
  // In a long text (windows around digits), a name right before the value still counts.
  const long = `${'Notes from the call, nothing secret here. '.repeat(8)}COHERE_API_KEY=${cohere} ${'More notes follow. '.repeat(6)}`;
  assert.deepEqual(secretsIn(long), [`secret/cohere ${cohere}`]);
  // The name must come within the window before the value, not far away.
  assert.deepEqual(matches(detector('secret/mistral'), `MISTRAL_API_KEY is set elsewhere. ${'Unrelated words here. '.repeat(4)}${fakeBody(32, 'm')}`), []);
});

test('secret table: Stripe test keys are credentials too, scored a little lower than live ones', () => {
  const body = fakeBody(24, 'stripe');
  assert.equal(scored(detector('secret/stripe'), `sk_live_${body}`)[0].score, 0.95);
  assert.equal(scored(detector('secret/stripe'), `rk_test_${body}`)[0].score, 0.85);
  assert.deepEqual(matches(detector('secret/stripe'), 'def sk_test_helpers_for_payments(): pass'), []);
});

test('secret table: Bedrock keys and Discord bot tokens are confirmed by decoding them', () => {
  const bedrock = detector('secret/aws-bedrock');
  const long = `ABSK${Buffer.from(`BedrockAPIKey-ab12-at-123456789012:${fakeBody(60, 'bedrock')}`).toString('base64')}`;
  assert.deepEqual(matches(bedrock, long, 0.9), [long]);
  const notAKey = `ABSKQmVkcm9ja0FQSUtleS${fakeBody(80, 'nokey')}`;
  assert.ok(scored(bedrock, notAKey).every((c) => c.score < 0.5));
  const discord = detector('secret/discord');
  const bot = `${Buffer.from('123456789012345678').toString('base64url')}.${fakeBody(6, 'd1')}.${fakeBody(38, 'd2')}`;
  assert.deepEqual(matches(discord, `DISCORD_TOKEN=${bot}`, 0.5), [bot]);
  const notAnId = `${fakeBody(24, 'd3', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ').replace(/^./, 'M')}.${fakeBody(6, 'd4')}.${fakeBody(38, 'd5')}`;
  assert.deepEqual(matches(discord, `DISCORD_TOKEN=${notAnId}`), []);
});

test('secret table: a database URL\'s user:password is a SECRET, ahead of pii/url; example hosts are not', () => {
  const text = 'DATABASE_URL=postgres://etl:Vq93kLm2xZp7@db.acme.internal:5432/prod';
  assert.deepEqual(secretsIn(text), ['secret/database-url etl:Vq93kLm2xZp7']);
  assert.deepEqual(scanText(text, 'text').findings.map((f) => f.rule), ['secret/database-url']);
  assert.deepEqual(secretsIn('postgres://postgres:postgres@localhost:5432/dev'), []);
  assert.deepEqual(secretsIn('mysql://root:<password>@db.acme.internal:3306/app'), []);
  assert.deepEqual(secretsIn('postgres://reader@db.acme.internal/prod'), []);
  // Redis puts the password alone: "redis://:password@host".
  assert.deepEqual(secretsIn('REDIS_URL=redis://:Vq93kLm2xZp7@10.1.2.3:6379/0'), ['secret/database-url :Vq93kLm2xZp7']);
});

test('secret table: redaction writes the [SECRET] placeholder', () => {
  const key = `gsk_${fakeBody(52, 'groq')}`;
  const text = `${JSON.stringify({ text: `my key ${key} and db postgres://etl:Vq93kLm2xZp7@db.acme.internal/prod` })}\n`;
  const { findings } = scanText(text, 'jsonl');
  assert.equal(applyEdits(text, redactionEdits(text, findings, findings, 'placeholder')), `${JSON.stringify({ text: 'my key [SECRET] and db postgres://[SECRET]@db.acme.internal/prod' })}\n`);
});

test('secret table: hostile input returns for every row', () => {
  for (const k of SECRET_KINDS) {
    const d = secretKindDetector(k);
    const needle = k.trigger.source.split('|')[0].replace(/\\/g, '').replace(/\[(.).*?\]/g, '$1');
    for (const text of [needle.repeat(20000), `${needle}${'a1'.repeat(40000)}`, `password=${'=a'.repeat(30000)}`, `${'0'.repeat(9)}:A${'-'.repeat(50000)}`]) {
      assert.ok(Array.isArray(d.detect(text, { key: 'api_key' })), k.id);
    }
  }
});
