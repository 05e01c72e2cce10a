// The secret table: one row per credential kind ML people leak (token formats learned from gitleaks'
// public rules and the vendors' docs: prefixes, lengths, alphabets). Vendor-prefixed kinds score high on
// their own; kinds whose shape any hash or id can have (40 hex, 32 alphanumerics, a UUID) need the word
// naming them just before (`COHERE_API_KEY=`, `"wandb_api_key":`, "my mistral key is"), so hashes, git SHAs
// and UUIDs stay silent. Older vendors with their own module (secrets.ts) are not repeated here.
import type { SecretKind, Verdict } from './secret-kind';
import { PLACEHOLDER_SCORE, entropy, mostlyWords, placeholderReason, tokenScore } from './secret-shape';
import { PLACEHOLDER as PLACEHOLDER_CREDENTIAL, RESERVED_HOST } from './url';

const ALNUM_TOKEN_AVOIDS = [
  'The prefix inside a longer word, or a body too short or too long for the format.',
  'Placeholders and documentation examples: bodies containing `EXAMPLE`, `your`, `xxxx`, `****`, `...`, long zero runs or `0123456789`, made of fewer than 8 distinct characters, or reading as a camelCase identifier, score 0.1, so that even a context word (+0.35) leaves them below the threshold.',
];

/** A context-only value: random-looking, or not this kind at all. */
function namedValue(score: number, random: (body: string) => boolean): (value: string, body: string) => Verdict {
  return (_value, body) => {
    const fake = placeholderReason(body);
    if (fake) return { score: PLACEHOLDER_SCORE, reasons: [fake] };
    return random(body) ? { score, reasons: ['random key of the vendor\'s length and alphabet'] } : undefined;
  };
}

/** Random alphanumerics mix upper and lower case; hashes, words and ids are in one case. */
const mixedCase = (body: string) => /[A-Z]/.test(body) && /[a-z]/.test(body);

/** 32 or more lower-case hex digits that look random (a hash does too: such rows also need their name). */
const randomHex = (body: string) => /[a-f]/.test(body) && /\d/.test(body) && entropy(body) >= 3;

function base64Text(s: string): string {
  return Buffer.from(s.replace(/%3D/gi, '='), 'base64').toString('latin1');
}

// ── Password and secret assignments ─────────────────────────────────────────────────────────────────
// A name that says "secret" at the end of an identifier (db_password, clientSecret, OPENAI_API_KEY,
// access_token), then =, :, := or =>, then the value, quoted or not.
const SECRET_NAME = String.raw`(?:pass(?:word|wd|phrase)|secret|(?:api|access|secret|private|auth|client|signing|encryption|master)[_.-]?key|apikey|(?:access|auth|api|bearer|refresh|bot|session)[_.-]?token)`;
const VALUE_CHARS = String.raw`[^\s"'\x60,;(){}[\]<>\\]`;

// A secret name's end, then = or : (a quote and spaces between): the gate's needles are then "=" and ":",
// characters prose has few of, rather than the words ("password", "token"), which it has many of.
const NAME_ENDS = ['assword', 'ASSWORD', 'asswd', 'ASSWD', 'assphrase', 'ASSPHRASE', 'ecret', 'ECRET', 'key', 'Key', 'KEY', 'token', 'Token', 'TOKEN'];
const ASSIGNMENT_TRIGGER = new RegExp(NAME_ENDS.flatMap((n) => ['=', ':'].map((op) => `${n}["'\x60]?[ \t]*${op}`)).join('|'));

const ASSIGNED_VALUE = new RegExp(`^${VALUE_CHARS}+$`);
/** `settings.API_KEY`, `ed25519.Ed25519PrivateKey`: an attribute or a type. */
const DOTTED_NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/;

/**
 * An identifier made mostly of words (`r8_checkpointBatchMetadata`, `password123`): long lower-case runs with
 * vowels cover most of it. Random values, and passwords with symbols, are not read this way.
 */
const readsAsWords = (value: string) => /^[\w.-]+$/.test(value) && mostlyWords(value);

