// Real-shaped credentials for every secret rule, from a seeded generator (nothing credential-shaped is
// committed), set in the places ML people paste them: prose, a JSON config, a .env file, Python code and
// chat records. Beside them, per rule, placeholders in the same places and look-alikes (hashes, git SHAs,
// UUIDs, identifiers) in neutral ones. Formats are the vendors' (as documented and as gitleaks' public
// rules describe them), written here independently of the detectors so that the eval can catch them out.
import type { Format } from '../engine/formats/units';
import { int as between, pick, seeded, type Rng } from '../testing/national-generators';

/** A deterministic generator for a string seed (the national generators' mulberry32, seeded by a hash of it). */
export function seededRng(seed: string): Rng {
  let h = 1779033703;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 3432918353) ^ (h >>> 13);
  return seeded(h);
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const LETTERS = UPPER + LOWER;
const HEX = '0123456789abcdef';
const URLSAFE = ALNUM + '_-';

const chars = (rng: Rng, n: number, alphabet: string) => Array.from({ length: n }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('');
const b64 = (s: string) => Buffer.from(s, 'latin1').toString('base64');
const uuid = (rng: Rng) => `${chars(rng, 8, HEX)}-${chars(rng, 4, HEX)}-4${chars(rng, 3, HEX)}-${pick(rng, ['8', '9', 'a', 'b'])}${chars(rng, 3, HEX)}-${chars(rng, 12, HEX)}`;
const snowflake = (rng: Rng) => `${between(rng, 1, 9)}${chars(rng, between(rng, 17, 18), DIGITS)}`;

/** A password as people and password managers make them. */
function password(rng: Rng): string {
  if (rng() < 0.5) return chars(rng, between(rng, 12, 24), ALNUM + '!#%&*+-=?@^_~');
  const word = pick(rng, ['Sunflower', 'Tr0ub4dor', 'Kangaroo', 'Marmalade', 'Velvet', 'Harbor', 'Quokka', 'Zephyr', 'Lantern', 'Orchid']);
  return `${word}${chars(rng, between(rng, 2, 4), DIGITS)}${pick(rng, ['!', '#', '$', '%', '&', '*', '?', '@'])}${chars(rng, 2, LETTERS)}`;
}

const CAMEL_WORDS = ['required', 'characteristic', 'types', 'for', 'display', 'metadata', 'tokenizer', 'config', 'loader', 'dataset', 'model', 'embedding', 'batch', 'size', 'learning', 'rate', 'scheduler', 'warmup', 'steps', 'checkpoint'];
/** A camelCase identifier of at least `n` letters (`requiredCharacteristicTypesForDisplay…`). */
function camel(rng: Rng, n: number): string {
  let s = pick(rng, CAMEL_WORDS);
  while (s.length < n) {
    const w = pick(rng, CAMEL_WORDS);
    s += w[0].toUpperCase() + w.slice(1);
  }
  return s.slice(0, n);
}

/** How a rule's credentials look and are named, for the generator. */
export interface SecretSpec {
  rule: string;
  /** The vendor as people write it in prose ("Stripe", "Weights & Biases"). */
  vendor: string;
  /** The environment variable / config key it is usually kept under. */
  env: string;
  /** Only found when named (context-only shapes): prose and chat then name the vendor's key. */
  needsName?: boolean;
  /** A real-shaped credential. */
  token: (rng: Rng) => string;
  /** The part a finding must overlap (default: all of it), e.g. the user:password of a URL. */
  secretPart?: (token: string) => string;
  /** Python code holding it. */
  python?: (token: string) => string;
  /** A sentence and a chat message holding it, when the default ones do not fit the kind. */
  prose?: (token: string) => string;
  chat?: (token: string) => string;
  /** Placeholder and documentation-example forms of the credential. */
  placeholders: (rng: Rng) => string[];
  /** Look-alikes in neutral text (they must stay silent); the whole text, the span being the first `{…}`. */
  lookAlikes?: (rng: Rng) => string[];
}

const prefixed = (prefix: string, n: number, alphabet = ALNUM) => (rng: Rng) => prefix + chars(rng, n, alphabet);

/** Placeholders of a prefixed token: masks, documentation examples, elisions and camelCase identifiers. */
function prefixPlaceholders(prefix: string, n: number, alphabet = ALNUM): (rng: Rng) => string[] {
  return (rng) => [
    prefix + 'x'.repeat(n),
    prefix + chars(rng, n - 7, alphabet) + 'EXAMPLE',
    prefix + '...',
    prefix + '*'.repeat(n),
    alphabet === ALNUM || alphabet === LETTERS || alphabet === URLSAFE ? prefix + camel(rng, n) : prefix + '0'.repeat(n),
  ];
}

function namedPlaceholders(spec: { env: string; vendor: string }): string[] {
  const v = spec.vendor.toLowerCase().replace(/[^a-z]+/g, '_');
  return [`<your-${v.replace(/_/g, '-')}-key>`, `\${${spec.env}}`, `your_${v}_api_key_here`, 'sk-...', 'EXAMPLE'];
}

/** What stands in for any credential in docs and templates. */
function referencePlaceholders(spec: SecretSpec): string[] {
  const v = spec.vendor.toLowerCase().replace(/[^a-z]+/g, '-');
  return [`<${spec.env}>`, `$${spec.env}`, `{{ ${spec.env.toLowerCase()} }}`, `%${spec.env}%`, `your-${v}-key`, 'REDACTED', '****************'];
}

const SHA1 = (rng: Rng) => chars(rng, 40, HEX);
const GENERIC_LOOKALIKES = (rng: Rng) => [
  `Merged in commit {${SHA1(rng)}} after review.`,
  `checksum sha256:{${chars(rng, 64, HEX)}} model.safetensors`,
  `request_id: {${uuid(rng)}}`,
  `{${chars(rng, 32, HEX)}}  pytorch_model.bin`,
];

export const SECRET_SPECS: readonly SecretSpec[] = [
  { rule: 'secret/huggingface', vendor: 'Hugging Face', env: 'HF_TOKEN', token: prefixed('hf_', 34, LETTERS), placeholders: prefixPlaceholders('hf_', 34, LETTERS),
    python: (t) => `from huggingface_hub import login\nlogin(token="${t}")`,
    lookAlikes: (rng) => [`cfg = {hf_${camel(rng, 45)}}(model)`, `from utils import {hf_${camel(rng, 38)}}`] },
  { rule: 'secret/huggingface-org', vendor: 'Hugging Face org', env: 'HF_ORG_TOKEN', token: prefixed('api_org_', 34, LETTERS), placeholders: prefixPlaceholders('api_org_', 34, LETTERS) },
  { rule: 'secret/openai', vendor: 'OpenAI', env: 'OPENAI_API_KEY',
    token: (rng) => {
      const kind = pick(rng, ['proj', 'admin', 'svcacct', 'legacy']);
      if (kind === 'legacy') return `sk-${chars(rng, 20, ALNUM)}T3BlbkFJ${chars(rng, 20, ALNUM)}`;
      const n = pick(rng, [58, 74]);
      return `sk-${kind}-${chars(rng, n, URLSAFE)}T3BlbkFJ${chars(rng, n, URLSAFE)}`;
    },
    python: (t) => `from openai import OpenAI\nclient = OpenAI(api_key="${t}")`,
    placeholders: (rng) => ['sk-proj-' + 'x'.repeat(40), 'sk-...', `sk-your-openai-api-key-here`, `sk-proj-${chars(rng, 20, ALNUM)}EXAMPLE`, 'sk-' + '*'.repeat(48)],
    lookAlikes: () => ['pip install {sk-learn-compatible-estimators}'] },
  { rule: 'secret/anthropic', vendor: 'Anthropic', env: 'ANTHROPIC_API_KEY',
    token: (rng) => `sk-ant-${pick(rng, ['api03', 'admin01'])}-${chars(rng, 93, URLSAFE)}AA`,
    python: (t) => `import anthropic\nclient = anthropic.Anthropic(api_key="${t}")`,
    placeholders: (rng) => ['sk-ant-api03-' + 'x'.repeat(95), 'sk-ant-...', `sk-ant-admin01-${chars(rng, 80, ALNUM)}EXAMPLE`, 'sk-ant-your-key-here-' + 'x'.repeat(20), 'sk-ant-' + '*'.repeat(40)] },
  { rule: 'secret/slack', vendor: 'Slack', env: 'SLACK_BOT_TOKEN',
    token: (rng) => pick(rng, [
      () => `xoxb-${chars(rng, 12, DIGITS)}-${chars(rng, 13, DIGITS)}-${chars(rng, 24, ALNUM)}`,
      () => `xoxe.xoxp-1-${chars(rng, 164, UPPER + DIGITS)}`,
      () => `xoxe-1-${chars(rng, 146, UPPER + DIGITS)}`,
      () => `https://hooks.slack.com/services/T${chars(rng, 10, UPPER + DIGITS)}/B${chars(rng, 10, UPPER + DIGITS)}/${chars(rng, 24, ALNUM)}`,
    ])(),
    placeholders: () => ['xoxb-' + 'x'.repeat(50), 'xoxe-1-' + 'X'.repeat(146), 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'xoxb-...', 'xoxp-your-token-here'] },
  { rule: 'secret/stripe', vendor: 'Stripe', env: 'STRIPE_SECRET_KEY',
    token: (rng) => `${pick(rng, ['sk', 'rk'])}_${pick(rng, ['live', 'test'])}_${rng() < 0.5 ? chars(rng, 24, ALNUM) : '51' + chars(rng, 97, ALNUM)}`,
    python: (t) => `import stripe\nstripe.api_key = "${t}"`,
    placeholders: prefixPlaceholders('sk_live_', 24),
    lookAlikes: (rng) => ['def {sk_test_helpersForPaymentsModule}():', `the publishable key {pk_live_51${chars(rng, 97, ALNUM)}} is public`] },
  { rule: 'secret/azure-ad', vendor: 'Azure', env: 'AZURE_CLIENT_SECRET',
    token: (rng) => `${chars(rng, 3, ALNUM + '_~.')}${between(rng, 0, 9)}Q~${chars(rng, 34, ALNUM + '_~.-')}`,
    placeholders: (rng) => [`abc8Q~${'x'.repeat(34)}`, `${chars(rng, 3, ALNUM)}8Q~EXAMPLE${chars(rng, 27, ALNUM)}`, 'xxx8Q~...', `your8Q~${'*'.repeat(34)}`, '<azure-client-secret>'] },
  { rule: 'secret/aws-bedrock', vendor: 'Bedrock', env: 'AWS_BEARER_TOKEN_BEDROCK',
    token: (rng) => rng() < 0.5
      ? `ABSK${b64(`BedrockAPIKey-${chars(rng, 4, LOWER + DIGITS)}-at-${chars(rng, 12, DIGITS)}:${chars(rng, 60, ALNUM + '+/')}`)}`
      : `bedrock-api-key-${b64(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${chars(rng, 16, UPPER + '234567')}%2F20250708%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20250708T120000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${encodeURIComponent(chars(rng, 300, ALNUM + '+/'))}&X-Amz-Signature=${chars(rng, 64, HEX)}&Version=1`)}`,
    placeholders: () => [`ABSK${b64('BedrockAPIKey-xxxx-at-000000000000:' + 'x'.repeat(60))}`, 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t...', 'ABSK...', '<your-bedrock-api-key>', 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t' + 'x'.repeat(40)] },
  { rule: 'secret/google-oauth', vendor: 'Google OAuth', env: 'GOOGLE_CLIENT_SECRET', token: prefixed('GOCSPX-', 28, URLSAFE), placeholders: prefixPlaceholders('GOCSPX-', 28, URLSAFE) },
  { rule: 'secret/wandb', vendor: 'wandb', env: 'WANDB_API_KEY', needsName: true, token: (rng) => chars(rng, 40, HEX),
    python: (t) => `import wandb\nwandb.login(key="${t}")`,
    placeholders: () => ['x'.repeat(40), '0'.repeat(40), ...namedPlaceholders({ env: 'WANDB_API_KEY', vendor: 'wandb' })],
    lookAlikes: (rng) => [`wandb: Synced run at commit {${SHA1(rng)}}`, `wandb sweep id {${SHA1(rng)}} finished`] },
  { rule: 'secret/replicate', vendor: 'Replicate', env: 'REPLICATE_API_TOKEN', token: prefixed('r8_', 37), placeholders: prefixPlaceholders('r8_', 37) },
  { rule: 'secret/groq', vendor: 'Groq', env: 'GROQ_API_KEY', token: prefixed('gsk_', 52), placeholders: prefixPlaceholders('gsk_', 52),
    python: (t) => `from groq import Groq\nclient = Groq(api_key="${t}")` },
  { rule: 'secret/cohere', vendor: 'Cohere', env: 'COHERE_API_KEY', needsName: true, token: (rng) => chars(rng, 40, ALNUM),
    python: (t) => `import cohere\nco = cohere.ClientV2(api_key="${t}")`,
    placeholders: () => ['x'.repeat(40), ...namedPlaceholders({ env: 'COHERE_API_KEY', vendor: 'cohere' })],
    lookAlikes: (rng) => [`cohere embed-v3 weights sha1 {${SHA1(rng)}}`, `Compared against Cohere: run {${uuid(rng)}}`] },
  { rule: 'secret/mistral', vendor: 'Mistral', env: 'MISTRAL_API_KEY', needsName: true, token: (rng) => chars(rng, 32, ALNUM),
    python: (t) => `from mistralai import Mistral\nclient = Mistral(api_key="${t}")`,
    placeholders: () => ['x'.repeat(32), ...namedPlaceholders({ env: 'MISTRAL_API_KEY', vendor: 'mistral' })],
    lookAlikes: (rng) => [`mistral-7b-v0.1 md5 {${chars(rng, 32, HEX)}}`, `Mistral fine-tune job {${chars(rng, 32, HEX)}} done`] },
  { rule: 'secret/together', vendor: 'Together', env: 'TOGETHER_API_KEY', needsName: true,
    token: (rng) => (rng() < 0.5 ? chars(rng, 64, HEX) : `tgp_v1_${chars(rng, 43, URLSAFE)}`),
    python: (t) => `from together import Together\nclient = Together(api_key="${t}")`,
    placeholders: () => ['x'.repeat(64), 'tgp_v1_' + 'x'.repeat(43), ...namedPlaceholders({ env: 'TOGETHER_API_KEY', vendor: 'together' })],
    lookAlikes: (rng) => [`We trained it together; checkpoint sha256 {${chars(rng, 64, HEX)}}`] },
  { rule: 'secret/pinecone', vendor: 'Pinecone', env: 'PINECONE_API_KEY', needsName: true,
    token: (rng) => (rng() < 0.5 ? uuid(rng) : `pcsk_${chars(rng, 5, ALNUM)}_${chars(rng, 63, ALNUM)}`),
    python: (t) => `from pinecone import Pinecone\npc = Pinecone(api_key="${t}")`,
    placeholders: () => ['00000000-0000-0000-0000-000000000000', 'pcsk_xxxxx_' + 'x'.repeat(63), ...namedPlaceholders({ env: 'PINECONE_API_KEY', vendor: 'pinecone' })],
    lookAlikes: (rng) => [`pinecone index host id {${uuid(rng)}}`, `upserted to Pinecone, batch {${uuid(rng)}}`] },
  { rule: 'secret/databricks', vendor: 'Databricks', env: 'DATABRICKS_TOKEN', token: (rng) => `dapi${chars(rng, 32, HEX)}${rng() < 0.3 ? '-2' : ''}`,
    placeholders: () => ['dapi' + 'x'.repeat(32), 'dapi' + '0'.repeat(32), 'dapi...', 'dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', '<databricks-token>'] },
  { rule: 'secret/npm', vendor: 'npm', env: 'NPM_TOKEN', token: prefixed('npm_', 36), placeholders: prefixPlaceholders('npm_', 36),
    lookAlikes: () => ['echo $npm_config_cache {npm_package_versionNumberForTheBuild}', 'process.env.{npm_lifecycle_event}'] },
  { rule: 'secret/pypi', vendor: 'PyPI', env: 'TWINE_PASSWORD', token: (rng) => `pypi-AgEIcHlwaS5vcmc${chars(rng, between(rng, 100, 180), URLSAFE)}`,
    placeholders: () => ['pypi-AgEIcHlwaS5vcmc' + 'x'.repeat(60), 'pypi-...', 'pypi-AgEIcHlwaS5vcmc...', '<your-pypi-token>', 'pypi-your-token-here'] },
  { rule: 'secret/sendgrid', vendor: 'SendGrid', env: 'SENDGRID_API_KEY', token: (rng) => `SG.${chars(rng, 22, URLSAFE)}.${chars(rng, 43, URLSAFE)}`,
    placeholders: () => [`SG.${'x'.repeat(22)}.${'x'.repeat(43)}`, 'SG.xxxxx', 'SG....', `SG.EXAMPLE${'a1'.repeat(6)}.${'b2'.repeat(21)}c`, '<sendgrid-api-key>'] },
  { rule: 'secret/twilio', vendor: 'Twilio', env: 'TWILIO_AUTH_TOKEN', token: (rng) => (rng() < 0.5 ? `SK${chars(rng, 32, HEX)}` : chars(rng, 32, HEX)),
    needsName: true,
    placeholders: () => ['SK' + 'x'.repeat(32), 'x'.repeat(32), 'SK' + '0'.repeat(32), ...namedPlaceholders({ env: 'TWILIO_AUTH_TOKEN', vendor: 'twilio' })],
    lookAlikes: (rng) => [`twilio message sid SM{${chars(rng, 32, HEX)}} delivered`, `twilio account AC{${chars(rng, 32, HEX)}}`] },
  { rule: 'secret/shopify', vendor: 'Shopify', env: 'SHOPIFY_ACCESS_TOKEN', token: (rng) => `${pick(rng, ['shpat_', 'shpca_', 'shppa_', 'shpss_'])}${chars(rng, 32, HEX)}`,
    placeholders: () => ['shpat_' + 'x'.repeat(32), 'shpat_' + '0'.repeat(32), 'shpat_...', 'shpss_' + 'a'.repeat(32), '<shopify-token>'] },
  { rule: 'secret/digitalocean', vendor: 'DigitalOcean', env: 'DIGITALOCEAN_TOKEN', token: (rng) => `${pick(rng, ['dop', 'doo', 'dor'])}_v1_${chars(rng, 64, HEX)}`,
    placeholders: () => ['dop_v1_' + 'x'.repeat(64), 'dop_v1_' + '0'.repeat(64), 'dop_v1_...', '<do-token>', 'dop_v1_' + 'f'.repeat(64)] },
  { rule: 'secret/discord', vendor: 'Discord bot', env: 'DISCORD_TOKEN', needsName: true,
    token: (rng) => (rng() < 0.6
      ? `${Buffer.from(snowflake(rng)).toString('base64url')}.${chars(rng, 6, URLSAFE)}.${chars(rng, pick(rng, [27, 38]), URLSAFE)}`
      : `https://discord.com/api/webhooks/${snowflake(rng)}/${chars(rng, 68, URLSAFE)}`),
    python: (t) => (t.startsWith('https') ? `requests.post("${t}", json={"content": "done"})` : `bot = commands.Bot(command_prefix="!")\nbot.run("${t}")`),
    placeholders: () => [`MTIzNDU2Nzg5MDEyMzQ1Njc4.${'x'.repeat(6)}.${'x'.repeat(38)}`, `https://discord.com/api/webhooks/123456789012345678/${'x'.repeat(68)}`, ...namedPlaceholders({ env: 'DISCORD_TOKEN', vendor: 'discord' })],
    lookAlikes: (rng) => [`discord bot avatar {${chars(rng, 24, LETTERS)}.${chars(rng, 6, LETTERS)}.${chars(rng, 30, LETTERS)}}`] },
  { rule: 'secret/telegram', vendor: 'Telegram bot', env: 'TELEGRAM_BOT_TOKEN', token: (rng) => `${between(rng, 1, 9)}${chars(rng, between(rng, 8, 9), DIGITS)}:AA${chars(rng, 33, URLSAFE)}`,
    placeholders: () => ['123456789:AA' + 'x'.repeat(33), '123456789:ABC-DEF1234ghIkl-zyx57W2v1u123ew11', '<telegram-bot-token>', '123456789:AA...', 'your_telegram_bot_token_here'] },
  { rule: 'secret/mailchimp', vendor: 'Mailchimp', env: 'MAILCHIMP_API_KEY', token: (rng) => `${chars(rng, 32, HEX)}-us${between(rng, 1, 21)}`,
    placeholders: () => ['x'.repeat(32) + '-us1', '0'.repeat(32) + '-us6', '<mailchimp-api-key>', 'your_mailchimp_api_key-us1', '...-us21'],
    lookAlikes: (rng) => [`md5 {${chars(rng, 32, HEX)}} -use it to verify`] },
  { rule: 'secret/database-url', vendor: 'database', env: 'DATABASE_URL',
    token: (rng) => {
      const scheme = pick(rng, ['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqps']);
      return `${scheme}://${pick(rng, ['app', 'svc_train', 'admin', 'etl'])}:${chars(rng, between(rng, 12, 24), ALNUM)}@${pick(rng, ['db', 'pg-main', 'cluster0'])}.${chars(rng, 6, LOWER)}.internal:${between(rng, 3000, 9999)}/${pick(rng, ['prod', 'features', 'labels'])}`;
    },
    secretPart: (t) => t.slice(t.indexOf('://') + 3, t.lastIndexOf('@')),
    placeholders: () => ['postgres://user:<password>@db.acme.internal:5432/prod', 'postgres://user:${DB_PASSWORD}@db.acme.internal/prod', 'postgres://postgres:postgres@localhost:5432/dev', 'mysql://root:changeme@db.acme.internal:3306/app', 'postgres://user:xxxxxxxx@db.acme.internal/prod'],
    lookAlikes: () => ['connect to {postgres://analytics@db.acme.internal:5432/prod} read-only', 'see {https://docs.acme.dev/postgres://guide}'] },
  { rule: 'secret/password-assignment', vendor: 'database', env: 'DB_PASSWORD', token: password,
    python: (t) => `conn = psycopg2.connect(host="db", user="etl")\npassword = "${t}"`,
    placeholders: () => ['xxxxxxxx', 'changeme', '<your-password>', '${DB_PASSWORD}', 'your_password_here', '********', 'EXAMPLE', 'password123'],
    prose: (v) => `The staging database password: ${v} (rotated every Friday).`,
    chat: (v) => `db password: ${v} but the login still fails, why?`,
    lookAlikes: () => ['password = {getpass()}', 'api_key={os.environ["OPENAI_API_KEY"]}', 'token = {args.access_token}', 'password_hint = {"first pet"}', '"pad_token": "{<pad>}"', 'secret: {str} = ""', 'self.api_key = {api_key}', 'password = {input("Password: ")}', '"token_count": {12345678}'] },
];

