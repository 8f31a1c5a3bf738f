import { type ProfileRow, type ThemeRow, toPeriodFigures } from '../services/period-figures.util.js';
import type { CellUniverse } from '../suppression/cell-universe.util.js';
import type { PeriodFigures } from '../suppression/period-release.util.js';

/** One member as the tests of suppression describe them: profile, and what they said in the period. */
export interface PeriodPerson {
  department?: string | null;
  team?: string | null;
  /** False: a member without a summary in the period (their group still exists). */
  reflected?: boolean;
  rating?: number | null;
  estimate?: number | null;
  /** Theme key -> the participant's mean sentiment. */
  themes?: Record<string, number>;
}

/** The rows the report's SQL would return for these people, turned into the period's figures. */
export function figuresOfPeople(people: readonly PeriodPerson[]): { universe: CellUniverse; figures: PeriodFigures } {
  const profiles = new Map<string, ProfileRow>();
  const themes = new Map<string, ThemeRow>();
  for (const person of people) {
    const department = person.department ?? null;
    const team = person.team ?? null;
    const key = JSON.stringify([department, team]);
    const row = profiles.get(key) ?? { department, team, participants: 0, rated: 0, ratingSum: 0, estimated: 0, estimateSum: 0 };
    profiles.set(key, row);
    if (person.reflected === false) continue;
    row.participants += 1;
    if (person.rating !== undefined && person.rating !== null) {
      row.rated += 1;
      row.ratingSum += person.rating;
    }
    if (person.estimate !== undefined && person.estimate !== null) {
      row.estimated += 1;
      row.estimateSum += person.estimate;
    }
    for (const [theme, sentiment] of Object.entries(person.themes ?? {})) {
      const themeKey = JSON.stringify([theme, department, team]);
      const themeRow = themes.get(themeKey) ?? { theme, department, team, participants: 0, sentimentSum: 0 };
      themeRow.participants += 1;
      themeRow.sentimentSum += sentiment;
      themes.set(themeKey, themeRow);
    }
  }
  return toPeriodFigures([...profiles.values()], [...themes.values()]);
}
