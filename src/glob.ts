/**
 * IAM-style wildcard matching: `*` matches any run of characters, `?` exactly one; everything else is
 * literal. Greedy with a single backtrack point, so it runs in O(pattern × text) at worst and never
 * backtracks exponentially — rule authors and policy writers cannot make it hang.
 */
export function globMatch(pattern: string, text: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const t = ignoreCase ? text.toLowerCase() : text;
  let pi = 0;
  let ti = 0;
  let starPi = -1;
  let starTi = 0;
  while (ti < t.length) {
    const pc = p[pi];
    if (pc === '*') {
      starPi = pi++;
      starTi = ti;
    } else if (pi < p.length && (pc === '?' || pc === t[ti])) {
      pi++;
      ti++;
    } else if (starPi >= 0) {
      pi = starPi + 1;
      ti = ++starTi;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}

export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}