export interface EvalCase {
  rule: string;
  /** Where it was written: prose, json, env, python, chat. */
  place: string;
  text: string;
  format: Format;
  /** The span a finding must overlap (a secret), or must not overlap (a placeholder or look-alike). */
  start: number;
  end: number;
}

type Place = (spec: SecretSpec, value: string) => { text: string; format: Format };

const PLACES: Record<string, Place> = {
  prose: (s, v) => ({ text: s.prose ? s.prose(v) : s.needsName ? `Here is the ${s.vendor} API key I used yesterday: ${v} — please rotate it.` : `Here is the key I used yesterday: ${v} — please rotate it.`, format: 'text' }),
  json: (s, v) => ({ text: `{"${s.env.toLowerCase()}": ${JSON.stringify(v)}, "model": "llama-3-8b"}\n`, format: 'jsonl' }),
  env: (s, v) => ({ text: `# local settings\n${s.env}=${v}\nDEBUG=false\n`, format: 'text' }),
  python: (s, v) => ({ text: (s.python ?? ((t: string) => `import os\nos.environ["${s.env}"] = "${t}"`))(v) + '\n', format: 'text' }),
  // A README section longer than the engine's whole-text limit, the value in a fenced block.
  markdown: (s, v) => ({
    text: `## Setup\n\nExport your credentials before the first run (the old ones were rotated last week after the incident; see the wiki for who to contact and what changed).\n\n\`\`\`bash\nexport ${s.env}=${s.rule === 'secret/database-url' || !/[\s"'$]/.test(v) ? v : `'${v}'`}\n\`\`\`\n`,
    format: 'markdown',
  }),
  // Lower case, as people type in chat, and a full stop right after the value.
  sentence: (s, v) => ({ text: s.chat ? s.chat(v) : `fyi the ${s.vendor.toLowerCase()} key is ${v}.`, format: 'text' }),
  chat: (s, v) => ({
    text: JSON.stringify({ messages: [{ role: 'user', content: s.chat ? s.chat(v) : s.needsName ? `my ${s.vendor} token is ${v} and the call still fails, why?` : `it still fails with ${v} — what am I doing wrong?` }, { role: 'assistant', content: 'Please revoke that key first.' }] }) + '\n',
    format: 'jsonl',
  }),
};

