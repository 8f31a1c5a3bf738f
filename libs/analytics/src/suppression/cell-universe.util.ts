/** Which members' attribute a group is defined by. */
export type GroupKind = 'organisation' | 'department' | 'team' | 'department_team';

/** The attributes HR can group and filter by. Blank names are no group. */
export interface Profile {
  department: string | null;
  team: string | null;
}

/** A group HR can request for a period: the organisation, a department, a team or a pair of both. */
export interface UniverseGroup {
  key: string;
  kind: GroupKind;
  department: string | null;
  team: string | null;
  /** Indexes of the profiles (atoms) whose members the group holds. */
  atoms: readonly number[];
}

/**
 * Every group any report of a period can show, whatever the grouping or filter asked for: a
 * filtered report's total and its rows are groups of this list too (team "Red" within department
 * "Ops" is the pair "Ops / Red"). Members with the same profile (department, team) are in exactly
 * the same groups; the profiles are the atoms every group is a union of.
 */
export interface CellUniverse {
  profiles: readonly Profile[];
  groups: readonly UniverseGroup[];
  /** For each atom, the indexes of the (at most four) groups that hold it. */
  containing: readonly (readonly number[])[];
}

export const KIND_ORDER: readonly GroupKind[] = ['organisation', 'department', 'team', 'department_team'];

export function groupKey(kind: GroupKind, department: string | null, team: string | null): string {
  switch (kind) {
    case 'organisation':
      return 'organisation';
    case 'department':
      return `department:${department}`;
    case 'team':
      return `team:${team}`;
    case 'department_team':
      return `department_team:${JSON.stringify([department, team])}`;
  }
}

/** Builds the groups of the given profiles, in a fixed order: organisation, departments, teams, pairs, each by name. */
export function buildUniverse(input: readonly Profile[]): CellUniverse {
  const profiles = uniqueProfiles(input);
  const byDepartment = new Map<string, number[]>();
  const byTeam = new Map<string, number[]>();
  profiles.forEach((p, atom) => {
    if (p.department !== null) byDepartment.set(p.department, [...(byDepartment.get(p.department) ?? []), atom]);
    if (p.team !== null) byTeam.set(p.team, [...(byTeam.get(p.team) ?? []), atom]);
  });
  const groups: UniverseGroup[] = [
    { key: groupKey('organisation', null, null), kind: 'organisation', department: null, team: null, atoms: profiles.map((_, i) => i) },
  ];
  for (const department of [...byDepartment.keys()].sort(compareText)) {
    groups.push({
      key: groupKey('department', department, null),
      kind: 'department',
      department,
      team: null,
      atoms: byDepartment.get(department) as number[],
    });
  }
  for (const team of [...byTeam.keys()].sort(compareText)) {
    groups.push({ key: groupKey('team', null, team), kind: 'team', department: null, team, atoms: byTeam.get(team) as number[] });
  }
  profiles.forEach((p, atom) => {
    if (p.department !== null && p.team !== null)
      groups.push({
        key: groupKey('department_team', p.department, p.team),
        kind: 'department_team',
        department: p.department,
        team: p.team,
        atoms: [atom],
      });
  });

  const containing = profiles.map(() => [] as number[]);
  groups.forEach((group, g) => {
    for (const atom of group.atoms) containing[atom].push(g);
  });
  return { profiles, groups, containing };
}

/** One string per profile: a name is "=" and itself, no group is empty; PostgreSQL text never holds NUL. */
export function profileKey(p: Profile): string {
  return `${p.department === null ? '' : `=${p.department}`}\u0000${p.team === null ? '' : `=${p.team}`}`;
}

/** Sorted by department then team (no group first), each profile once. */
function uniqueProfiles(input: readonly Profile[]): Profile[] {
  const seen = new Map<string, Profile>();
  for (const p of input) seen.set(profileKey(p), { department: p.department, team: p.team });
  return [...seen.values()].sort((a, b) => compareNullable(a.department, b.department) || compareNullable(a.team, b.team));
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareText(a, b);
}
