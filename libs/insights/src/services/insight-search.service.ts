import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { type ConversationTurn, type InsightPassage, readQuestionIntent, synonymsOf, turnsSaying } from '#llm';
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
  stage: string | null;
  sensitive: boolean;
  /** The interviewer question the answer followed. */
  question: string | null;
}

interface ConversationRow {
  turn_id: string;
  session_id: string;
  role: 'INTERVIEWER' | 'PARTICIPANT';
  content: string;
  stage: string | null;
  sensitive: boolean;
  completed_at: Date | null;
}

/** Sessions whose turns are read by statement kind: the participant's latest. */
const KIND_SESSIONS = 12;
/** Full-text candidates ranked before the cut to `limit`. */
const WORD_CANDIDATES = 24;

/** A passage's columns: the answer, its session's completion, and the interviewer question before it. */
const PASSAGE_COLUMNS = `t.id AS turn_id, t.session_id, t.content, s.completed_at, t.stage, t.sensitive,
  (SELECT q.content FROM session_turns q
    WHERE q.organisation_id = t.organisation_id AND q.session_id = t.session_id AND q.seq < t.seq AND q.role = 'INTERVIEWER'
    ORDER BY q.seq DESC LIMIT 1) AS question`;

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
 * Retrieval for questions a participant asks of their reflections, over their own answers only,
 * by words and by meaning:
 * - PostgreSQL full-text search (the GIN index on session_turns.search) with prefix matching, the
 *   question's words widened by a small curated synonym table ("boss" also finds "director");
 * - statement kinds: a question asking what they said they would do, what worries them, what they
 *   are good at, what gives or drains energy or what would help is read for that intent, and their
 *   latest conversations are read by the statement reader for turns of that kind ("I will ask my
 *   director for a mentor" is an intention whatever words the question used).
 * Turns found both ways are kept first, then those found by kind, then those found by words only
 * (by rank); those found by kind are given in conversation order, latest conversation first.
 */
@Injectable()
export class InsightSearch {
  constructor(private readonly db: TenantDatabase) {}

  async search(scope: PassageScope, question: string, limit: number): Promise<InsightPassage[]> {
    const { kinds } = readQuestionIntent(question);
    const byWords = await this.searchWords(scope, [question, ...synonymsOf(question)].join(' '), Math.max(limit, WORD_CANDIDATES));
    const byKind = kinds.length ? await this.searchKinds(scope, kinds) : [];
    const worded = new Set(byWords.map((p) => p.turnId));
    const kinded = new Set(byKind.map((p) => p.turnId));
    const ranked = [
      ...byKind.filter((p) => worded.has(p.turnId)),
      ...byKind.filter((p) => !worded.has(p.turnId)),
      ...byWords.filter((p) => !kinded.has(p.turnId)),
    ];
    // What is kept is read in conversation order (latest conversation first), as it was said.
    const order = new Map(byKind.map((p, i) => [p.turnId, i]));
    const kept = ranked.slice(0, limit);
    return [
      ...kept.filter((p) => order.has(p.turnId)).sort((a, b) => order.get(a.turnId)! - order.get(b.turnId)!),
      ...kept.filter((p) => !order.has(p.turnId)),
    ];
  }

  private async searchWords(scope: PassageScope, words: string, limit: number): Promise<InsightPassage[]> {
    const rows: PassageRow[] = await this.db.manager.query(
      `WITH q AS (${QUESTION_QUERY})
       SELECT ${PASSAGE_COLUMNS}
         FROM q, session_turns t ${ownTurns('$4')}
          AND q.query IS NOT NULL AND t.search @@ q.query
        ORDER BY ts_rank(t.search, q.query) DESC, t.created_at DESC
        LIMIT $5`,
      [scope.organisationId, scope.participantMembershipId, words, scope.sessionIds, limit],
    );
    return rows.map(toPassage);
  }

  /** The participant's turns, in their latest conversations, that say something of these kinds. */
  private async searchKinds(scope: PassageScope, kinds: Parameters<typeof turnsSaying>[1]): Promise<InsightPassage[]> {
    const rows: ConversationRow[] = await this.db.manager.query(
      `WITH latest AS (
         SELECT s.id, s.completed_at, coalesce(s.completed_at, s.started_at, s.created_at) AS at
           FROM reflection_sessions s
          WHERE s.organisation_id = $1 AND s.participant_membership_id = $2
            AND ($3::uuid[] IS NULL OR s.id = ANY($3::uuid[]))
          ORDER BY at DESC
          LIMIT $4)
       SELECT t.id AS turn_id, t.session_id, t.role, t.content, t.stage, t.sensitive, l.completed_at
         FROM latest l JOIN session_turns t ON t.organisation_id = $1 AND t.session_id = l.id
        ORDER BY l.at DESC, l.id, t.seq`,
      [scope.organisationId, scope.participantMembershipId, scope.sessionIds, KIND_SESSIONS],
    );
    const passages: InsightPassage[] = [];
    for (const conversation of bySession(rows)) {
      const found = new Set(turnsSaying(conversation.map(toConversationTurn), kinds));
      let question: string | null = null;
      for (const row of conversation) {
        if (row.role === 'INTERVIEWER') question = row.content;
        else if (found.has(row.turn_id)) passages.push(toPassage({ ...row, question }));
      }
    }
    return passages;
  }

  /** The participant's latest answers: the sources when the search matches nothing. */
  async recent(scope: PassageScope, limit: number): Promise<InsightPassage[]> {
    const rows: PassageRow[] = await this.db.manager.query(
      `SELECT ${PASSAGE_COLUMNS}
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
      `SELECT ${PASSAGE_COLUMNS}
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
    ...(row.question ? { question: row.question } : {}),
    ...(row.stage ? { stage: row.stage } : {}),
    ...(row.sensitive ? { sensitive: true } : {}),
  };
}

function toConversationTurn(row: ConversationRow): ConversationTurn {
  return { id: row.turn_id, role: row.role, content: row.content, stage: row.stage, sensitive: row.sensitive };
}

/** Rows ordered by session, split into one conversation each. */
function bySession(rows: ConversationRow[]): ConversationRow[][] {
  const conversations: ConversationRow[][] = [];
  for (const row of rows) {
    const last = conversations[conversations.length - 1];
    if (last && last[0]!.session_id === row.session_id) last.push(row);
    else conversations.push([row]);
  }
  return conversations;
}
