import { Injectable } from '@nestjs/common';
import { preparedStatement, type SqlItem, TenantDatabase } from '#database';
import type { ReflectionSessionEntity } from '../entities/reflection-session.entity.js';
import type { TurnRole } from '../entities/session-enums.js';
import type { SessionTurnEntity } from '../entities/session-turn.entity.js';
import type { InterviewerState } from '../interviewer/interviewer-state.type.js';
import { sessionFields, turnFields } from './session-fields.sql.js';

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
  /** The last turns, oldest first, when asked for with the lock. */
  lastTurns?: Array<Pick<SessionTurnEntity, 'role' | 'content'>>;
}

export interface NewTurn {
  seq: number;
  role: TurnRole;
  content: string;
  stage: string | null;
  questionRef: string | null;
  idempotencyKey?: string | null;
}

export interface InterviewerAudit {
  provider: string;
  model: string;
  promptVersion: string;
}

/** A reply to store, conditional on the session still awaiting it. */
export interface ReplyWrite {
  /** The answer it replies to. */
  answerSeq: number;
  turn: NewTurn;
  state: InterviewerState;
  audit: InterviewerAudit | null;
  /** The reply pauses the session (a break, a crisis). */
  pause: boolean;
  /** The answer and the reply are a distress exchange (the participant's alone). */
  sensitive: boolean;
}

const LOCK_SESSION = preparedStatement(
  `SELECT ${sessionFields('s.')}, o.settings -> 'llm' AS "orgLlm", o.settings ->> 'supportResources' AS "orgSupport",
          (SELECT row_to_json(t) FROM (SELECT ${turnFields()} FROM session_turns
             WHERE organisation_id = s.organisation_id AND session_id = s.id AND idempotency_key = $3) AS t) AS "keyedTurn"
     FROM reflection_sessions s
     JOIN organisations o ON o.id = s.organisation_id
    WHERE s.organisation_id = $1 AND s.id = $2
      FOR UPDATE OF s`,
);

const TURN_BY_SEQ = preparedStatement(
  `SELECT ${turnFields()} FROM session_turns WHERE organisation_id = $1 AND session_id = $2 AND seq = $3`,
);

const RECENT_TURNS = preparedStatement(
  `SELECT role, content FROM (SELECT seq, role, content FROM session_turns
     WHERE organisation_id = $1 AND session_id = $2 AND seq < $3 ORDER BY seq DESC LIMIT $4) AS recent ORDER BY seq`,
);

// The window the interviewer reads, sent with the lock (it runs after it, in the same round trip).
const LAST_TURNS = preparedStatement(
  `SELECT role, content FROM (SELECT seq, role, content FROM session_turns
     WHERE organisation_id = $1 AND session_id = $2 ORDER BY seq DESC LIMIT $3) AS recent ORDER BY seq`,
);

