import { escapeRegExp } from './regexp';
// Literal text that every match of a regular expression must contain, so that a plain substring search
// (far faster than running an alternation of patterns) can rule a text out first. Conservative: for any
// pattern it does not fully understand (groups, case-insensitive flags, a branch without a literal) it
// returns undefined, and the caller runs the pattern alone.

/** Characters that may follow a backslash and then stand for themselves. */
const ESCAPED_LITERAL = /[.\-/\\^$*+?()[\]{}|]/;
/**
 * Strings with a character outside a–z are rare in prose, so they rule out more texts; one that starts with
 * a character that is not a letter or digit ("=", "_", "://") is also cheap to look for, since the search
 * tries the needles only where a text has one of their first characters.
 */
const rarity = (s: string) => (/^[^A-Za-z0-9]/.test(s) ? 2000 : /[^a-z]/.test(s) ? 1000 : 0) + s.length;

/** The literal runs of one branch (no top-level "|"), or undefined if it has none or cannot be read. */
function branchRuns(branch: string): string[] | undefined {
  const runs: string[] = [];
  let run = '';
  const end = () => {
    if (run) runs.push(run);
    run = '';
  };
  for (let i = 0; i < branch.length; i++) {
    const c = branch[i];
    if (c === '\\') {
      const next = branch[i + 1];
      // The end of the pattern, or an escape with arguments (\p{…}, \u…, \x…): not read here.
      if (next === undefined || next === 'p' || next === 'P' || next === 'u' || next === 'x') return undefined;
      i++;
      if (ESCAPED_LITERAL.test(next)) run += next;
      else end(); // \d, \s, \b …: not a literal
      continue;
    }
    if (c === '[') {
      end();
      const close = branch.indexOf(']', i + 1 + (branch[i + 1] === ']' ? 1 : 0));
      if (close === -1 || branch.slice(i + 1, close).includes('[')) return undefined;
      i = close;
      continue;
    }
    if (c === '?' || c === '*' || (c === '{' && /^\{0,?\d*\}/.test(branch.slice(i)))) {
      // The character before is optional: it cannot be required.
      run = run.slice(0, -1);
      end();
      if (c === '{') i = branch.indexOf('}', i);
      continue;
    }
    if (c === '+' || c === '{') {
      end(); // one or more of the character before: the run up to it is required, but nothing joins across
      if (c === '{') i = branch.indexOf('}', i);
      continue;
    }
    if (c === '.' || c === '^' || c === '$') {
      end();
      continue;
    }
    if (c === '(' || c === ')' || c === '|') return undefined;
    run += c;
  }
  end();
  return runs.length ? runs : undefined;
}

/** One literal per top-level branch that every match of that branch contains; undefined when unsure. */
export function requiredLiterals(re: RegExp): string[] | undefined {
  if (re.flags.includes('i') || re.flags.includes('v') || re.flags.includes('x')) return undefined;
  const source = re.source.replace(/^\(\?:(.*)\)$/, '$1');
  if (source.includes('(')) return undefined;
  const out: string[] = [];
  for (const branch of source.split('|')) {
    const runs = branchRuns(branch);
    if (!runs) return undefined;
    out.push(runs.reduce((a, b) => (rarity(b) > rarity(a) ? b : a)));
  }
  return out;
}

/**
 * A regex source matching any of `words` (literals, none containing another), factored by leading characters
 * ("gsk_|ghp_" as "g(?:sk_|hp_)"): the engine then tries one branch per character instead of every word.
 */
export function literalAlternation(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const w of words) byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w.slice(1)]);
  return [...byFirst]
    .map(([c, rests]) => {
      const head = escapeRegExp(c);
      if (rests.includes('')) return head; // the character alone is a needle: every longer one is implied
      return rests.length === 1 ? head + escapeRegExp(rests[0]) : `${head}(?:${literalAlternation(rests)})`;
    })
    .join('|');
}
