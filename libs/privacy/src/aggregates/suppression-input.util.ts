import type { GroupCounts, SuppressionInput } from './aggregate-report.types.js';

/**
 * Rejects inputs that break the assumptions complementary suppression relies on: if groups
 * overlapped or exceeded the organisation, "total minus siblings" reasoning would be wrong
 * and cells could leak. Throws a RangeError naming the first problem.
 */
export function assertValidSuppressionInput(input: SuppressionInput): void {
  const { threshold, organisation, groups } = input;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`threshold must be a positive integer, got ${threshold}`);
  }
  [organisation, ...groups].forEach(assertValidGroup);

  const names = new Set<string>();
  for (const group of groups) {
    if (names.has(group.group)) throw new RangeError(`duplicate group "${group.group}"`);
    names.add(group.group);
  }
  if (total(groups.map((g) => g.participants)) > organisation.participants) {
    throw new RangeError('group participants exceed the organisation total');
  }
  const themes = new Set(groups.flatMap((g) => g.themes.map((t) => t.theme)));
  for (const theme of themes) {
    const inGroups = total(groups.map((g) => themeParticipants(g, theme)));
    if (inGroups > themeParticipants(organisation, theme)) {
      throw new RangeError(`participants of theme "${theme}" exceed the organisation total`);
    }
  }
}

/** Participants of a theme in a group; a theme a group does not list has none. */
export function themeParticipants(group: GroupCounts, theme: string): number {
  return group.themes.find((t) => t.theme === theme)?.participants ?? 0;
}

function assertValidGroup(group: GroupCounts): void {
  const where = `group "${group.group}"`;
  assertCount(group.participants, `${where} participants`);
  assertCount(group.satisfactionCount, `${where} satisfactionCount`);
  assertFinite(group.satisfactionSum, `${where} satisfactionSum`);
  const seen = new Set<string>();
  for (const theme of group.themes) {
    const at = `${where} theme "${theme.theme}"`;
    if (seen.has(theme.theme)) throw new RangeError(`duplicate ${at}`);
    seen.add(theme.theme);
    assertCount(theme.participants, `${at} participants`);
    assertCount(theme.sentimentCount, `${at} sentimentCount`);
    assertFinite(theme.sentimentSum, `${at} sentimentSum`);
    // A theme's participants are a subset of the group's.
    if (theme.participants > group.participants) {
      throw new RangeError(`${at} has more participants than the group`);
    }
  }
}

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
  }
}

function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be finite, got ${value}`);
}

function total(values: number[]): number {
  return values.reduce((acc, value) => acc + value, 0);
}
