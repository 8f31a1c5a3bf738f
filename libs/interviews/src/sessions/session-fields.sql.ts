/**
 * Column lists of the interview hot-path SQL, aliased to the entities' property names so that a
 * row is already a `ReflectionSessionEntity` / `SessionTurnEntity` (no row mapper).
 */
const aliased = (alias: string, columns: Array<[string, string]>): string =>
  columns.map(([column, property]) => `${alias}${column}${column === property ? '' : ` AS "${property}"`}`).join(', ');

const TURN_COLUMNS: Array<[string, string]> = [
  ['id', 'id'],
  ['organisation_id', 'organisationId'],
  ['session_id', 'sessionId'],
  ['seq', 'seq'],
  ['role', 'role'],
  ['content', 'content'],
  ['stage', 'stage'],
  ['question_ref', 'questionRef'],
  ['idempotency_key', 'idempotencyKey'],
  ['sensitive', 'sensitive'],
  ['created_at', 'createdAt'],
];

const SESSION_COLUMNS: Array<[string, string]> = [
  ['id', 'id'],
  ['organisation_id', 'organisationId'],
  ['participant_membership_id', 'participantMembershipId'],
  ['template_id', 'templateId'],
  ['template_version', 'templateVersion'],
  ['assignment_id', 'assignmentId'],
  ['due_at', 'dueAt'],
  ['window_closes_at', 'windowClosesAt'],
  ['status', 'status'],
  ['visibility', 'visibility'],
  ['paused_at', 'pausedAt'],
  ['interviewer_state', 'interviewerState'],
  ['interviewer_provider', 'interviewerProvider'],
  ['interviewer_model', 'interviewerModel'],
  ['interviewer_prompt_version', 'interviewerPromptVersion'],
  ['summary_state', 'summaryState'],
  ['summary_error', 'summaryError'],
  ['started_at', 'startedAt'],
  ['completed_at', 'completedAt'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
];

/** `SELECT` list of a turn (`alias` like "t." or ""). */
export const turnFields = (alias = ''): string => aliased(alias, TURN_COLUMNS);

/** `SELECT` list of a session (`alias` like "s." or ""). */
export const sessionFields = (alias = ''): string => aliased(alias, SESSION_COLUMNS);
