// The rules page for every national kind, built from the table so the two cannot drift apart.
import { NATIONAL_KINDS } from './table';

/** docs/rules/national.md, generated from the table (a test keeps the file in sync). */
export function nationalRulesMarkdown(): string {
const out: string[] = [];
out.push('# National identifiers (`pii/national/*`)', '');
out.push('One row per kind in `server/src/engine/detectors/national/table.ts`; each row becomes a detector through one factory (`kind.ts`).',
 'Validators are small pure functions in `validators/<country>.ts`; check-digit algorithms shared by several countries are in `checksums.ts`, calendar checks in `dates.ts`.', '',
 '**Locales.** `datasan.locales` (default `["us", "uk", "eu"]`) turns country groups on; `eu` stands for de, es, it, pl, se, fi, fr, nl, be; `all` or `*` for every group.',
 'A kind named in `datasan.enableEntities` or `datasan scan --entities` (by entity, e.g. `IN_AADHAAR`, or rule id) is on even when its locale is off.', '',
 '**Scores.** The base score is what a valid match gets before context; a context word within 48 characters before the match (or in its JSON key / CSV column) adds the boost (0.35 unless listed). The default `minConfidence` is 0.5, so:',
 '- shape-only kinds (no check digit) and numeric kinds whose check a random number passes often (1 in 10 or 11) stay below 0.5 until a context word is near;',
 '- kinds marked *needs context* (bare 8–17 digits) are not reported at all without a context word;',
 '- "formatted" is the score when written with the usual separators (`1234 5678 9012`, `000.000.000-00`).', '',
 '**Known limits.** US and UK passport numbers share the 9-digit shape: with the word "passport" both match, and the engine keeps one. KR RRNs issued since October 2020 carry no check digit (a failing check digit lowers the score rather than rejecting). The check digits of KR RRN, TH TNIN and MX CURP let a few single-digit errors through (by their algorithms\' design). Context words in Thai or Chinese glued to the following word are found only with the context fix proposed for `context.ts`.', '');
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
