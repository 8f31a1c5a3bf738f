import type { ExportPart } from './export.queries.js';

export type ExportRow = Record<string, unknown>;
export type ExportRows = Record<ExportPart, ExportRow[]>;

/** Identifies the layout of the document, so that a reader can tell versions apart. */
export const EXPORT_FORMAT = 'waypoint-export@1';

export interface ExportDocument {
  format: string;
  exportedAt: string;
  organisation: ExportRow | null;
  member: ExportRow | null;
  sessions: ExportRow[];
  questions: ExportRow[];
  assignments: ExportRow[];
  personalTemplates: ExportRow[];
  /** Owned rows whose parent is not among the member's own (never expected; kept rather than dropped). */
  unattached?: { summaries?: ExportRow[]; actionPlans?: ExportRow[]; actionItems?: ExportRow[] };
}

function without(row: ExportRow, key: string): ExportRow {
  const { [key]: _dropped, ...rest } = row;
  return rest;
}

/** Groups rows by a key column, dropping that column from each row (it is implied by the nesting). */
function groupBy(rows: ExportRow[], key: string): Map<string, ExportRow[]> {
  const groups = new Map<string, ExportRow[]>();
  for (const row of rows) {
    const id = String(row[key]);
    groups.set(id, [...(groups.get(id) ?? []), without(row, key)]);
  }
  return groups;
}

/** Nests the member's rows into one document: each session with its turns, summary, plan, shares and reads. */
export function buildExportDocument(rows: ExportRows, exportedAt: Date): ExportDocument {
  const sessionIds = new Set(rows.sessions.map((s) => String(s.id)));
  const planIds = new Set(rows.actionPlans.map((p) => String(p.id)));
  const turns = groupBy(rows.turns, 'sessionId');
  const summaries = groupBy(rows.summaries, 'sessionId');
  const plans = groupBy(rows.actionPlans, 'sessionId');
  const items = groupBy(rows.actionItems, 'actionPlanId');
  const comments = groupBy(rows.comments, 'actionItemId');
  const shares = groupBy(rows.shares, 'sessionId');
  const reads = groupBy(rows.accessLog, 'sessionId');

  const withItems = (plan: ExportRow): ExportRow => ({
    ...plan,
    items: (items.get(String(plan.id)) ?? []).map((item) => ({ ...item, comments: comments.get(String(item.id)) ?? [] })),
  });

  const sessions = rows.sessions.map((session) => {
    const id = String(session.id);
    const plan = plans.get(id)?.[0];
    return {
      ...session,
      turns: turns.get(id) ?? [],
      summary: summaries.get(id)?.[0] ?? null,
      actionPlan: plan ? withItems(plan) : null,
      sharedWith: shares.get(id) ?? [],
      accessLog: reads.get(id) ?? [],
    };
  });

  const document: ExportDocument = {
    format: EXPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    organisation: rows.organisation[0] ?? null,
    member: rows.member[0] ?? null,
    sessions,
    questions: rows.questions,
    assignments: rows.assignments,
    personalTemplates: rows.personalTemplates,
  };
  const unattached = {
    summaries: rows.summaries.filter((s) => !sessionIds.has(String(s.sessionId))),
    actionPlans: rows.actionPlans.filter((p) => !sessionIds.has(String(p.sessionId))).map(withItems),
    actionItems: rows.actionItems.filter((i) => !planIds.has(String(i.actionPlanId))),
  };
  if (unattached.summaries.length || unattached.actionPlans.length || unattached.actionItems.length) document.unattached = unattached;
  return document;
}
