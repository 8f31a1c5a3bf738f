import { buildUniverse, type CellUniverse, type Profile, profileKey } from '../suppression/cell-universe.util.js';
import type { AtomFigures, PeriodFigures } from '../suppression/period-release.util.js';

/** One row of PROFILE_FIGURES_SQL. */
export interface ProfileRow extends Profile {
  participants: number;
  rated: number;
  ratingSum: number;
  estimated: number;
  estimateSum: number;
}

/** One row of THEME_FIGURES_SQL. */
export interface ThemeRow extends Profile {
  theme: string;
  participants: number;
  sentimentSum: number;
}

/** The universe of groups of the members' profiles, and the period's figures per profile. */
export function toPeriodFigures(
  profileRows: readonly ProfileRow[],
  themeRows: readonly ThemeRow[],
): { universe: CellUniverse; figures: PeriodFigures } {
  const universe = buildUniverse(profileRows);
  const atomOf = new Map(universe.profiles.map((p, i) => [profileKey(p), i]));
  const perAtom = () => universe.profiles.map(() => 0);
  const participants = perAtom();
  const rating = { counts: perAtom(), sums: perAtom() };
  const estimate = { counts: perAtom(), sums: perAtom() };
  for (const row of profileRows) {
    const atom = atomOf.get(profileKey(row)) as number;
    participants[atom] += row.participants;
    rating.counts[atom] += row.rated;
    rating.sums[atom] += row.ratingSum;
    estimate.counts[atom] += row.estimated;
    estimate.sums[atom] += row.estimateSum;
  }
  const themes = new Map<string, { counts: number[]; sums: number[] }>();
  for (const row of themeRows) {
    const atom = atomOf.get(profileKey(row));
    if (atom === undefined) throw new RangeError('a theme row has a profile that no member has');
    const theme = themes.get(row.theme) ?? { counts: perAtom(), sums: perAtom() };
    theme.counts[atom] += row.participants;
    theme.sums[atom] += row.sentimentSum;
    themes.set(row.theme, theme);
  }
  return { universe, figures: { participants, rating, estimate, themes: themes as ReadonlyMap<string, AtomFigures> } };
}
