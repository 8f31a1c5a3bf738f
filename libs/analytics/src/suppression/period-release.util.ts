import type { CellUniverse } from './cell-universe.util.js';
import { assertValidFigures } from './figures-validation.util.js';
import { type MeasureRelease, releaseMeasure, sumOver } from './region-suppression.util.js';

/** Distinct participants of a measure, and the sum of their values, per atom (profile). */
export interface AtomFigures {
  counts: readonly number[];
  sums: readonly number[];
}

/** The exact figures of a period, per atom: what suppression decides on. */
export interface PeriodFigures {
  /** Participants with a coded summary in the period. */
  participants: readonly number[];
  /** Participants' own ratings (each participant's mean). */
  rating: AtomFigures;
  /** Estimates of satisfaction inferred from answers, kept apart from own ratings. */
  estimate: AtomFigures;
  /** Per theme key: participants who raised it, and their mean sentiments summed. */
  themes: ReadonlyMap<string, AtomFigures>;
}

export interface MeasureCells extends MeasureRelease {
  /** Sum of the measure's values per group (exact). */
  sums: number[];
}

/** Every cell of every group of a period, shown or hidden, with the exact figures behind it. */
export interface PeriodRelease {
  universe: CellUniverse;
  threshold: number;
  rows: MeasureRelease;
  rating: MeasureCells;
  estimate: MeasureCells;
  /** By theme key, in key order. */
  themes: ReadonlyMap<string, MeasureCells>;
}

/**
 * Decides every cell of a period at once, over all groups HR can request, so that what one
 * report shows never depends on which reports were asked for before. Group rows come first; a
 * group's satisfaction and theme cells can only be shown with its row (a theme's share would
 * otherwise give the hidden row's size away). Each measure is protected on its own: the
 * participants of a theme are the only ones whose sentiment its cells sum.
 */
export function releasePeriod(universe: CellUniverse, figures: PeriodFigures, threshold: number): PeriodRelease {
  assertValidFigures(universe.profiles.length, figures, threshold);
  const rows = releaseMeasure(universe, figures.participants, threshold);
  const cells = (measure: AtomFigures): MeasureCells => ({
    ...releaseMeasure(universe, measure.counts, threshold, rows.shown),
    sums: universe.groups.map((group) => sumOver(group.atoms, measure.sums)),
  });
  const themes = new Map([...figures.themes.keys()].sort().map((key) => [key, cells(figures.themes.get(key) as AtomFigures)] as const));
  return { universe, threshold, rows, rating: cells(figures.rating), estimate: cells(figures.estimate), themes };
}
