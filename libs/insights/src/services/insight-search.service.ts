import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import type { InsightPassage } from '#llm';

export interface PassageScope {
  organisationId: string;
  participantMembershipId: string;
  /** Restricts to these sessions (already checked to be the participant's); null means all of theirs. */
  sessionIds: string[] | null;
}

interface PassageRow {
  turn_id: string;
  session_id: string;
  content: string;
  completed_at: Date | null;
}

// Question lexemes OR-ed as prefixes ("satisfaction" also finds "satisfied"); symbols are dropped
// so nothing in the question can change the query's syntax.
const QUESTION_QUERY = `
  SELECT to_tsquery('simple', string_agg(quote_literal(CASE WHEN length(l) > 6 THEN left(l, 6) ELSE l END) || ':*', ' | ')) AS query
    FROM unnest(tsvector_to_array(to_tsvector('english', $3))) AS l
   WHERE l !~ '[^[:alnum:]]' AND length(l) >= 3`;

/** The participant's own answers ($1 organisation, $2 participant; `sessions` names the session-filter parameter). */
const ownTurns = (sessions: string) => `
  JOIN reflection_sessions s ON s.organisation_id = t.organisation_id AND s.id = t.session_id
 WHERE t.organisation_id = $1 AND s.participant_membership_id = $2 AND t.role = 'PARTICIPANT'
   AND (${sessions}::uuid[] IS NULL OR t.session_id = ANY(${sessions}::uuid[]))`;

/**
 * Retrieval for questions a participant asks of their reflections: PostgreSQL full-text search
 * (the GIN index on session_turns.search) over their own answers only, ranked with ts_rank.
 */
@Injectable()
export class InsightSearch {
  constructor(private readonly db: TenantDatabase) {}

  async search(scope: PassageScope, question: string, limit: number): Promise<InsightPassage[]> {
    const rows: PassageRow[] = await this.db.manager.query(
      `WITH q AS (${QUESTION_QUERY})
       SELECT t.id AS turn_id, t.session_id, t.content, s.completed_at
         FROM q, session_turns t ${ownTurns('$4')}
          AND q.query IS NOT NULL AND t.search @@ q.query
        ORDER BY ts_rank(t.search, q.query) DESC, t.created_at DESC
        LIMIT $5`,
      [scope.organisationId, scope.participantMembershipId, question, scope.sessionIds, limit],
    );
    return rows.map(toPassage);
  }

  /** The participant's latest answers: the sources when the search matches nothing. */
  async recent(scope: PassageScope, limit: number): Promise<InsightPassage[]> {
    const rows: PassageRow[] = await this.db.manager.query(
      `SELECT t.id AS turn_id, t.session_id, t.content, s.completed_at
         FROM session_turns t ${ownTurns('$3')}
        ORDER BY t.created_at DESC, t.seq DESC
        LIMIT $4`,
      [scope.organisationId, scope.participantMembershipId, scope.sessionIds, limit],
    );
    return rows.map(toPassage);
  }
}

function toPassage(row: PassageRow): InsightPassage {
  return {
    sessionId: row.session_id,
    turnId: row.turn_id,
    content: row.content,
    ...(row.completed_at ? { completedAt: new Date(row.completed_at).toISOString() } : {}),
  };
}
