import type { CellUniverse, GroupKind, UniverseGroup } from './cell-universe.util.js';
import { SuppressionReason } from './suppression-reason.enum.js';

/** What is shown of one measure (participants, own ratings, a theme, ...) in every group of a period. */
export interface MeasureRelease {
  /** Participants of the measure per group (exact; never shown for a hidden cell). */
  sizes: number[];
  shown: boolean[];
  /** Why each hidden cell is hidden; null for a shown cell or one hidden with its group's row. */
  reasons: Array<SuppressionReason | null>;
}

/** A region: the participants that exactly the same shown cells hold. */
interface Region {
  key: string;
  cells: number[];
  atoms: number[];
  size: number;
}

// What hiding a cell costs: a pair of department and team less than a team, a team less than a
// department; the organisation only when nothing else helps.
const KIND_WEIGHT: Record<GroupKind, number> = { department_team: 1, team: 2, department: 4, organisation: 100 };

/**
 * Chooses the cells of one measure to show in every group HR can request for a period.
 *
 * A cell is shown only when it holds at least `threshold` participants, and when, together with
 * every other shown cell of the measure, it splits the participants into regions (those held by
 * exactly the same shown cells) of none or at least `threshold` participants. Every count or sum
 * derivable from the shown cells, by subtracting two of them or by any other combination, is
 * then a combination of region totals: it never singles out fewer than `threshold` participants.
 * In particular, the difference of two shown cells is empty or holds at least `threshold`.
 *
 * While some region is too small (the smallest first), it is merged with another region into one
 * large enough, or left in no shown cell, by hiding the cells that tell the two apart: the
 * cheapest such set (pairs before teams before departments, the organisation last; then fewer
 * participants hidden; then the universe's fixed order). Hiding only ever merges regions, so the
 * loop ends, and everything depends only on the counts: equal data always gives the same cells.
 *
 * `eligible` marks the groups whose row is shown; the measure's cells of other groups are hidden
 * with their row (reason null).
 */
export function releaseMeasure(
  universe: CellUniverse,
  atomCounts: readonly number[],
  threshold: number,
  eligible?: readonly boolean[],
): MeasureRelease {
  const { groups } = universe;
  const sizes = groups.map((group) => sumOver(group.atoms, atomCounts));
  const shown = groups.map((_, g) => (eligible?.[g] ?? true) && sizes[g] >= threshold);
  const reasons = groups.map((_, g): SuppressionReason | null =>
    (eligible?.[g] ?? true) && sizes[g] < threshold ? SuppressionReason.SIZE : null,
  );

  for (;;) {
    const regions = regionsOf(universe, atomCounts, shown);
    const small = smallestUnsafeRegion(regions, threshold);
    if (!small) return { sizes, shown, reasons };
    const hide = cheapestMerge(small, regions, groups, sizes, threshold);
    for (const cell of hide) {
      reasons[cell] = isComplement(universe, cell, small, atomCounts, shown, threshold)
        ? SuppressionReason.COMPLEMENT
        : SuppressionReason.DIFFERENCING;
    }
    for (const cell of hide) shown[cell] = false;
  }
}

/** Regions of the participants held by at least one shown cell, keyed by the shown cells holding them. */
function regionsOf(universe: CellUniverse, atomCounts: readonly number[], shown: readonly boolean[]): Map<string, Region> {
  const regions = new Map<string, Region>();
  const { containing } = universe;
  for (let atom = 0; atom < containing.length; atom += 1) {
    if (atomCounts[atom] === 0) continue;
    let key = '';
    for (const g of containing[atom]) if (shown[g]) key = key ? `${key},${g}` : `${g}`;
    if (!key) continue; // in no shown cell: nothing about them is released
    let region = regions.get(key);
    if (!region) {
      region = { key, cells: containing[atom].filter((g) => shown[g]), atoms: [], size: 0 };
      regions.set(key, region);
    }
    region.atoms.push(atom);
    region.size += atomCounts[atom];
  }
  return regions;
}

/** The sum of per-atom figures over some atoms. */
export function sumOver(atoms: readonly number[], perAtom: readonly number[]): number {
  let total = 0;
  for (const atom of atoms) total += perAtom[atom];
  return total;
}

function smallestUnsafeRegion(regions: Map<string, Region>, threshold: number): Region | undefined {
  let smallest: Region | undefined;
  for (const region of regions.values()) {
    if (region.size >= threshold) continue;
    if (!smallest || region.size < smallest.size || (region.size === smallest.size && region.key < smallest.key)) smallest = region;
  }
  return smallest;
}

/**
 * The cells to hide so that `small` joins a region large enough: the cells holding one region
 * and not the other. Leaving it in no shown cell (hiding all of its cells) is the fallback.
 */
function cheapestMerge(
  small: Region,
  regions: Map<string, Region>,
  groups: readonly UniverseGroup[],
  sizes: readonly number[],
  threshold: number,
): number[] {
  const options: number[][] = [small.cells];
  for (const region of regions.values()) {
    if (region === small || small.size + region.size < threshold) continue;
    options.push(
      [...small.cells.filter((c) => !region.cells.includes(c)), ...region.cells.filter((c) => !small.cells.includes(c))].sort(
        (a, b) => a - b,
      ),
    );
  }
  const cost = (cells: number[]): number[] => [
    cells.reduce((acc, c) => acc + KIND_WEIGHT[groups[c].kind], 0),
    cells.reduce((acc, c) => acc + sizes[c], 0),
    ...cells,
  ];
  return options.reduce((best, option) => (compareTuples(cost(option), cost(best)) < 0 ? option : best));
}

/**
 * A complement when the small region lies in what a shown total (the organisation, or a filtered
 * department or team) leaves after subtracting the cell's shown siblings, and that rest is small:
 * the classic "total minus shown siblings". Otherwise the cell is hidden for differencing.
 */
function isComplement(
  universe: CellUniverse,
  cell: number,
  small: Region,
  atomCounts: readonly number[],
  shown: readonly boolean[],
  threshold: number,
): boolean {
  const { groups } = universe;
  const hidden = groups[cell];
  return parentsOf(universe, hidden).some((parent) => {
    if (!shown[parent]) return false;
    const within = new Set(groups[parent].atoms);
    const covered = new Set<number>();
    groups.forEach((sibling, g) => {
      if (shown[g] && sibling.kind === hidden.kind && sibling.atoms.every((a) => within.has(a)))
        for (const a of sibling.atoms) covered.add(a);
    });
    const rest = groups[parent].atoms.filter((a) => !covered.has(a));
    const restSize = rest.reduce((acc, a) => acc + atomCounts[a], 0);
    return restSize > 0 && restSize < threshold && small.atoms.every((a) => rest.includes(a));
  });
}

/** The totals a cell is a row of: the organisation, and for a pair its department and its team. */
function parentsOf(universe: CellUniverse, group: UniverseGroup): number[] {
  if (group.kind === 'organisation') return [];
  const { groups } = universe;
  const parents = [0];
  if (group.kind === 'department_team') {
    groups.forEach((g, i) => {
      if ((g.kind === 'department' && g.department === group.department) || (g.kind === 'team' && g.team === group.team)) parents.push(i);
    });
  }
  return parents;
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