/** Where `part` of `value` ended up in `text` (JSON escapes none of the generated characters, except in chat `"`). */
function locate(text: string, value: string, part: string): [number, number] {
  const at = text.indexOf(value);
  const inner = at < 0 ? -1 : text.indexOf(part, at);
  if (inner < 0) throw new Error('generated value not found in its surroundings');
  return [inner, inner + part.length];
}

function inPlaces(spec: SecretSpec, value: string, part: string): EvalCase[] {
  return Object.entries(PLACES).map(([place, make]) => {
    const { text, format } = make(spec, value);
    const [start, end] = locate(text, value, part);
    return { rule: spec.rule, place, text, format, start, end };
  });
}

/** Per rule: `count` generated credentials in every place. */
export function secretCases(seed: string, count = 40, specs: readonly SecretSpec[] = SECRET_SPECS): EvalCase[] {
  const out: EvalCase[] = [];
  for (const spec of specs) {
    const rng = seededRng(`${seed}:${spec.rule}`);
    for (let i = 0; i < count; i++) {
      const token = spec.token(rng);
      out.push(...inPlaces(spec, token, spec.secretPart ? spec.secretPart(token) : token));
    }
  }
  return out;
}

/** Per rule: its placeholders in every place, and its look-alikes (plus hashes, SHAs and UUIDs) in neutral text. */
export function decoyCases(seed: string, specs: readonly SecretSpec[] = SECRET_SPECS): { placeholders: EvalCase[]; lookAlikes: EvalCase[] } {
  const placeholders: EvalCase[] = [];
  const lookAlikes: EvalCase[] = [];
  for (const spec of specs) {
    const rng = seededRng(`${seed}:decoy:${spec.rule}`);
    for (const p of [...spec.placeholders(rng), ...referencePlaceholders(spec)]) placeholders.push(...inPlaces(spec, p, p));
    for (const raw of [...(spec.lookAlikes?.(rng) ?? []), ...GENERIC_LOOKALIKES(rng)]) {
      const open = raw.indexOf('{');
      const close = raw.indexOf('}', open);
      const text = raw.slice(0, open) + raw.slice(open + 1, close) + raw.slice(close + 1);
      lookAlikes.push({ rule: spec.rule, place: 'neutral', text, format: 'text', start: open, end: close - 1 });
    }
  }
  return { placeholders, lookAlikes };
}
