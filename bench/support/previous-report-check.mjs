// The HR report check as it was before suppression covered every grouping of a period: each
// grouping (department or team) protected on its own, with complementary suppression within it.
// Kept here, unchanged but for the columns it reads (own ratings and estimates were one sum then),
// only so that the development-themes benchmark measures it beside the current check in one run.

/** The previous report for one grouping: its SQL, then its suppression. */
export async function previousReport(db, organisationId, period, grouping) {
  const rows = await db.query(developmentThemesSql(grouping), [organisationId, period]);
  const threshold = Math.max(3, rows.rows[0]?.threshold ?? 5);
  return applySuppression(toSuppressionInput(rows.rows, threshold));
}

// ---- previously development-themes.sql.ts
// Whitelisted expressions: the grouping never reaches SQL as text from the caller. Blank names
// count as no group (the participant still counts in the organisation).
const GROUP_EXPRESSION = {
  department: `nullif(btrim(m.department), '')`,
  team: `nullif(btrim(m.team), '')`,
};
/**
 * Distinct-participant counts for one organisation ($1) and quarter ($2): per group and in total
 * (grouping sets), for the group rows (theme NULL) and for each theme, plus the organisation's
 * threshold on every row (one round trip). Each rollup row is one participant, so count(*)
 * counts distinct participants. Averages weigh every participant once: the sums add up each
 * participant's own mean score (or theme sentiment) for the quarter.
 *
 * Members are checked at read time as well, so an opt-out or a removal hides a participant at
 * once, before the worker has removed their rollup rows; the group is the member's current one.
 * The materialised CTEs pin the plan to range scans of the primary keys (organisation, period)
 * and hash joins, whatever the row estimates (row-level security makes them poor).
 */
function developmentThemesSql(grouping) {
  const group = grouping ? GROUP_EXPRESSION[grouping] : null;
  const groupColumn = group ?? 'NULL::text';
  const isTotal = group ? `GROUPING(${group}) = 1` : 'true';
  return `
WITH counted AS MATERIALIZED (
  SELECT m.id, m.department, m.team FROM memberships m
   WHERE m.organisation_id = $1 AND m.removed_at IS NULL AND m.aggregate_consent
),
people AS MATERIALIZED (
  SELECT participant_membership_id, own_rating_sum + estimate_sum AS satisfaction_sum, own_rating_count + estimate_count AS satisfaction_count FROM analytics_participant_periods
   WHERE organisation_id = $1 AND period = $2
),
themes AS MATERIALIZED (
  SELECT participant_membership_id, theme_key, sentiment_sum, sentiment_count FROM analytics_participant_themes
   WHERE organisation_id = $1 AND period = $2
),
settings AS (SELECT anonymity_threshold AS threshold FROM organisations WHERE id = $1)
SELECT NULL::text AS theme, ${groupColumn} AS "group", ${isTotal} AS "isTotal",
       count(*)::int AS participants,
       coalesce(sum(p.satisfaction_sum / p.satisfaction_count) FILTER (WHERE p.satisfaction_count > 0), 0)::float8 AS "valueSum",
       (count(*) FILTER (WHERE p.satisfaction_count > 0))::int AS "valueCount",
       (SELECT threshold FROM settings) AS threshold
  FROM people p JOIN counted m ON m.id = p.participant_membership_id
 GROUP BY GROUPING SETS (()${group ? `, (${group})` : ''})
UNION ALL
SELECT t.theme_key, ${groupColumn}, ${isTotal},
       count(*)::int,
       sum(t.sentiment_sum / t.sentiment_count)::float8,
       count(*)::int,
       (SELECT threshold FROM settings)
  FROM themes t JOIN counted m ON m.id = t.participant_membership_id
 GROUP BY GROUPING SETS ((t.theme_key)${group ? `, (t.theme_key, ${group})` : ''})`;
}

// ---- previously report-assembly.util.ts
const ORGANISATION_GROUP = 'organisation';
/**
 * Turns the counts query into the suppression input. Participants without a group count in
 * the organisation only (the remainder that suppression also protects). Groups are ordered by
 * name and themes by size, so equal inputs always give the same report.
 */
function toSuppressionInput(rows, threshold) {
  const groupNames = [...new Set(rows.filter((r) => !r.isTotal && r.group !== null && r.theme === null).map((r) => r.group))].sort(byText);
  const counts = (isTotal, group, name) => {
    const own = rows.filter((r) => r.isTotal === isTotal && (isTotal || r.group === group));
    const total = own.find((r) => r.theme === null);
    return {
      group: name,
      participants: total?.participants ?? 0,
      satisfactionSum: total?.valueSum ?? 0,
      satisfactionCount: total?.valueCount ?? 0,
      themes: own
        .filter((r) => r.theme !== null)
        .map(toThemeCounts)
        .sort((a, b) => b.participants - a.participants || byText(a.theme, b.theme)),
    };
  };
  return {
    threshold,
    organisation: counts(true, null, ORGANISATION_GROUP),
    groups: groupNames.map((name) => counts(false, name, name)),
  };
}
function toThemeCounts(row) {
  return { theme: row.theme, participants: row.participants, sentimentSum: row.valueSum, sentimentCount: row.valueCount };
}
function byText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---- previously suppression-input.util.ts
/**
 * Rejects inputs that break the assumptions complementary suppression relies on: if groups
 * overlapped or exceeded the organisation, "total minus siblings" reasoning would be wrong
 * and cells could leak. Throws a RangeError naming the first problem.
 */