// The session's new state is merged key by key ($9: only the keys that changed).
const APPEND_TURN = preparedStatement(
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
   )
   INSERT INTO session_turns (organisation_id, session_id, seq, role, content, stage, question_ref, idempotency_key)
   SELECT $1, id, $3, $5, $4, $6, $7, $8 FROM saved
   RETURNING ${turnFields()}`,
);

// Written only while the session still awaits this very reply: a completed, repaired or newer
// session leaves it unwritten (no row), so a late reply never interleaves.
const WRITE_REPLY = preparedStatement(
  `WITH saved AS (
     UPDATE reflection_sessions
        SET interviewer_state = interviewer_state || $9::jsonb,
            paused_at = CASE WHEN $13::boolean THEN now() ELSE paused_at END,
            interviewer_provider = coalesce($10, interviewer_provider),
            interviewer_model = coalesce($11, interviewer_model),
            interviewer_prompt_version = coalesce($12, interviewer_prompt_version),
            updated_at = now()
      WHERE organisation_id = $1 AND id = $2 AND status = 'IN_PROGRESS' AND (interviewer_state -> 'awaitingReply' ->> 'seq')::int = $14
     RETURNING id
   ),
   marked AS (
     UPDATE session_turns SET sensitive = true
      WHERE $8::boolean AND organisation_id = $1 AND session_id IN (SELECT id FROM saved) AND seq = $14
   )
   INSERT INTO session_turns (organisation_id, session_id, seq, role, content, stage, question_ref, sensitive)
   SELECT $1, id, $3, $5, $4, $6, $7, $8::boolean FROM saved
   RETURNING ${turnFields()}`,
);

/**
 * The SQL of the interview hot path: lock and read a session, store an answer, store a reply
 * conditionally. Each write also merges the interviewer state's changed parts.
 */
@Injectable()
export class SessionStore {
  constructor(private readonly db: TenantDatabase) {}

  /**
   * Locks the session row for this transaction and reads it with the organisation's interview
   * settings and, when a key is given, the answer already stored under that idempotency key.
   */
  async lock(
    organisationId: string,
    sessionId: string,
    idempotencyKey: string | null = null,
    options: { lastTurns?: number } = {},
  ): Promise<LockedSession | null> {
    const window = options.lastTurns ? [{ statement: LAST_TURNS, values: [organisationId, sessionId, options.lastTurns] }] : [];
    const [[row], last] = await this.db.batch([
      { statement: LOCK_SESSION, values: [organisationId, sessionId, idempotencyKey] },
      ...window,
    ]);
    if (!row) return null;
    const { orgLlm, orgSupport, keyedTurn, ...session } = row;
    const keyed = keyedTurn ? { ...keyedTurn, createdAt: new Date(keyedTurn.createdAt) } : null;
    const lastTurns = last as LockedSession['lastTurns'];
    return {
      session: session as ReflectionSessionEntity,
      organisation: { llm: orgLlm, supportResources: orgSupport },
      keyedTurn: keyed,
      lastTurns,
    };
  }

  async turnBySeq(organisationId: string, sessionId: string, seq: number): Promise<SessionTurnEntity | null> {
    const [row] = await this.db.query<SessionTurnEntity>(TURN_BY_SEQ, [organisationId, sessionId, seq]);
    return row ?? null;
  }

  /** The last `limit` turns before `beforeSeq`, oldest first. */
  recentTurns(
    organisationId: string,
    sessionId: string,
    beforeSeq: number,
    limit: number,
  ): Promise<Array<Pick<SessionTurnEntity, 'role' | 'content'>>> {
    return this.db.query(RECENT_TURNS, [organisationId, sessionId, beforeSeq, limit]);
  }

  turnsOf(organisationId: string, sessionIds: readonly string[]): Promise<SessionTurnEntity[]> {
    return this.db.query<SessionTurnEntity>(
      `SELECT ${turnFields()} FROM session_turns WHERE organisation_id = $1 AND session_id = ANY($2::uuid[]) ORDER BY session_id, seq`,
      [organisationId, sessionIds],
    );
  }

  /**
   * Appends a turn and saves the session's new state (and optional audit) in one statement.
   * Answering resumes a paused session. With `commit`, the statement carries the transaction's
   * COMMIT (one round trip) and the connection goes back to the pool.
   */
  async appendTurn(
    session: ReflectionSessionEntity,
    turn: NewTurn,
    state: InterviewerState,
    options: { audit?: InterviewerAudit | null; commit?: boolean } = {},
  ): Promise<SessionTurnEntity> {
    const audit = options.audit ?? null;
    const item = {
      statement: APPEND_TURN,
      values: [...turnValues(session, turn), turn.idempotencyKey ?? null, ...stateValues(session, state, audit)],
    };
    const [[row]] = options.commit ? await this.db.commitWith([item]) : await this.db.batch([item]);
    applyState(session, state, audit, turn.role === 'PARTICIPANT' ? null : undefined);
    return row as SessionTurnEntity;
  }

  /**
   * Stores a reply if the session still awaits it (null when it moved on meanwhile), sent with
   * `along` (e.g. the metering of the model calls behind it) and, with `commit`, the COMMIT: one
   * round trip.
   */
  async writeReply(
    session: ReflectionSessionEntity,
    reply: ReplyWrite,
    options: { along?: SqlItem[]; commit?: boolean } = {},
  ): Promise<SessionTurnEntity | null> {
    const values = [
      ...turnValues(session, reply.turn),
      reply.sensitive,
      ...stateValues(session, reply.state, reply.audit),
      reply.pause,
      reply.answerSeq,
    ];
    const items = [...(options.along ?? []), { statement: WRITE_REPLY, values }];
    const rows = options.commit ? await this.db.commitWith(items) : await this.db.batch(items);
    const row = rows[rows.length - 1]![0] as SessionTurnEntity | undefined;
    if (row) applyState(session, reply.state, reply.audit, reply.pause ? new Date() : undefined);
    return row ?? null;
  }
}

/** $1..$7 of the turn statements. */
const turnValues = (session: ReflectionSessionEntity, turn: NewTurn): unknown[] => [
  session.organisationId,
  session.id,
  turn.seq,
  turn.content,
  turn.role,
  turn.stage,
  turn.questionRef,
];

/** $9..$12 of the turn statements: the state's changed keys and the audit. */
const stateValues = (session: ReflectionSessionEntity, state: InterviewerState, audit: InterviewerAudit | null): unknown[] => [
  JSON.stringify(changedKeys(session.interviewerState, state)),
  audit?.provider ?? null,
  audit?.model ?? null,
  audit?.promptVersion ?? null,
];

function applyState(
  session: ReflectionSessionEntity,
  state: InterviewerState,
  audit: InterviewerAudit | null,
  pausedAt: Date | null | undefined,
): void {
  session.interviewerState = state;
  if (pausedAt !== undefined) session.pausedAt = pausedAt;
  if (audit)
    Object.assign(session, {
      interviewerProvider: audit.provider,
      interviewerModel: audit.model,
      interviewerPromptVersion: audit.promptVersion,
    });
}

/**
 * The top-level keys of the state that changed. States are updated by spreading, so an unchanged
 * part (the agenda, the stages) keeps its identity and is not sent again.
 */
function changedKeys(previous: ReflectionSessionEntity['interviewerState'], next: InterviewerState): Partial<InterviewerState> {
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => (previous as Partial<InterviewerState>)[key as keyof InterviewerState] !== value),
  );
}