/**
 * An assigned value is a secret when it is random enough (entropy), not when it fails to look like a known
 * placeholder: a reference to something else (a variable, `os.environ`, `${VAR}`, a template, a path or a
 * URL) is not a literal secret, and a low-entropy literal (`changeme`, `xxxxxxxx`) is not a real one.
 */
export function assignedSecret(value: string): Verdict {
  if (value.length < 8 || value.length > 200 || !ASSIGNED_VALUE.test(value)) return undefined;
  if (/^\$(?:[{(]|\w+$)|^%\w+%$|^@\w+@$|\$\{|\{\{|\}\}/.test(value)) return undefined; // $VAR, ${VAR}, %VAR%, @VAR@, {{ secret }}
  if (/^(?:\/|~\/|\.\.?\/|[A-Za-z]:\\)|:\/\//.test(value)) return undefined; // a path or a URL
  if (/^[A-Za-z_.-]+$/.test(value) || readsAsWords(value) || DOTTED_NAME.test(value)) return undefined; // a variable's or type's name, not a literal
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(value)).length;
  if (classes < 2) return undefined; // digits only: an id or a count
  const fake = placeholderReason(value);
  if (fake) return { score: PLACEHOLDER_SCORE, reasons: [fake] };
  const h = entropy(value);
  if (h < 3) return { score: 0.3, reasons: ['assigned value with little randomness'] };
  return h >= 3.5 && value.length >= 12
    ? { score: 0.8, reasons: ['random value assigned to a secret name'] }
    : { score: 0.6, reasons: ['value assigned to a secret name'] };
}

function databasePassword(value: string, userinfo: string): Verdict {
  const host = value.slice(value.lastIndexOf('@') + 1);
  let password = userinfo.slice(userinfo.indexOf(':') + 1);
  try {
    password = decodeURIComponent(password);
  } catch {
    // kept as written
  }
  if (PLACEHOLDER_CREDENTIAL.test(password) || password.length < 6 || RESERVED_HOST.test(host) || placeholderReason(password)) {
    return { score: 0.3, reasons: ['example credentials (placeholder, too short, or a reserved host)'] };
  }
  return { score: 0.96, reasons: ['password in a database connection URL'] };
}

export const SECRET_KINDS: readonly SecretKind[] = [
  {
    id: 'secret/huggingface-org', label: 'Hugging Face organization token', tags: ['secret', 'ml'],
    description: 'A Hugging Face organization API token (api_org_…).',
    trigger: /api_org_/,
    pattern: /(?<![\w-])api_org_([A-Za-z0-9]{34})(?![\w-])/g,
    score: 0.95, contextWords: ['huggingface', 'hugging face', 'hf_token', 'token'],
    docs: { finds: 'Hugging Face organization API tokens: `api_org_` followed by 34 letters and digits.', avoids: ALNUM_TOKEN_AVOIDS },
  },
  {
    id: 'secret/stripe', label: 'Stripe secret key', tags: ['secret', 'payments'],
    description: 'A Stripe secret or restricted API key (sk_live_, sk_test_, rk_live_, rk_test_).',
    trigger: /[sr]k_live_|[sr]k_test_|[sr]k_prod_/,
    pattern: /(?<![\w-])[sr]k_(?:live|test|prod)_([A-Za-z0-9]{20,247})(?![\w-])/g,
    score: 0.95, contextWords: ['stripe', 'stripe_secret_key', 'stripe_api_key', 'api key', 'api_key'],
    check: (value, body) => tokenScore(body, value.includes('_test_') ? 0.85 : 0.95),
    docs: {
      finds: 'Stripe secret keys (`sk_live_…`, `sk_test_…`) and restricted keys (`rk_live_…`, `rk_test_…`), legacy (24 characters) and current (99). Publishable keys (`pk_…`) are public and not reported.',
      scores: [['live or prod key', '0.95'], ['test-mode key (still a credential to your account)', '0.85'], ['placeholder body', '0.1']],
      avoids: ALNUM_TOKEN_AVOIDS,
    },
  },
  {
    id: 'secret/azure-ad', label: 'Azure AD client secret', tags: ['secret', 'cloud'],
    description: 'A Microsoft Entra ID (Azure AD) application client secret (…8Q~…).',
    trigger: /\dQ~/,
    digits: true,
    pattern: /(?<![\w~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![\w~-]|\.[\w~-])/g,
    score: 0.9, contextWords: ['azure', 'client_secret', 'client secret', 'azure_client_secret', 'entra'],
    docs: { finds: 'Microsoft Entra ID (Azure AD) client secrets: three characters, a digit and `Q~`, then 31–34 characters of `A–Z a–z 0–9 _ ~ . -`.', avoids: ALNUM_TOKEN_AVOIDS },
  },
  {
    id: 'secret/aws-bedrock', label: 'AWS Bedrock API key', tags: ['secret', 'cloud', 'ml'],
    description: 'An Amazon Bedrock API key, long-term (ABSK…) or short-term (bedrock-api-key-…).',
    trigger: /ABSKQmVkcm9ja0FQSUtleS|bedrock-api-key-/,
    pattern: /(?<![\w+/-])(?:ABSK(QmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{40,400}={0,2})|bedrock-api-key-(YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/%_-]{20,4000}={0,2}))(?![\w+/=-])/g,
    score: 0.97, contextWords: ['bedrock', 'aws_bearer_token_bedrock', 'api key'],
    check: (value) => {
      const long = value.startsWith('ABSK');
      const decoded = base64Text(long ? value.slice(4) : value.slice('bedrock-api-key-'.length));
      if (!(long ? /^BedrockAPIKey-[\w-]+:/ : /^bedrock\.amazonaws\.com\//).test(decoded)) return { score: PLACEHOLDER_SCORE, reasons: ['Bedrock prefix but the body does not decode as a key'] };
      const fake = placeholderReason(long ? decoded.slice(decoded.indexOf(':') + 1) : decoded.slice(22));
      return fake ? { score: PLACEHOLDER_SCORE, reasons: [fake] } : { score: 0.97, reasons: [long ? 'decodes to a long-term Bedrock API key' : 'decodes to a signed Bedrock request'] };
    },
    docs: {
      finds: 'Amazon Bedrock API keys: long-term keys (`ABSK` + the base64 of `BedrockAPIKey-…:…`) and short-term keys (`bedrock-api-key-` + the base64 of a signed `bedrock.amazonaws.com` request). The body is decoded to confirm it.',
      scores: [['body decodes to a Bedrock key', '0.97'], ['prefix only, body does not decode', '0.1'], ['placeholder body', '0.1']],
      avoids: ['Bodies that do not decode to a Bedrock key.', ...ALNUM_TOKEN_AVOIDS],
    },
  },
  {
    id: 'secret/google-oauth', label: 'Google OAuth client secret', tags: ['secret', 'cloud'],
    description: 'A Google OAuth 2.0 client secret (GOCSPX-…).',
    trigger: /GOCSPX-/,
    pattern: /(?<![\w-])GOCSPX-([A-Za-z0-9_-]{28})(?![\w-])/g,
    score: 0.95, contextWords: ['google', 'client_secret', 'client secret', 'oauth'],
    docs: { finds: 'Google OAuth 2.0 client secrets: `GOCSPX-` followed by 28 characters of `A–Z a–z 0–9 _ -`.', avoids: ALNUM_TOKEN_AVOIDS },
  },
  {
    id: 'secret/wandb', label: 'Weights & Biases API key', tags: ['secret', 'ml'],
    description: 'A Weights & Biases API key (40 hex digits) named by WANDB_API_KEY, wandb login or "wandb key".',
    trigger: /wandb|weights\s*(?:&|and)\s*biases|w&b/i,
    digits: true,
    keyTrigger: /wandb/,
    pattern: /(?<![\w-])([0-9a-f]{40})(?![\w-])/g,
    named: /wandb[\s\S]{0,40}?(?:key|login|token)|(?:weights\s*(?:&|and)\s*biases|w&b)[\s\S]{0,40}?key/i,
    score: 0.9, contextWords: [],
    check: namedValue(0.9, randomHex),
    docs: {
      finds: 'Weights & Biases API keys: 40 lower-case hex digits. Git commit ids and SHA-1 hashes have the same shape, so a key counts only when its name is just before it (within 64 characters): `WANDB_API_KEY=…`, `wandb login …`, `wandb.login(key="…")`, "my W&B key is …", or a JSON key / CSV column such as `wandb_api_key`.',
      scores: [['40 random hex digits named as a W&B key', '0.9'], ['placeholder body', '0.1']],
      avoids: ['Git SHAs and SHA-1 hashes, also next to the word "wandb" (a run\'s commit), unless a key, token or login is named.', ...ALNUM_TOKEN_AVOIDS],
    },
  },
  {
    id: 'secret/replicate', label: 'Replicate API token', tags: ['secret', 'ml'],
    description: 'A Replicate API token (r8_…).',
    trigger: /r8_/,
    pattern: /(?<![\w-])r8_([A-Za-z0-9]{37})(?![\w-])/g,
    score: 0.95, contextWords: ['replicate', 'replicate_api_token', 'api token'],
    docs: { finds: 'Replicate API tokens: `r8_` followed by 37 letters and digits.', avoids: ALNUM_TOKEN_AVOIDS },
  },
  {
    id: 'secret/groq', label: 'Groq API key', tags: ['secret', 'ml'],
    description: 'A Groq API key (gsk_…).',
    trigger: /gsk_/,
    pattern: /(?<![\w-])gsk_([A-Za-z0-9]{52})(?![\w-])/g,
    score: 0.95, contextWords: ['groq', 'groq_api_key', 'api key', 'api_key'],
    docs: { finds: 'Groq API keys: `gsk_` followed by 52 letters and digits.', avoids: ALNUM_TOKEN_AVOIDS },
  },
  {
    id: 'secret/cohere', label: 'Cohere API key', tags: ['secret', 'ml'],
    description: 'A Cohere API key (40 letters and digits) named by COHERE_API_KEY, CO_API_KEY or "cohere key".',
    trigger: /cohere|co_api_key/i,
    digits: true,
    keyTrigger: /cohere|co_api_key/,
    pattern: /(?<![\w-])([A-Za-z0-9]{40})(?![\w-])/g,
    named: /cohere[\s\S]{0,40}?(?:key|token)|cohere\.Client(?:V2)?\(|\bco_api_key/i,
    score: 0.9, contextWords: [],
    check: namedValue(0.9, mixedCase),
    docs: {
      finds: 'Cohere API keys: 40 letters and digits mixing upper and lower case. The shape alone is not distinctive, so a key counts only when its name is just before it (within 64 characters): `COHERE_API_KEY=…`, `CO_API_KEY=…`, `cohere.Client("…")`, "my Cohere key is …", or a JSON key / CSV column naming it.',
      scores: [['40 random alphanumerics named as a Cohere key', '0.9'], ['placeholder body', '0.1']],
      avoids: ['Hashes and words: a key mixes upper and lower case.', 'Any 40-character string without the name just before it.', ...ALNUM_TOKEN_AVOIDS],
    },
  },
  {
    id: 'secret/mistral', label: 'Mistral API key', tags: ['secret', 'ml'],
    description: 'A Mistral AI API key (32 letters and digits) named by MISTRAL_API_KEY or "mistral key".',
    trigger: /mistral/i,
    digits: true,
    keyTrigger: /mistral/,
    pattern: /(?<![\w-])([A-Za-z0-9]{32})(?![\w-])/g,
    named: /mistral[\s\S]{0,40}?(?:key|token)/i,
    score: 0.9, contextWords: [],
    check: namedValue(0.9, mixedCase),
    docs: {
      finds: 'Mistral AI API keys: 32 letters and digits mixing upper and lower case, named just before (within 64 characters): `MISTRAL_API_KEY=…`, `Mistral(api_key="…")`, "my Mistral key is …", or a JSON key / CSV column naming it.',
      scores: [['32 random alphanumerics named as a Mistral key', '0.9'], ['placeholder body', '0.1']],
      avoids: ['MD5 hashes and other hex strings (no upper case), model names.', 'Any 32-character string without the name just before it.', ...ALNUM_TOKEN_AVOIDS],
    },
  },
  {
    id: 'secret/together', label: 'Together AI API key', tags: ['secret', 'ml'],
    description: 'A Together AI API key: tgp_v1_…, or 64 hex digits named by TOGETHER_API_KEY.',
    trigger: /tgp_v1_|together/i,
    digits: true,
    keyTrigger: /together/,
    pattern: /(?<![\w-])(?:tgp_v1_([A-Za-z0-9_-]{43})|([0-9a-f]{64}))(?![\w-])/g,
    named: /together[\s\S]{0,40}?(?:key|token)/i,
    standalone: /^tgp_v1_/,
    score: 0.95, contextWords: ['together', 'together_api_key', 'api key'],
    check: (value, body) => (value.startsWith('tgp_v1_') ? tokenScore(body, 0.95) : namedValue(0.9, randomHex)(value, value)),
    docs: {
      finds: 'Together AI API keys: current keys (`tgp_v1_` + 43 characters), and legacy keys of 64 hex digits. A SHA-256 hash has the legacy shape, so those count only when named just before (within 64 characters): `TOGETHER_API_KEY=…`, "together key: …", or a JSON key / CSV column naming it. The word "together" alone does not name a key.',
      scores: [['`tgp_v1_` key', '0.95'], ['64 random hex digits named as a Together key', '0.9'], ['placeholder body', '0.1']],
      avoids: ['SHA-256 hashes, also after the word "together", unless a key or token is named.', ...ALNUM_TOKEN_AVOIDS],
    },
  },
  {
    id: 'secret/pinecone', label: 'Pinecone API key', tags: ['secret', 'ml'],
    description: 'A Pinecone API key: pcsk_…, or a UUID named by PINECONE_API_KEY.',
    trigger: /pcsk_|pinecone/i,
    digits: true,
    keyTrigger: /pinecone/,
    pattern: /(?<![\w-])(?:pcsk_([A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,90})|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))(?![\w-])/g,
    named: /pinecone[\s\S]{0,40}?(?:key|token)/i,
    standalone: /^pcsk_/,
    score: 0.95, contextWords: ['pinecone', 'pinecone_api_key', 'api key'],
    check: (value, body) => (value.startsWith('pcsk_') ? tokenScore(body, 0.95) : namedValue(0.85, (b) => entropy(b) >= 3)(value, value.replace(/-/g, ''))),
    docs: {
      finds: 'Pinecone API keys: current keys (`pcsk_` + a short id, `_` and the secret) and legacy keys, which are UUIDs. A UUID is any id, so legacy keys count only when named just before (within 64 characters): `PINECONE_API_KEY=…`, `Pinecone(api_key="…")`, or a JSON key / CSV column naming it.',
      scores: [['`pcsk_` key', '0.95'], ['UUID named as a Pinecone key', '0.85'], ['placeholder body', '0.1']],
      avoids: ['UUIDs that are not named as a Pinecone key (index ids, request ids).', ...ALNUM_TOKEN_AVOIDS],
    },
  },
  {
    id: 'secret/databricks', label: 'Databricks token', tags: ['secret', 'ml', 'cloud'],
    description: 'A Databricks personal access token (dapi…).',
    trigger: /dapi/,
    digits: true,
    pattern: /(?<![\w-])dapi([0-9a-f]{32})(?:-\d)?(?![\w-])/g,
    score: 0.9, contextWords: ['databricks', 'databricks_token', 'token'],
    docs: { finds: 'Databricks personal access tokens: `dapi` followed by 32 lower-case hex digits (and an optional `-1`, `-2`…).', avoids: ALNUM_TOKEN_AVOIDS },
  },
  {
    id: 'secret/npm', label: 'npm access token', tags: ['secret', 'code'],
    description: 'An npm access token (npm_…).',
    trigger: /npm_/,
    pattern: /(?<![\w-])npm_([A-Za-z0-9]{36})(?![\w-])/g,
    score: 0.95, contextWords: ['npm', 'npm_token', 'npmrc', '_authtoken', 'token'],
    docs: { finds: 'npm access tokens: `npm_` followed by 36 letters and digits.', avoids: [...ALNUM_TOKEN_AVOIDS, 'npm environment variables such as `npm_config_registry` or `npm_package_version` (underscores, words).'] },
  },
  {
    id: 'secret/pypi', label: 'PyPI upload token', tags: ['secret', 'code'],
    description: 'A PyPI or TestPyPI API token (pypi-AgEIcHlwaS5vcmc…).',
    trigger: /pypi-AgEIcHlwaS5vcmc|pypi-AgENdGVzdC5weXBpLm9yZw/,
    pattern: /(?<![\w-])pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)([A-Za-z0-9_-]{50,1000})(?![\w-])/g,
    score: 0.97, contextWords: ['pypi', 'twine', 'password', 'token'],
    docs: { finds: 'PyPI API tokens: `pypi-` and the macaroon header `AgEIcHlwaS5vcmc` (base64 of "pypi.org"; `AgENdGVzdC5weXBpLm9yZw` for test.pypi.org) followed by 50 or more characters.', avoids: ALNUM_TOKEN_AVOIDS },
  },
  {
    id: 'secret/sendgrid', label: 'SendGrid API key', tags: ['secret', 'email'],
    description: 'A SendGrid API key (SG.….…).',
    trigger: /SG\./,
    pattern: /(?<![\w.-])SG\.([A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![\w-]|\.[\w-])/g,
    score: 0.95, contextWords: ['sendgrid', 'sendgrid_api_key', 'api key', 'api_key'],
    docs: { finds: 'SendGrid API keys: `SG.`, 22 characters, `.`, 43 characters (`A–Z a–z 0–9 _ -`).', avoids: ALNUM_TOKEN_AVOIDS },
  },
  {
    id: 'secret/twilio', label: 'Twilio credential', tags: ['secret', 'chat'],
    description: 'A Twilio API key (SK + 32 hex digits), or an auth token (32 hex digits) named by TWILIO_AUTH_TOKEN.',
    trigger: /SK[0-9a-f]{32}|twilio/i,
    digits: true,
    keyTrigger: /twilio/,
    pattern: /(?<![A-Za-z0-9_-])(?:SK([0-9a-f]{32})|([0-9a-f]{32}))(?![A-Za-z0-9_-])/g,
    named: /twilio[\s\S]{0,40}?(?:token|secret|auth|key)/i,
    standalone: /^SK/,
    score: 0.85, contextWords: ['twilio', 'twilio_api_key', 'api key'],
    check: (value, body) => (value.startsWith('SK') ? tokenScore(body, 0.85) : namedValue(0.9, randomHex)(value, value)),
    docs: {
      finds: 'Twilio API keys (`SK` + 32 hex digits) on their own, and auth tokens (32 hex digits) named just before (within 64 characters): `TWILIO_AUTH_TOKEN=…`, "twilio token: …", or a JSON key / CSV column naming it.',
      scores: [['`SK` + 32 hex digits', '0.85'], ['32 random hex digits named as a Twilio token', '0.9'], ['placeholder body', '0.1']],
      avoids: ['MD5 hashes and other 32-hex strings without the Twilio name just before them.', ...ALNUM_TOKEN_AVOIDS],
    },
  },
  {
    id: 'secret/shopify', label: 'Shopify token', tags: ['secret', 'commerce'],
    description: 'A Shopify access token or shared secret (shpat_, shpca_, shppa_, shpss_).',
    trigger: /shpat_|shpca_|shppa_|shpss_/,
    pattern: /(?<![\w-])shp(?:at|ca|pa|ss)_([a-fA-F0-9]{32})(?![\w-])/g,
    score: 0.95, contextWords: ['shopify', 'access token', 'shared secret'],
    docs: { finds: 'Shopify admin access tokens (`shpat_`), custom app (`shpca_`) and private app (`shppa_`) tokens and shared secrets (`shpss_`): the prefix and 32 hex digits.', avoids: ALNUM_TOKEN_AVOIDS },
  },
  {
    id: 'secret/digitalocean', label: 'DigitalOcean token', tags: ['secret', 'cloud'],
    description: 'A DigitalOcean personal access, OAuth or refresh token (dop_v1_, doo_v1_, dor_v1_).',
    trigger: /do[opr]_v1_/,
    pattern: /(?<![\w-])do[opr]_v1_([a-f0-9]{64})(?![\w-])/g,
    score: 0.95, contextWords: ['digitalocean', 'digitalocean_token', 'do_token', 'token'],
    docs: { finds: 'DigitalOcean personal access tokens (`dop_v1_`), OAuth access tokens (`doo_v1_`) and refresh tokens (`dor_v1_`): the prefix and 64 hex digits.', avoids: ALNUM_TOKEN_AVOIDS },
  },
  {
    id: 'secret/discord', label: 'Discord bot token or webhook', tags: ['secret', 'chat'],
    description: 'A Discord bot token (its first part the base64 of a user id) or a Discord webhook URL.',
    trigger: /discord|bot[ _]?token|\.run\(/i,
    digits: true,
    keyTrigger: /discord|bot.?token/,
    pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/([A-Za-z0-9_-]{60,68})(?![\w-])|(?<![\w.-])[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![\w-]|\.[\w-])/g,
    score: 0.95, contextWords: ['discord', 'discord_token', 'bot token', 'token', 'webhook'],
    check: (value, body) => {
      if (value.startsWith('https://')) return tokenScore(body, 0.95);
      const id = Buffer.from(value.slice(0, value.indexOf('.')), 'base64url').toString('latin1');
      if (!/^\d{17,20}$/.test(id)) return undefined;
      return tokenScore(value.slice(value.indexOf('.') + 1), 0.9);
    },
    docs: {
      finds: 'Discord bot tokens (three dot-separated base64url parts; the first must decode to a 17–20 digit user id) in a text that names Discord or a bot token (`DISCORD_TOKEN=`, `bot.run("…")`, `client.run("…")`), and Discord webhook URLs (`https://discord.com/api/webhooks/<id>/<token>`).',
      scores: [['webhook URL', '0.95'], ['bot token whose first part decodes to a user id', '0.9'], ['placeholder body', '0.1']],
      avoids: ['Dotted base64 strings whose first part is not a user id (JWT-like strings, other tokens).', ...ALNUM_TOKEN_AVOIDS],
    },
  },
  {
    id: 'secret/telegram', label: 'Telegram bot token', tags: ['secret', 'chat'],
    description: 'A Telegram bot token (bot id, colon, 35 characters starting with A).',
    trigger: /\d:A/,
    digits: true,
    pattern: /(?<![\w:-])\d{8,10}:(A[A-Za-z0-9_-]{34})(?![\w-])/g,
    score: 0.85, contextWords: ['telegram', 'telegram_bot_token', 'bot token', 'bot_token', 'token'],
    docs: { finds: 'Telegram bot tokens: the bot id (8–10 digits), `:`, and 35 characters of `A–Z a–z 0–9 _ -` starting with `A`.', scores: [['bot token', '0.85'], ['placeholder body', '0.1']], avoids: ALNUM_TOKEN_AVOIDS },
  },
  {
    id: 'secret/mailchimp', label: 'Mailchimp API key', tags: ['secret', 'email'],
    description: 'A Mailchimp API key (32 hex digits, -us and the data centre number).',
    trigger: /-us\d/,
    digits: true,
    pattern: /(?<![\w-])([0-9a-f]{32})-us\d{1,2}(?![\w-])/g,
    score: 0.8, contextWords: ['mailchimp', 'mailchimp_api_key', 'api key', 'api_key'],
    check: namedValue(0.8, randomHex),
    docs: {
      finds: 'Mailchimp API keys: 32 hex digits, `-us` and the data-centre number (`…-us21`).',
      scores: [['key', '0.8'], ['placeholder body', '0.1']],
      avoids: ['32-hex strings (MD5 hashes) without the `-usNN` suffix.', ...ALNUM_TOKEN_AVOIDS],
    },
  },
  {
    id: 'secret/database-url', label: 'Database URL with a password', tags: ['secret', 'credentials'],
    description: 'A database connection URL carrying a password (postgres://user:pass@host, mysql://, mongodb+srv://, redis://…).',
    trigger: /:\/\//,
    pattern: /(?<![\w+.-])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|couchdb|neo4j(?:\+s)?|snowflake):\/\/([^\s:@/'"`]*:[^\s@/'"`]+)@[^\s/:?#'"`]+/dg,
    span: 1,
    score: 0.96, contextWords: [],
    check: databasePassword,
    docs: {
      finds: 'Database connection URLs that carry a password: `postgres://user:password@host/db` (or the password alone, as Redis has it: `redis://:password@host`), and the `postgresql`, `mysql`, `mariadb`, `mongodb`, `mongodb+srv`, `redis`, `rediss`, `amqp`, `amqps`, `mssql`, `sqlserver`, `clickhouse`, `cockroachdb`, `couchdb`, `neo4j` and `snowflake` schemes. The finding covers `user:password`, so a redaction keeps the host and database. It takes precedence over `pii/url`, which finds the same part with entity `URL`.',
      scores: [['password in a database URL', '0.96'], ['placeholder password (`<password>`, `${DB_PASS}`, `changeme`, `xxx`), fewer than 6 characters, or a documentation host (`localhost`, `example.com`)', '0.3']],
      avoids: ['URLs without a password (`postgres://user@host`).', 'Example credentials: placeholders, very short passwords, and hosts reserved for documentation and tests.'],
    },
  },
  {
    id: 'secret/password-assignment', label: 'Password or secret in an assignment', tags: ['secret', 'credentials'],
    description: 'A literal, random-looking value assigned to a password, secret, API key or access token name (password = "…", "api_key": "…", API_KEY=…).',
    trigger: ASSIGNMENT_TRIGGER,
    keyTrigger: new RegExp(`${SECRET_NAME}$`, 'i'),
    keyedValue: new RegExp(`${SECRET_NAME}$`, 'i'),
    // Not a URL's query parameter (…?access_token=…): pii/url reports those, and knows documentation hosts.
    pattern: new RegExp(`${SECRET_NAME}(?<![?&#][\\w.-]{0,60})["'\\x60]?[ \\t]*(?::=|=>|=|:)[ \\t]*["'\\x60]?(${VALUE_CHARS}{8,200})(?=["'\\x60]|[\\s,;]|$)`, 'dgi'),
    span: 1,
    score: 0.8, contextWords: [],
    check: (value, body) => assignedSecret(body),
    docs: {
      finds: 'A literal value assigned to a name that ends in a secret word — `password`, `passwd`, `passphrase`, `secret`, `api_key`/`apikey`, `access_key`, `secret_key`, `private_key`, `client_secret`, `access_token`, `auth_token`, `api_token`, `refresh_token`, `bot_token`… — with `=`, `:`, `:=` or `=>`: `password = "…"`, `"api_key": "…"`, `DB_PASSWORD=…` (.env), `client_secret: …` (YAML), and JSON values or CSV cells under such a key. Whether a value is a secret is decided by its randomness (Shannon entropy), not by a list of placeholders. The finding covers the value only. Values another rule knows (an `sk-proj-…` key) are reported by that rule.',
      scores: [['12+ characters, entropy ≥ 3.5 bits per character', '0.8'], ['8+ characters, entropy ≥ 3', '0.6'], ['entropy below 3 (`changeme1`, `aaaa1111`)', '0.3'], ['placeholder (`xxxx`, `EXAMPLE`, `your…`, `...`)', '0.1']],
      avoids: [
        'Code that assigns something else: `password = getpass()`, `api_key=os.environ["KEY"]`, `token = args.token`, `secret: str` (a call, an index, an identifier, a type).',
        'References and templates: `${VAR}`, `$VAR`, `%VAR%`, `{{ secret }}`, `<your-key>`; paths and URLs.',
        'Words and identifiers (`your_api_key_here`, `changeme`), digits only, fewer than 8 characters.',
        'Names that only contain a secret word: `password_hint`, `token_count`, `secret_name`, `pad_token`.',
      ],
    },
  },
];