function assertValidSuppressionInput(input) {
  const { threshold, organisation, groups } = input;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`threshold must be a positive integer, got ${threshold}`);
  }
  [organisation, ...groups].forEach(assertValidGroup);
  const names = new Set();
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
function themeParticipants(group, theme) {
  return group.themes.find((t) => t.theme === theme)?.participants ?? 0;
}
function assertValidGroup(group) {
  const where = `group "${group.group}"`;
  assertCount(group.participants, `${where} participants`);
  assertCount(group.satisfactionCount, `${where} satisfactionCount`);
  assertFinite(group.satisfactionSum, `${where} satisfactionSum`);
  const seen = new Set();
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
function assertCount(value, what) {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
  }
}
function assertFinite(value, what) {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be finite, got ${value}`);
}
function total(values) {
  return values.reduce((acc, value) => acc + value, 0);
}

// ---- previously complementary-suppression.util.ts
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
function protectAdditiveTable(table, threshold) {
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
function smallestShown(cells, hidden) {
  let best = -1;
  cells.forEach((count, i) => {
    if (hidden[i] || count <= 0) return;
    if (best === -1 || count < cells[best]) best = i; // ties: first in input order
  });
  return best;
}
function sum(values) {
  return values.reduce((acc, value) => acc + value, 0);
}

// ---- previously suppression.util.ts
/**
 * Applies k-anonymity to one period's report: primary suppression of every cell with fewer
 * than `threshold` distinct participants, then complementary suppression so hidden cells
 * cannot be recovered by subtracting shown siblings from the organisation total.
 *
 * Group rows are protected first; their outcome feeds the theme tables (a theme cell in a
 * hidden row is hidden). Theme cells never feed back into rows: a participant can hold
 * several themes, so a group's theme cells do not sum to its total and there is no
 * within-group equation to protect.
 *
 * Averages are only shown next to shown counts, so a sum recovered from the organisation's
 * average minus the shown ones covers the same hidden cells as the recovered count does.
 */
function applySuppression(input) {
  assertValidSuppressionInput(input);
  const { threshold, organisation, groups } = input;
  const organisationShown = organisation.participants >= threshold;
  const groupHidden = protectAdditiveTable(
    {
      total: organisation.participants,
      totalShown: organisationShown,
      cells: groups.map((g) => g.participants),
      suppressed: groups.map((g) => g.participants < threshold),
    },
    threshold,
  );
  // Shown theme names per row: index 0 is the organisation, i + 1 is groups[i].
  const shownThemes = [organisation, ...groups].map(() => new Set());
  for (const theme of themeNames(organisation, groups)) {
    const orgCount = themeParticipants(organisation, theme);
    const orgCellShown = organisationShown && orgCount >= threshold;
    if (orgCellShown) shownThemes[0].add(theme);
    const cells = groups.map((g) => themeParticipants(g, theme));
    const hidden = protectAdditiveTable(
      {
        total: orgCount,
        totalShown: orgCellShown,
        cells,
        suppressed: cells.map((count, i) => groupHidden[i] || count < threshold),
      },
      threshold,
    );
    hidden.forEach((isHidden, i) => {
      if (!isHidden) shownThemes[i + 1].add(theme);
    });
  }
  const organisationRow = toRow(organisation, !organisationShown, shownThemes[0]);
  const groupRows = groups.map((g, i) => toRow(g, groupHidden[i], shownThemes[i + 1]));
  const suppressedCells = [organisation, ...groups].reduce(
    (acc, group, i) => acc + hiddenCells(group, [organisationRow, ...groupRows][i]),
    0,
  );
  return { organisation: organisationRow, groups: groupRows, suppressedCells };
}
function toRow(group, suppressed, shown) {
  if (suppressed) {
    const { group: name } = group;
    return { group: name, participants: null, averageSatisfaction: null, suppressed, themes: [] };
  }
  const themes = group.themes
    .filter((t) => t.participants > 0 && shown.has(t.theme)) // an empty cell is left out like a hidden one
    .map((t) => ({
      theme: t.theme,
      participants: t.participants,
      share: round(t.participants / group.participants, 3),
      averageSentiment: average(t.sentimentSum, t.sentimentCount, 3),
    }));
  return {
    group: group.group,
    participants: group.participants,
    averageSatisfaction: average(group.satisfactionSum, group.satisfactionCount, 2),
    suppressed,
    themes,
  };
}
/** The row itself (if hidden) plus its non-empty theme cells that are not shown. */
function hiddenCells(group, row) {
  const hiddenThemes = group.themes.filter((t) => t.participants > 0 && !row.themes.some((shown) => shown.theme === t.theme)).length;
  return (row.suppressed ? 1 : 0) + hiddenThemes;
}
/** Every theme named anywhere (validation guarantees the organisation lists them all). */
function themeNames(organisation, groups) {
  return [...new Set([organisation, ...groups].flatMap((g) => g.themes.map((t) => t.theme)))];
}
function average(sum, count, decimals) {
  return count === 0 ? null : round(sum / count, decimals);
}
/** Half away from zero; the epsilon absorbs binary noise such as 1.005 * 100 = 100.4999… */
function round(value, decimals) {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  const rounded = Math.round(Math.abs(scaled) + 1e-9) * Math.sign(scaled);
  return rounded / factor + 0; // + 0 turns -0 into 0
}
