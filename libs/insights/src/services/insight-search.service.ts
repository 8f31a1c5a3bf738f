import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import type { InsightPassage } from '#llm';
import type { StoredTheme } from '../entities/reflection-summary.entity.js';

export interface ThemeEvidence {
  /** Labels of the themes coded in the participant's summaries, strongest first. */
  labels: string[];
  /** The participant turns those themes were coded from. */
  passages: InsightPassage[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

  /** For questions about themes: the themes coded in the participant's summaries and their source turns. */
  async themeEvidence(scope: PassageScope, limit: number): Promise<ThemeEvidence> {
    const summaries: Array<{ themes: StoredTheme[] }> = await this.db.manager.query(
      `SELECT r.themes FROM reflection_summaries r
        WHERE r.organisation_id = $1 AND r.participant_membership_id = $2
          AND ($3::uuid[] IS NULL OR r.session_id = ANY($3::uuid[]))
        ORDER BY r.created_at DESC
        LIMIT 20`,
      [scope.organisationId, scope.participantMembershipId, scope.sessionIds],
    );
    const themes = strongestThemes(summaries.flatMap((s) => s.themes));
    const turnIds = [...new Set(themes.flatMap((t) => t.turnIds))].filter((id) => UUID.test(id)).slice(0, limit);
    if (!turnIds.length) return { labels: themes.map((t) => t.label.toLowerCase()).slice(0, 8), passages: [] };
    const rows: PassageRow[] = await this.db.manager.query(
      `SELECT t.id AS turn_id, t.session_id, t.content, s.completed_at
         FROM session_turns t ${ownTurns('$3')}
          AND t.id = ANY($4::uuid[])`,
      [scope.organisationId, scope.participantMembershipId, scope.sessionIds, turnIds],
    );
    const byId = new Map(rows.map((row) => [row.turn_id, toPassage(row)]));
    return {
      labels: themes.map((t) => t.label.toLowerCase()).slice(0, 8),
      passages: turnIds.flatMap((id) => byId.get(id) ?? []),
    };
  }
}

/** Strongest (most clearly positive or negative) themes first, each once. */
function strongestThemes(themes: StoredTheme[]): StoredTheme[] {
  const byKey = new Map<string, StoredTheme>();
  for (const theme of themes) {
    const seen = byKey.get(theme.key);
    if (!seen || Math.abs(theme.sentiment) > Math.abs(seen.sentiment)) byKey.set(theme.key, theme);
  }
  return [...byKey.values()].sort((a, b) => Math.abs(b.sentiment) - Math.abs(a.sentiment));
}

function toPassage(row: PassageRow): InsightPassage {
  return {
    sessionId: row.session_id,
    turnId: row.turn_id,
    content: row.content,
    ...(row.completed_at ? { completedAt: new Date(row.completed_at).toISOString() } : {}),
  };
}
