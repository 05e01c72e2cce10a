// Where each rule is documented. No imports: the protocol module (and through it the client) re-exports these.

/** Rule documentation, linked from every diagnostic. */
export const DOCS_BASE = 'https://github.com/datasan-dev/datasan/blob/main/docs/rules/';

export function ruleDocUrl(rule: string): string {
  return DOCS_BASE + ruleDocFile(rule);
}

/** The rule's page under docs/rules/: one per rule, national identifiers share one table, custom rules one page. */
export function ruleDocFile(rule: string): string {
  if (rule.startsWith('custom/')) return 'custom.md';
  return rule.startsWith('pii/national/') ? 'national.md' : `${rule.replace(/\//g, '-')}.md`;
}
