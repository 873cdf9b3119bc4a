/**
 * "the Malawi Congress Party", "the Zimbabwe Congress of Trade Unions", "the Congress Party": a known body's
 * one-word name ("Congress") inside a longer head-word run that goes on after it names that longer body, not the
 * known one (the run then wins over the known name, and the country before it is part of the name).
 */

/**
 * True when a head-word run of `runs` (sorted [start, end) token ranges) holds token `i` and goes on after it.
 * @param runs - the document's organisation head-word runs, in order.
 */
export function runGoesOnAfter(runs: ReadonlyArray<readonly [number, number]>, i: number): boolean {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = runs[mid];
    if (b <= i) lo = mid + 1;
    else if (a > i) hi = mid - 1;
    else return b > i + 1;
  }
  return false;
}
