// The rules page for every national kind, built from the table so the two cannot drift apart.
import { NATIONAL_KINDS } from './table';

/** docs/rules/national.md, generated from the table (a test keeps the file in sync). */
export function nationalRulesMarkdown(): string {
const out: string[] = [];
out.push('# National identifiers (`pii/national/*`)', '', 'One entity per kind (the table below) · default severity `warning` for every kind', '');
out.push('One row per kind in `server/src/engine/detectors/national/table.ts`; each row becomes a detector through one factory (`kind.ts`).',
 'Validators are small pure functions in `validators/<country>.ts`; check-digit algorithms shared by several countries are in `checksums.ts`, calendar checks in `dates.ts`.', '',
 '**Locales.** `datasan.locales` turns country groups on: a group (`us`, `de`, `br`, …), `eu` for de, es, it, pl, se, fi, fr, nl, be, `all` or `*` for every group, or a language tag such as `pt-br` or `sv` (its groups). Not set (`null`, the default), the editor uses the groups of its display language (`pt-br` → br, `de` → de, `fr` → fr, be, ca) plus `us`, `uk` and `eu`; `[]` turns every national identifier off.',
 '`datasan scan --locales` takes the same names and warns (on stderr; the scan goes on) about names it does not know. Without it the CLI always uses `us`, `uk` and `eu`, whatever the machine\'s language, so that a scan gives the same result everywhere.',
 'A kind named in `datasan.enableEntities` or `datasan scan --entities` is on even when its locale is off: by entity in any case (`IN_AADHAAR`, `in_aadhaar`) or by rule id as written (`pii/national/in-aadhaar`).', '',
 '**Scores.** The base score is what a valid match gets before context; a context word within 48 characters before the match (or in its JSON key / CSV column) adds the boost (0.35 unless listed). The default `minConfidence` is 0.5, so:',
 '- shape-only kinds (no check digit) and numeric kinds whose check a random number passes often (1 in 10 or 11) stay below 0.5 until a context word is near;',
 '- kinds marked *needs context* (bare 8–17 digits) are not reported at all without a context word;',
 '- "formatted" is the score when written with the usual separators (`1234 5678 9012`, `000.000.000-00`).', '',
 '**Two kinds, one number.** Kinds that share a shape and a context word (US and UK passports and "passport") both match; the engine keeps the stronger. A row that shares a word with another gets +0.05 when a word only it lists is near ("british passport", "us passport", "reisepass"), so that kind wins; with only a shared word, the first kind of the table stays.', '',
 '**Dates.** Birth dates inside identifiers must be real (leap years, the length of each month) and, for CN, KR, SE, ZA and FI, not after today; with a two-digit year (ZA, the ten-digit SE form) the latest century that puts the date in the past is taken.', '',
 '**Known limits.** KR RRNs issued since October 2020 carry no check digit (a failing check digit lowers the score rather than rejecting). The check digits of KR RRN, TH TNIN and MX CURP let a few single-digit errors through (by their algorithms\' design). Context words in Thai or Chinese glued to the following word are found only with the context fix proposed for `context.ts`.', '');
out.push('| Rule id | Entity | Country | What | Pattern | Validator | Base | Formatted | Context words |', '|---|---|---|---|---|---|---|---|---|');
const esc = (s: string) => s.replace(/\|/g, '\\|');
// The row's own pattern (`source`), without the boundary look-arounds that patterns.ts wraps around it.
for (const k of NATIONAL_KINDS) {
  const words = Object.entries(k.context).map(([lang, ws]) => `*${lang}*: ${ws!.map((w) => esc(w)).join(', ')}`).join('<br>');
  const checkName = { checksum: 'check digit', 'date+checksum': 'real date + check digit', date: 'real date', shape: 'shape only' }[k.check];
  const base = `${k.score}${k.scoreOf ? ' (varies)' : ''}${k.contextBoost ? `, boost ${k.contextBoost}` : ''}${k.needsContext ? ', *needs context*' : ''}`;
  out.push(`| \`${k.id}\` | \`${k.entity}\` | ${k.locale} | ${esc(k.description)} | \`${esc(k.pattern.source)}\` | ${checkName}: ${esc(k.reason)} | ${base} | ${k.formattedScore ?? ''} | ${words} |`);
}
out.push('', 'Pattern sources are in `table.ts` (each wrapped by `numeric()` or `alnum()` from `patterns.ts`, which add the boundaries: a number never continues a longer run of digit groups, never follows a `+`; letters of unspaced scripts such as Han, Hangul and Thai may touch it).', '',
 'Measure: `npx tsx server/src/eval/national.ts` prints precision and recall per kind on generated sentences in 16 languages (valid identifiers with and without context words, one-digit near misses, distractor numbers).', '');
return out.join('\n') + '\n';
}
