/**
 * One additive table of sibling cells: the cells partition `total` except for a remainder
 * (participants without a group) that is never shown. Used for group rows and, per theme,
 * for the theme cells of the groups.
 */
export interface AdditiveTable {
  total: number;
  totalShown: boolean;
  cells: readonly number[];
  /** Cells already hidden (primary suppression or inherited from a hidden row). */
  suppressed: readonly boolean[];
}

/**
 * Returns the hidden flags after complementary suppression, so that no hidden cell can be
 * recovered as `total - shown siblings`.
 *
 * With the total shown, a reader learns D = total - sum(shown) = sum(hidden) + remainder.
 * The remainder is NOT counted as protection: it may be known from elsewhere (another
 * grouping of the same period, headcount lists). So once anything needs protection we hide
 * the smallest shown sibling until at least two non-empty cells are hidden and together
 * hold >= threshold participants ("strong protection"), or until no sibling is left.
 *
 * A small remainder (0 < r < threshold) also needs protection: with every group shown it
 * would be derivable exactly, and with it the themes of those few ungrouped participants.
 *
 * Empty cells (0 participants) hide nobody: they never trigger or satisfy protection.
 */
export function protectAdditiveTable(table: AdditiveTable, threshold: number): boolean[] {
  const hidden = [...table.suppressed];
  if (!table.totalShown) return hidden; // no total to subtract from
  const remainder = table.total - sum(table.cells);
  const remainderNeedsCover = remainder > 0 && remainder < threshold;

  for (;;) {
    const hiddenCells = table.cells.filter((count, i) => hidden[i] && count > 0);
    if (hiddenCells.length === 0 && !remainderNeedsCover) return hidden;
    if (hiddenCells.length >= 2 && sum(hiddenCells) >= threshold) return hidden;
    const next = smallestShown(table.cells, hidden);
    if (next === -1) return hidden; // every non-empty sibling is hidden already
    hidden[next] = true;
  }
}

function smallestShown(cells: readonly number[], hidden: readonly boolean[]): number {
  let best = -1;
  cells.forEach((count, i) => {
    if (hidden[i] || count <= 0) return;
    if (best === -1 || count < cells[best]) best = i; // ties: first in input order
  });
  return best;
}

function sum(values: readonly number[]): number {
  return values.reduce((acc, value) => acc + value, 0);
}
