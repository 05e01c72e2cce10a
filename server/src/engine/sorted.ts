// Binary search over ascending numbers, for the places that find where an offset falls among others
// (line breaks, surrogate pairs, odd-case characters).

/** How many of the ascending numbers in `sorted` are less than `x`: the index of the first one that is not. */
export function countBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
