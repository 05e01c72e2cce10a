// The rule page of every row of the secret table, built from the row so the two cannot drift apart
// (secret-docs.test.ts keeps docs/rules/ in sync; `npx tsx server/src/engine/detectors/secret-docs.ts` writes them).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAMED_WINDOW, type SecretKind } from './secret-kind';
import { PLACEHOLDER_SCORE } from './secret-shape';
import { CONTEXT_MARGIN, WINDOWED_ABOVE } from '../scan';
import { SECRET_KINDS } from './secret-table';

const code = (w: string) => `\`${w}\``;

/** docs/rules/secret-<name>.md for one row. */
export function secretRulePage(k: SecretKind): string {
  const scores = k.docs.scores ?? [['vendor prefix and length', String(k.score)], ['placeholder body', String(PLACEHOLDER_SCORE)]];
  const out = [
    `# ${code(k.id)} — ${k.label}`,
    '',
    'Entity `SECRET` · default severity `error`',
    '',
    '## What it finds',
    '',
    k.docs.finds,
    '',
    'Rotate a real credential that was found: removing it from the data does not revoke it.',
    '',
    '## How confidence is scored',
    '',
    '| case | score |',
    '|---|---|',
    ...scores.map(([c, s]) => `| ${c} | ${s} |`),
    '',
  ];
  if (k.named) {
    out.push(
      `Shapes that any hash or id can have are reported only when the kind is named within ${NAMED_WINDOW} characters before the value, or by its JSON key / CSV column.`,
      k.digits ? `In texts over ${WINDOWED_ABOVE} characters the rule looks at the ${CONTEXT_MARGIN} characters around the value's digits, so the name must be that close.` : '',
      '',
    );
  }
  const hidden = 'Findings below `datasan.minConfidence` (0.5) are hidden.';
  if (k.contextWords.length) {
    out.push(`Context words (${k.contextWords.map(code).join(', ')}) add 0.35.`, '');
    out.push('Context words are whole words within 48 characters before the match, or in the JSON key / CSV column', `it is the value of. ${hidden}`, '');
  } else out.push(hidden, '');
  out.push('## False positives it avoids', '', ...k.docs.avoids.map((a) => `- ${a}`), '');
  out.push(
    '## Allowing a value',
    '',
    '- **One value:** the quick fix *Ignore this value* stores a salted SHA-256 fingerprint of it in',
    '  `.datasan/allowlist.json` (never the value itself); the CLI honours the file too.',
    '- **A family of values:** add a regular expression to `datasan.allowPatterns`.',
    `- **The whole rule:** \`"datasan.severity": { "${k.id}": "off" }\` (or by entity, \`"SECRET": "off"\`), or lower`,
    '  its severity, e.g. `"information"`.',
    '- **Only strong findings:** raise `datasan.minConfidence` (default 0.5) or pass `--min-confidence` to the CLI.',
    '',
    `This page is generated from the rule's row in \`server/src/engine/detectors/secret-table.ts\` (\`secret-docs.ts\`).`,
    '',
  );
  return out.join('\n');
}

/** The page's file name under docs/rules/. */
export const secretPageFile = (k: SecretKind) => `${k.id.replace(/\//g, '-')}.md`;

if (process.argv[1]?.endsWith('secret-docs.ts')) {
  const dir = join(__dirname, '../../../../docs/rules');
  for (const k of SECRET_KINDS) writeFileSync(join(dir, secretPageFile(k)), secretRulePage(k));
}
