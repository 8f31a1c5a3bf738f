import type { CellUniverse, GroupKind, UniverseGroup } from '../suppression/cell-universe.util.js';
import type { ReportRequest } from './development-themes-report.types.js';
import type { ReportGrouping } from './report-params.util.js';

export const ORGANISATION_GROUP = 'organisation';

/** One row of a report: a group of the universe (index), or a filter that matches no member (null). */
export interface SelectedRow {
  group: number | null;
  label: string;
  department: string | null;
  team: string | null;
}

export interface SelectedGroups {
  total: SelectedRow;
  rows: SelectedRow[];
}

const DIMENSIONS: Record<ReportGrouping, { department: boolean; team: boolean }> = {
  department: { department: true, team: false },
  team: { department: false, team: true },
  department_team: { department: true, team: true },
};

/**
 * The groups a request shows: its total (the organisation, or the group its filters name) and,
 * when grouped, the groups of that grouping within the total. Every one of them is a group of
 * the universe, so its cells were decided with everything else HR can request for the period.
 */
export function selectGroups(universe: CellUniverse, request: Pick<ReportRequest, 'groupBy' | 'department' | 'team'>): SelectedGroups {
  const { groupBy, department, team } = request;
  const totalKind = kindOf(department !== null, team !== null);
  const total: SelectedRow = {
    group: findGroup(universe.groups, totalKind, department, team),
    label: totalKind === 'organisation' ? ORGANISATION_GROUP : labelOf(department, team),
    department,
    team,
  };
  if (!groupBy || total.group === null) return { total, rows: [] };

  const shownBy = DIMENSIONS[groupBy];
  const rowKind = kindOf(shownBy.department || department !== null, shownBy.team || team !== null);
  const rows = universe.groups.flatMap((g, index): SelectedRow[] => {
    if (g.kind !== rowKind || (department !== null && g.department !== department) || (team !== null && g.team !== team)) return [];
    return [
      {
        group: index,
        label: labelOf(shownBy.department ? g.department : null, shownBy.team ? g.team : null),
        department: g.department,
        team: g.team,
      },
    ];
  });
  return { total, rows };
}

function kindOf(department: boolean, team: boolean): GroupKind {
  if (department && team) return 'department_team';
  if (department) return 'department';
  if (team) return 'team';
  return 'organisation';
}

function findGroup(groups: readonly UniverseGroup[], kind: GroupKind, department: string | null, team: string | null): number | null {
  const index = groups.findIndex(
    (g) => g.kind === kind && (kind === 'team' || g.department === department) && (kind === 'department' || g.team === team),
  );
  return index === -1 ? null : index;
}

function labelOf(department: string | null, team: string | null): string {
  return [department, team].filter((name): name is string => name !== null).join(' / ');
}
