// Shared by the analytics e2e specs: summaries stored directly (owner connection) with exact
// scores and themes, so that the figures of a report can be checked to the decimal; the rollups
// are still built by the worker, after a real mutation enqueued the refresh.
import { connect, gqlOk, type TestMember } from '#testing';

export interface SeedSummary {
  member: TestMember;
  score: number | null;
  /** Whose score it is: the participant's own rating (default) or an estimate from their answers. */
  source?: 'participant' | 'estimated';
  themes: Array<[key: string, sentiment: number]>;
  completedAt?: Date;
}

export const CONSENT = `mutation($include: Boolean!) { setAggregateConsent(include: $include) { id aggregateConsent } }`;

/** Completed sessions, each with one participant turn and a summary whose themes cite it. */
export async function seedSummaries(organisationId: string, summaries: SeedSummary[]): Promise<void> {
  const db = await connect('owner');
  try {
    await db.query('BEGIN');
    const template = await db.query(`INSERT INTO reflection_templates (organisation_id) VALUES ($1) RETURNING id`, [organisationId]);
    for (const { member, score, source = 'participant', themes, completedAt = new Date() } of summaries) {
      const session = await db.query(
        `INSERT INTO reflection_sessions (organisation_id, participant_membership_id, template_id, template_version, status, summary_state, started_at, completed_at)
         VALUES ($1, $2, $3, 1, 'COMPLETED', 'READY', $4, $4) RETURNING id`,
        [organisationId, member.membershipId, template.rows[0].id, completedAt],
      );
      const turn = await db.query(
        `INSERT INTO session_turns (organisation_id, session_id, seq, role, content) VALUES ($1, $2, 1, 'PARTICIPANT', 'My answer') RETURNING id`,
        [organisationId, session.rows[0].id],
      );
      const coded = themes.map(([key, sentiment]) => ({ key, label: 'written by the model', sentiment, turnIds: [turn.rows[0].id] }));
      await db.query(
        `INSERT INTO reflection_summaries (organisation_id, session_id, participant_membership_id, overview, satisfaction_score, satisfaction_source, themes, provider, model, prompt_version)
         VALUES ($1, $2, $3, 'Private overview', $4, $5, $6, 'embedded', 'heuristic', 'test')`,
        [organisationId, session.rows[0].id, member.membershipId, score, score === null ? null : source, JSON.stringify(coded)],
      );
    }
    await db.query('COMMIT');
  } finally {
    await db.end();
  }
}

/** Enqueues each participant's rollup refresh through the real consent mutation. */
export async function refreshRollups(members: TestMember[]): Promise<void> {
  await Promise.all(members.map((p) => gqlOk(CONSENT, { include: true }, p.token)));
}

export async function rollupRows(organisationId: string, membershipId: string): Promise<number> {
  const db = await connect('owner');
  try {
    const { rows } = await db.query(
      `SELECT (SELECT count(*) FROM analytics_participant_periods WHERE organisation_id = $1 AND participant_membership_id = $2)
            + (SELECT count(*) FROM analytics_participant_themes WHERE organisation_id = $1 AND participant_membership_id = $2) AS n`,
      [organisationId, membershipId],
    );
    return Number(rows[0].n);
  } finally {
    await db.end();
  }
}
