import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { type ClosedLoop, ClosedLoopSource } from '#interviews';

const SHOWN_ACTIONS = 3;

/** The previous session's score and its open action items, for the opening of the next session. */
@Injectable()
export class ClosedLoopReader implements ClosedLoopSource {
  constructor(private readonly db: TenantDatabase) {}

  async read(organisationId: string, participantMembershipId: string, templateId: string): Promise<ClosedLoop | null> {
    const previous: Array<{ satisfaction_score: string | null }> = await this.db.manager.query(
      `SELECT rs.satisfaction_score
         FROM reflection_sessions s
         LEFT JOIN reflection_summaries rs ON rs.organisation_id = s.organisation_id AND rs.session_id = s.id
        WHERE s.organisation_id = $1 AND s.participant_membership_id = $2 AND s.template_id = $3 AND s.status = 'COMPLETED'
        ORDER BY s.completed_at DESC NULLS LAST
        LIMIT 1`,
      [organisationId, participantMembershipId, templateId],
    );
    if (previous.length === 0) return null;
    const actions: Array<{ title: string; total: string }> = await this.db.manager.query(
      `SELECT ai.title, count(*) OVER () AS total
         FROM action_items ai
         JOIN action_plans ap ON ap.organisation_id = ai.organisation_id AND ap.id = ai.action_plan_id
         JOIN reflection_sessions s ON s.organisation_id = ap.organisation_id AND s.id = ap.session_id
        WHERE ai.organisation_id = $1 AND ai.participant_membership_id = $2 AND s.template_id = $3
          AND ai.status IN ('TODO', 'IN_PROGRESS')
        ORDER BY ai.due_at ASC NULLS LAST, ai.position ASC
        LIMIT ${SHOWN_ACTIONS}`,
      [organisationId, participantMembershipId, templateId],
    );
    const score = previous[0]!.satisfaction_score;
    return {
      satisfactionScore: score === null ? null : Number(score),
      openActions: actions.map((a) => a.title),
      openActionCount: actions.length ? Number(actions[0]!.total) : 0,
    };
  }
}
