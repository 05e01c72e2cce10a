// Which run lengths a row's pattern can match when a cluster is digits only (no capital, no separator).
// In such a cluster a match is the whole run (the boundaries forbid a digit on either side), plus a
// trailing lowercase x at most (CN RIC). So a row fits a bare run of n digits only if its pattern, read
// over a two-letter alphabet — "d" for any digit, "x" for x — accepts d{n} or d{n}x. The abstraction
// keeps the pattern's structure and widens every atom (a class accepting any digit accepts "d"), so it
// accepts at least every string the real pattern does: a "no" is certain, a "yes" still runs the pattern.

/** What an atom (class or literal) accepts of the abstract alphabet. */
function atom(digit: boolean, x: boolean): string {
  if (digit && x) return '[dx]';
  if (digit) return 'd';
  if (x) return 'x';
  return '(?!)';
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Parses a character class body from `i` (just after `[`); returns the atom and the index after `]`. */
function classAtom(src: string, i: number): { out: string; next: number } | undefined {
  let negated = false;
  if (src[i] === '^') {
    negated = true;
    i++;
  }
  let digit = false;
  let x = false;
  let first = true;
  const chars: number[] = [];
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === ']' && !first) break;
    first = false;
    if (c === '\\') {
      const e = src[++i];
      if (e === 'd') digit = true;
      else if (/[pPwWsSDuxc]/.test(e)) digit = x = true; // anything wider: accept both (still sound)
      else chars.push(e.charCodeAt(0));
      continue;
    }
    if (src[i + 1] === '-' && src[i + 2] !== undefined && src[i + 2] !== ']') {
      let hi = src[i + 2];
      let skip = 2;
      if (hi === '\\') {
        hi = src[i + 3];
        skip = 3;
      }
      const a = c.charCodeAt(0);
      const b = hi.charCodeAt(0);
      if (a <= 57 && b >= 48) digit = true;
      if (a <= 120 && b >= 120) x = true;
      i += skip;
      continue;
    }
    chars.push(c.charCodeAt(0));
  }
  if (src[i] !== ']') return undefined;
  for (const c of chars) {
    if (isDigitCode(c)) digit = true;
    if (c === 120) x = true;
  }
  // A negated class accepts digits or x unless it names them: widen to both.
  return { out: negated ? atom(true, true) : atom(digit, x), next: i + 1 };
}

/**
 * The abstract form of a pattern source, or undefined when it uses syntax this reader does not know
 * (look-arounds, anchors, back-references): the caller then treats the row as fitting every run.
 */
export function abstractSource(src: string): string | undefined {
  let out = '';
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === '\\') {
      const e = src[i + 1];
      if (e === 'd') out += atom(true, false);
      else if (e === undefined || /[\dbBkpPwWsSDuxc]/.test(e)) return undefined;
      else out += atom(isDigitCode(e.charCodeAt(0)), e === 'x');
      i += 2;
    } else if (c === '[') {
      const cls = classAtom(src, i + 1);
      if (!cls) return undefined;
      out += cls.out;
      i = cls.next;
    } else if (c === '(') {
      if (src[i + 1] === '?') {
        if (src[i + 2] !== ':') return undefined;
        i += 3;
      } else i++;
      out += '(?:';
    } else if (c === ')' || c === '|' || c === '?' || c === '*' || c === '+') {
      out += c;
      i++;
    } else if (c === '{') {
      const q = /^\{\d+(?:,\d*)?\}/.exec(src.slice(i));
      if (!q) return undefined;
      out += q[0];
      i += q[0].length;
    } else if (c === '.') {
      out += atom(true, true);
      i++;
    } else if (c === '^' || c === '$') {
      return undefined;
    } else {
      out += atom(isDigitCode(c.charCodeAt(0)), c === 'x');
      i++;
    }
  }
  return out;
}

/** A test of whether a pattern (by its boundary-free source) can match a bare run of n digits. */
export function bareRunFit(core: string | undefined): (n: number) => boolean {
  const abs = core === undefined ? undefined : abstractSource(core);
  if (abs === undefined) return () => true;
  const re = new RegExp(`^(?:${abs})$`);
  const memo = new Map<number, boolean>();
  return (n) => {
    let fits = memo.get(n);
    if (fits === undefined) {
      const run = 'd'.repeat(n);
      memo.set(n, (fits = re.test(run) || re.test(run + 'x')));
    }
    return fits;
  };
}
