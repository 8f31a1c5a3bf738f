import type { ReflectionSessionEntity } from '../entities/reflection-session.entity.js';
import type { SessionTurnEntity } from '../entities/session-turn.entity.js';

/** Raw rows (hot-path SQL) to entities; column names as in the migration. */
export function sessionFromRow(row: Record<string, any>): ReflectionSessionEntity {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    participantMembershipId: row.participant_membership_id,
    templateId: row.template_id,
    templateVersion: row.template_version,
    assignmentId: row.assignment_id,
    dueAt: row.due_at,
    windowClosesAt: row.window_closes_at,
    status: row.status,
    visibility: row.visibility,
    pausedAt: row.paused_at,
    interviewerState: row.interviewer_state,
    interviewerProvider: row.interviewer_provider,
    interviewerModel: row.interviewer_model,
    interviewerPromptVersion: row.interviewer_prompt_version,
    summaryState: row.summary_state,
    summaryError: row.summary_error,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function turnFromRow(row: Record<string, any>): SessionTurnEntity {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    sessionId: row.session_id,
    seq: row.seq,
    role: row.role,
    content: row.content,
    stage: row.stage,
    questionRef: row.question_ref,
    idempotencyKey: row.idempotency_key,
    createdAt: row.created_at,
  };
}

export const TURN_COLUMNS = 'id, organisation_id, session_id, seq, role, content, stage, question_ref, idempotency_key, created_at';

export const SESSION_COLUMNS =
  'id, organisation_id, participant_membership_id, template_id, template_version, assignment_id, due_at, window_closes_at, status, visibility, ' +
  'paused_at, interviewer_state, interviewer_provider, interviewer_model, interviewer_prompt_version, summary_state, summary_error, ' +
  'started_at, completed_at, created_at, updated_at';
