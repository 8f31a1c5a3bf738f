import { type Cadence, dueStep, windowMs } from '#coaching/schedules';

/** One due assignment as the scheduler reads it (snake_case: straight from SQL). */
export interface DueAssignmentRow {
  id: string;
  organisation_id: string;
  template_id: string;
  participant_membership_id: string;
  cadence: Cadence;
  rrule: string | null;
  timezone: string;
  starts_at: Date;
  window_days: number;
  next_due_at: Date;
  template_version: number;
  default_visibility: string | null;
  /** False when the participant left or the template was archived: advance, create nothing. */
  materialise: boolean;
}

/** Column arrays for one `unnest(...)` insert of every new session of a chunk. */
export interface SessionColumns {
  organisationIds: string[];
  participantIds: string[];
  templateIds: string[];
  templateVersions: number[];
  visibilities: string[];
  assignmentIds: string[];
  dueAts: string[];
  windowClosesAts: string[];
}

/** Column arrays for one `unnest(...)` update of next_due_at. */
export interface AdvanceColumns {
  organisationIds: string[];
  assignmentIds: string[];
  nextDueAts: Array<string | null>;
}

export interface DueSessionPlan {
  sessions: SessionColumns;
  advance: AdvanceColumns;
  /** Assignments whose stored schedule could not be evaluated: stopped (next_due_at NULL). */
  broken: string[];
}

/** Turns a chunk of due assignments into two set-based writes: new sessions and advanced schedules. */
export function planDueSessions(rows: DueAssignmentRow[], asOf: Date): DueSessionPlan {
  const sessions: SessionColumns = {
    organisationIds: [],
    participantIds: [],
    templateIds: [],
    templateVersions: [],
    visibilities: [],
    assignmentIds: [],
    dueAts: [],
    windowClosesAts: [],
  };
  const advance: AdvanceColumns = { organisationIds: [], assignmentIds: [], nextDueAts: [] };
  const broken: string[] = [];

  for (const row of rows) {
    const spec = { cadence: row.cadence, rrule: row.rrule, timezone: row.timezone, startsAt: new Date(row.starts_at) };
    let step: ReturnType<typeof dueStep> | null = null;
    try {
      step = dueStep(spec, row.window_days, new Date(row.next_due_at), asOf);
    } catch {
      broken.push(row.id);
    }
    advance.organisationIds.push(row.organisation_id);
    advance.assignmentIds.push(row.id);
    advance.nextDueAts.push(step?.next?.toISOString() ?? null);
    if (!step || !row.materialise) continue;
    for (const due of step.due) {
      sessions.organisationIds.push(row.organisation_id);
      sessions.participantIds.push(row.participant_membership_id);
      sessions.templateIds.push(row.template_id);
      sessions.templateVersions.push(row.template_version);
      sessions.visibilities.push(row.default_visibility ?? 'PRIVATE');
      sessions.assignmentIds.push(row.id);
      sessions.dueAts.push(due.toISOString());
      sessions.windowClosesAts.push(new Date(due.getTime() + windowMs(row.window_days)).toISOString());
    }
  }
  return { sessions, advance, broken };
}
