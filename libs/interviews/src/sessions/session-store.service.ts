import { Injectable } from '@nestjs/common';
import { preparedStatement, TenantDatabase } from '#database';
import type { LlmUsage } from '#llm';
import { usageCounts } from '#llm/usage';
import type { ReflectionSessionEntity } from '../entities/reflection-session.entity.js';
import type { SessionTurnEntity, TurnRole } from '../entities/session-turn.entity.js';
import type { InterviewerState } from '../interviewer/interviewer-state.type.js';
import { unlockSql } from './session-lock.service.js';
import { SESSION_COLUMNS, sessionFromRow, TURN_COLUMNS, turnFromRow } from './session-rows.util.js';

export interface OrganisationInterviewSettings {
  /** Raw `settings.llm`, validated by the llm library's reader. */
  llm: unknown;
  supportResources: string | null;
}

export interface LockedSession {
  session: ReflectionSessionEntity;
  organisation: OrganisationInterviewSettings;
  /** The turn stored under the request's idempotency key, if any. */
  keyedTurn?: SessionTurnEntity | null;
}

export interface NewTurn {
  seq: number;
  role: TurnRole;
  content: string;
  stage: string | null;
  questionRef: string | null;
  idempotencyKey?: string | null;
}

export interface AppendedTurn {
  turn: SessionTurnEntity;
  /** The statement released the session lock (only when asked to). */
  unlocked: boolean;
}

export interface InterviewerAudit {
  provider: string;
  model: string;
  promptVersion: string;
}

const LOCK_SESSION = preparedStatement(
  `SELECT ${SESSION_COLUMNS.replace(/(\w+)/g, 's.$1')}, o.settings -> 'llm' AS org_llm, o.settings ->> 'supportResources' AS org_support,
          (SELECT row_to_json(t) FROM (SELECT ${TURN_COLUMNS} FROM session_turns
             WHERE organisation_id = s.organisation_id AND session_id = s.id AND idempotency_key = $3) AS t) AS keyed_turn
     FROM reflection_sessions s
     JOIN organisations o ON o.id = s.organisation_id
    WHERE s.organisation_id = $1 AND s.id = $2
      FOR UPDATE OF s`,
);

const TURN_BY_SEQ = preparedStatement(`SELECT ${TURN_COLUMNS} FROM session_turns WHERE organisation_id = $1 AND session_id = $2 AND seq = $3`);

const appendTurnStatement = (releaseLock: boolean) =>
  preparedStatement(
    `WITH saved AS (
       UPDATE reflection_sessions
          SET interviewer_state = interviewer_state || $9::jsonb,
              paused_at = CASE WHEN $5 = 'PARTICIPANT' THEN NULL ELSE paused_at END,
              interviewer_provider = coalesce($10, interviewer_provider),
              interviewer_model = coalesce($11, interviewer_model),
              interviewer_prompt_version = coalesce($12, interviewer_prompt_version),
              updated_at = now()
        WHERE organisation_id = $1 AND id = $2
       RETURNING id
     ),
     metered AS (
       INSERT INTO llm_usage (organisation_id, provider, model, task, prompt_version, input_chars, output_chars, input_tokens, output_tokens, latency_ms, outcome, attempts)
       SELECT $1, u.provider, u.model, u.task, u.prompt_version, u.input_chars, u.output_chars, u.input_tokens, u.output_tokens, u.latency_ms, u.outcome, u.attempts
         FROM jsonb_to_recordset($13::jsonb) AS u(provider text, model text, task text, prompt_version text, input_chars int, output_chars int,
                                                  input_tokens int, output_tokens int, latency_ms int, outcome text, attempts int)
     ),
     turn AS (
       INSERT INTO session_turns (organisation_id, session_id, seq, role, content, stage, question_ref, idempotency_key)
       VALUES ($1, $2, $3, $5, $4, $6, $7, $8)
       RETURNING ${TURN_COLUMNS}
     )
     -- Reading "saved" makes the session row's update (and so its row lock) happen before the
     -- unlock is evaluated; an unreferenced CTE would run after it and let the next answer in first.
     SELECT turn.*${releaseLock ? `, ${unlockSql('$2')} AS unlocked` : ''} FROM turn CROSS JOIN saved`,
  );
