/**
 * What `exportMyData` reads: every row the member owns in the organisation ($1 organisation,
 * $2 membership), with camelCase columns. Other members appear by membership id and display name
 * only (who a reflection was shared with, who read it, who commented).
 */
export const EXPORT_QUERIES = {
  organisation: `SELECT id, name FROM organisations WHERE id = $1`,

  member: `
    SELECT m.id AS "membershipId", u.id AS "userId", u.email, u.display_name AS "displayName", m.roles, m.department, m.team,
           m.aggregate_consent AS "aggregateConsent", m.created_at AS "joinedAt"
      FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.organisation_id = $1 AND m.id = $2`,

  sessions: `
    SELECT s.id, s.template_id AS "templateId", v.title AS "templateTitle", s.template_version AS "templateVersion",
           s.assignment_id AS "assignmentId", s.status, s.visibility, s.due_at AS "dueAt", s.started_at AS "startedAt",
           s.completed_at AS "completedAt", s.created_at AS "createdAt"
      FROM reflection_sessions s
      LEFT JOIN reflection_template_versions v
             ON v.organisation_id = s.organisation_id AND v.template_id = s.template_id AND v.version = s.template_version
     WHERE s.organisation_id = $1 AND s.participant_membership_id = $2
     ORDER BY s.created_at, s.id`,

  turns: `
    SELECT t.id, t.session_id AS "sessionId", t.seq, t.role, t.content, t.stage, t.question_ref AS "questionRef", t.created_at AS "createdAt"
      FROM session_turns t
      JOIN reflection_sessions s ON s.organisation_id = t.organisation_id AND s.id = t.session_id
     WHERE t.organisation_id = $1 AND s.participant_membership_id = $2
     ORDER BY t.session_id, t.seq`,

  summaries: `
    SELECT id, session_id AS "sessionId", overview, satisfaction_score::float8 AS "satisfactionScore",
           satisfaction_source AS "satisfactionSource", strengths, gaps, themes, opportunities,
           suggested_actions AS "suggestedActions", provider, model, created_at AS "createdAt"
      FROM reflection_summaries
     WHERE organisation_id = $1 AND participant_membership_id = $2`,

  actionPlans: `
    SELECT id, session_id AS "sessionId", state, error, provider, model, created_at AS "createdAt", updated_at AS "updatedAt"
      FROM action_plans
     WHERE organisation_id = $1 AND participant_membership_id = $2`,

  actionItems: `
    SELECT id, action_plan_id AS "actionPlanId", position, category, title, rationale, due_at AS "dueAt", milestone,
           success_metric AS "successMetric", status, progress, created_at AS "createdAt", updated_at AS "updatedAt"
      FROM action_items
     WHERE organisation_id = $1 AND participant_membership_id = $2
     ORDER BY action_plan_id, position`,

  comments: `
    SELECT c.id, c.action_item_id AS "actionItemId", c.author_membership_id AS "authorMembershipId",
           u.display_name AS "authorName", c.body, c.created_at AS "createdAt"
      FROM action_item_comments c
      JOIN action_items i ON i.organisation_id = c.organisation_id AND i.id = c.action_item_id
      LEFT JOIN memberships m ON m.organisation_id = c.organisation_id AND m.id = c.author_membership_id
      LEFT JOIN users u ON u.id = m.user_id
     WHERE c.organisation_id = $1 AND i.participant_membership_id = $2
     ORDER BY c.created_at, c.id`,

  shares: `
    SELECT sh.session_id AS "sessionId", sh.coach_membership_id AS "coachMembershipId", u.display_name AS "coachName",
           sh.created_at AS "sharedAt", sh.revoked_at AS "revokedAt"
      FROM session_shares sh
      JOIN reflection_sessions s ON s.organisation_id = sh.organisation_id AND s.id = sh.session_id
      LEFT JOIN memberships m ON m.organisation_id = sh.organisation_id AND m.id = sh.coach_membership_id
      LEFT JOIN users u ON u.id = m.user_id
     WHERE sh.organisation_id = $1 AND s.participant_membership_id = $2
     ORDER BY sh.created_at, sh.id`,

  accessLog: `
    SELECT l.id, l.session_id AS "sessionId", l.reader_membership_id AS "readerMembershipId", u.display_name AS "readerName",
           l.action, l.at
      FROM access_log l
      LEFT JOIN memberships m ON m.organisation_id = l.organisation_id AND m.id = l.reader_membership_id
      LEFT JOIN users u ON u.id = m.user_id
     WHERE l.organisation_id = $1 AND l.owner_membership_id = $2
     ORDER BY l.at, l.id`,

  questions: `
    SELECT id, question, answer, citations, session_ids AS "sessionIds", model, created_at AS "createdAt"
      FROM insight_questions
     WHERE organisation_id = $1 AND participant_membership_id = $2
     ORDER BY created_at, id`,

  assignments: `
    SELECT a.id, a.template_id AS "templateId", a.assigned_by_membership_id AS "assignedByMembershipId", a.cadence, a.rrule,
           a.timezone, a.starts_at AS "startsAt", a.window_days AS "windowDays", a.next_due_at AS "nextDueAt",
           a.cancelled_at AS "cancelledAt", a.created_at AS "createdAt"
      FROM assignments a
     WHERE a.organisation_id = $1 AND a.participant_membership_id = $2
     ORDER BY a.created_at, a.id`,

  personalTemplates: `
    SELECT t.id, t.current_version AS "version", v.title, v.primary_question AS "primaryQuestion", v.welcome_message AS "welcomeMessage",
           v.goals, v.mandatory_questions AS "mandatoryQuestions", t.archived_at AS "archivedAt", t.created_at AS "createdAt"
      FROM reflection_templates t
      JOIN reflection_template_versions v ON v.organisation_id = t.organisation_id AND v.template_id = t.id AND v.version = t.current_version
     WHERE t.organisation_id = $1 AND t.owner_membership_id = $2 AND t.personal
     ORDER BY t.created_at, t.id`,
} as const;

export type ExportPart = keyof typeof EXPORT_QUERIES;
