/**
 * The erasure of one member's reflections in one organisation ($1 organisation, $2 membership).
 * Children first, each statement set-based and returning its count; all of them run in the
 * request's single transaction, after the member's sessions were locked.
 */
const counted = (sql: string) => `WITH deleted AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM deleted`;

const SESSIONS = `SELECT s.id FROM reflection_sessions s WHERE s.organisation_id = $1 AND s.participant_membership_id = $2`;
const PLANS = `SELECT p.id FROM action_plans p WHERE p.organisation_id = $1 AND (p.participant_membership_id = $2 OR p.session_id IN (${SESSIONS}))`;
const ITEMS = `SELECT i.id FROM action_items i WHERE i.organisation_id = $1 AND (i.participant_membership_id = $2 OR i.action_plan_id IN (${PLANS}))`;

/** A concurrent answer, share or summary of these sessions waits for the erasure, then finds nothing. */
export const LOCK_SESSIONS_SQL = `${SESSIONS} ORDER BY s.id FOR UPDATE`;

export const DELETION_STEPS = [
  ['comments', counted(`DELETE FROM action_item_comments c WHERE c.organisation_id = $1 AND c.action_item_id IN (${ITEMS})`)],
  ['actionItems', counted(`DELETE FROM action_items d WHERE d.organisation_id = $1 AND d.id IN (${ITEMS})`)],
  ['actionPlans', counted(`DELETE FROM action_plans d WHERE d.organisation_id = $1 AND d.id IN (${PLANS})`)],
  [
    'summaries',
    counted(
      `DELETE FROM reflection_summaries d WHERE d.organisation_id = $1 AND (d.participant_membership_id = $2 OR d.session_id IN (${SESSIONS}))`,
    ),
  ],
  ['questions', counted(`DELETE FROM insight_questions d WHERE d.organisation_id = $1 AND d.participant_membership_id = $2`)],
  [
    'accessLogEntries',
    counted(`DELETE FROM access_log d WHERE d.organisation_id = $1 AND (d.owner_membership_id = $2 OR d.session_id IN (${SESSIONS}))`),
  ],
  ['shares', counted(`DELETE FROM session_shares d WHERE d.organisation_id = $1 AND d.session_id IN (${SESSIONS})`)],
  ['turns', counted(`DELETE FROM session_turns d WHERE d.organisation_id = $1 AND d.session_id IN (${SESSIONS})`)],
  ['sessions', counted(`DELETE FROM reflection_sessions d WHERE d.organisation_id = $1 AND d.participant_membership_id = $2`)],
] as const;

export type DeletionCounts = Record<(typeof DELETION_STEPS)[number][0], number>;
