import type { AtomFigures, PeriodFigures } from './period-release.util.js';

/**
 * Rejects figures that break what suppression relies on: one count per atom, non-negative
 * integers, finite sums, and every measure's participants a subset of the period's. Throws a
 * RangeError naming the first problem (never a value).
 */
export function assertValidFigures(atoms: number, figures: PeriodFigures, threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError('threshold must be a positive integer');
  assertCounts(figures.participants, atoms, 'participants');
  const measures: Array<[string, AtomFigures]> = [
    ['rating', figures.rating],
    ['estimate', figures.estimate],
    ...[...figures.themes].map(([key, m]): [string, AtomFigures] => [`theme ${key}`, m]),
  ];
  for (const [what, measure] of measures) {
    assertCounts(measure.counts, atoms, what);
    if (measure.sums.length !== atoms || measure.sums.some((s) => !Number.isFinite(s)))
      throw new RangeError(`${what} sums must be finite, one per atom`);
    if (measure.counts.some((count, atom) => count > figures.participants[atom]))
      throw new RangeError(`${what} counts more participants than the period`);
  }
}

function assertCounts(counts: readonly number[], atoms: number, what: string): void {
  if (counts.length !== atoms || counts.some((c) => !Number.isInteger(c) || c < 0))
    throw new RangeError(`${what} counts must be non-negative integers, one per atom`);
}
