// Country groups by name: what `datasan.locales` and `--locales` accept, the default when nothing is set,
// and editor display languages mapped to the groups a user there most likely needs. No table here: the
// settings read this module, and the table is loaded only when a scan needs it.
import type { Locale } from './kind';

/** Every country group of the table, in table order (index.test.ts checks that they agree). */
export const LOCALE_GROUPS: readonly Locale[] = [
  'us', 'uk', 'ca', 'au', 'in', 'de', 'es', 'it', 'pl', 'se', 'fi', 'kr', 'sg', 'za', 'th', 'tr', 'br', 'mx', 'fr', 'nl', 'be', 'cn',
];

/** The EU member states that have kinds in the table; `eu` in settings turns all of them on. */
export const EU_LOCALES: readonly Locale[] = ['de', 'es', 'it', 'pl', 'se', 'fi', 'fr', 'nl', 'be'];

/**
 * The groups on when `datasan.locales` is not set and no editor language is known (the CLI, whose result
 * must not depend on the machine's language): the English-speaking ones, where most datasets come from,
 * and the EU, whose rules on personal data are the strictest.
 */
export const DEFAULT_LOCALES: readonly string[] = ['us', 'uk', 'eu'];

// Editor display languages (VS Code's `vscode.env.language`, LSP's InitializeParams.locale) → groups.
const BY_LANGUAGE: Record<string, Locale[]> = {
  en: ['us', 'uk'], 'en-us': ['us'], 'en-gb': ['uk'], 'en-ca': ['ca'], 'en-au': ['au'], 'en-in': ['in'], 'en-za': ['za'], 'en-sg': ['sg'],
  de: ['de'], es: ['es', 'mx'], 'es-mx': ['mx'], it: ['it'], pl: ['pl'], sv: ['se'], fi: ['fi'], ko: ['kr'],
  th: ['th'], tr: ['tr'], 'pt-br': ['br'], pt: ['br'], fr: ['fr', 'be', 'ca'], nl: ['nl', 'be'], zh: ['cn'], 'zh-cn': ['cn'], hi: ['in'],
};

/** Locale groups suggested for a language tag such as "de", "pt-br" or "pt_BR.UTF-8"; [] when none fits. */
export function localesForLanguage(tag: string): Locale[] {
  const t = tag.trim().toLowerCase().replace(/[._@].*$/, '').replace(/_/g, '-');
  return BY_LANGUAGE[t] ?? BY_LANGUAGE[t.split('-')[0]] ?? [];
}

/** The default for an editor in `language`: that language's groups, then DEFAULT_LOCALES. */
export function defaultLocales(language?: string): string[] {
  return [...new Set([...(language ? localesForLanguage(language) : []), ...DEFAULT_LOCALES])];
}

const GROUPS = new Set<string>(LOCALE_GROUPS);

/**
 * Settings' locale names as groups, case-insensitive: a group ("de"), `eu` (its members), `all` or `*`
 * (every group), `gb` (uk), or a language tag ("pt-br", "sv", "en-GB") through localesForLanguage.
 * null (not set) is DEFAULT_LOCALES. `unknown`: the names that are none of these.
 */
export function resolveLocales(names: readonly string[] | null): { groups: Set<Locale>; unknown: string[] } {
  const groups = new Set<Locale>();
  const unknown: string[] = [];
  for (const raw of names ?? DEFAULT_LOCALES) {
    const l = raw.trim().toLowerCase();
    if (l === 'all' || l === '*') LOCALE_GROUPS.forEach((x) => groups.add(x));
    else if (l === 'eu') EU_LOCALES.forEach((x) => groups.add(x));
    else if (l === 'gb') groups.add('uk');
    else if (GROUPS.has(l)) groups.add(l as Locale);
    else {
      const byLanguage = localesForLanguage(l);
      if (byLanguage.length) byLanguage.forEach((x) => groups.add(x));
      else if (l) unknown.push(raw.trim());
    }
  }
  return { groups, unknown };
}