const APPEND_TURN = appendTurnStatement(false);
const APPEND_TURN_AND_UNLOCK = appendTurnStatement(true);

/**
 * The SQL of the interview hot path: one statement per step (lock and read, store an answer,
 * store a reply), each also writing the interviewer state, so an answer costs few round trips.
 */
@Injectable()
export class SessionStore {
  constructor(private readonly db: TenantDatabase) {}

  /**
   * Locks the session row for this transaction and reads it with the organisation's interview
   * settings and, when a key is given, the answer already stored under that idempotency key.
   */
  async lock(organisationId: string, sessionId: string, idempotencyKey: string | null = null): Promise<LockedSession | null> {
    const rows = await this.db.query(LOCK_SESSION, [organisationId, sessionId, idempotencyKey]);
    const row = rows[0];
    if (!row) return null;
    const keyed = row.keyed_turn ? turnFromRow({ ...row.keyed_turn, created_at: new Date(row.keyed_turn.created_at) }) : null;
    return { session: sessionFromRow(row), organisation: { llm: row.org_llm, supportResources: row.org_support }, keyedTurn: keyed };
  }

  async turnBySeq(organisationId: string, sessionId: string, seq: number): Promise<SessionTurnEntity | null> {
    const rows = await this.db.query(TURN_BY_SEQ, [organisationId, sessionId, seq]);
    return rows[0] ? turnFromRow(rows[0]) : null;
  }

  async turnsOf(organisationId: string, sessionIds: readonly string[]): Promise<SessionTurnEntity[]> {
    const rows: Array<Record<string, any>> = await this.db.manager.query(
      `SELECT ${TURN_COLUMNS} FROM session_turns WHERE organisation_id = $1 AND session_id = ANY($2::uuid[]) ORDER BY session_id, seq`,
      [organisationId, sessionIds],
    );
    return rows.map(turnFromRow);
  }

  /**
   * Appends a turn and saves the session's new state (its changed parts) and optional audit in
   * one statement; the same statement meters the model calls behind the turn and, for a reply,
   * releases the session lock. Answering also resumes a paused session.
   */
  async appendTurn(
    session: ReflectionSessionEntity,
    turn: NewTurn,
    state: InterviewerState,
    options: { audit?: InterviewerAudit | null; usage?: LlmUsage[]; releaseLock?: boolean } = {},
  ): Promise<AppendedTurn> {
    const { audit = null, usage = [], releaseLock = false } = options;
    const rows = await this.db.query(releaseLock ? APPEND_TURN_AND_UNLOCK : APPEND_TURN, 
      [
        session.organisationId,
        session.id,
        turn.seq,
        turn.content,
        turn.role,
        turn.stage,
        turn.questionRef,
        turn.idempotencyKey ?? null,
        JSON.stringify(changedKeys(session.interviewerState, state)),
        audit?.provider ?? null,
        audit?.model ?? null,
        audit?.promptVersion ?? null,
        JSON.stringify(usage.map(usageRow)),
      ],
    );
    session.interviewerState = state as unknown as Record<string, unknown>;
    if (turn.role === 'PARTICIPANT') session.pausedAt = null;
    if (audit) Object.assign(session, { interviewerProvider: audit.provider, interviewerModel: audit.model, interviewerPromptVersion: audit.promptVersion });
    return { turn: turnFromRow(rows[0]!), unlocked: rows[0]!.unlocked === true };
  }
}

/**
 * The top-level keys of the state that changed. States are updated by spreading, so an unchanged
 * part (the agenda, the stages) keeps its identity and is not sent again.
 */
function changedKeys(previous: Record<string, unknown>, next: InterviewerState): Record<string, unknown> {
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => previous?.[key] !== value));
}

/** One metered model call as an `llm_usage` row (column names), from the shared counting rules. */
function usageRow(usage: LlmUsage): Record<string, unknown> {
  const c = usageCounts(usage);
  return {
    provider: c.provider,
    model: c.model,
    task: c.task,
    prompt_version: c.promptVersion,
    input_chars: c.inputChars,
    output_chars: c.outputChars,
    input_tokens: c.inputTokens,
    output_tokens: c.outputTokens,
    latency_ms: c.latencyMs,
    outcome: c.outcome,
    attempts: c.attempts,
  };
}
