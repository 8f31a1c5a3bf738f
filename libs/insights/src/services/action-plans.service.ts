import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantDatabase } from '#database';
import type { ReflectionSessionEntity } from '#interviews';
import { JobName, JobProducer, jobIdOf } from '#jobs';
import { LivePublisher, LiveTopic } from '#live';
import { ActionPlanEntity } from '../entities/action-plan.entity.js';
import { InsightsException, InsightsExceptionCode } from '../insights.exception.js';
import { SummariesService } from './summaries.service.js';

/** Action plans: requesting a generation (job) and reading plans. */
@Injectable()
export class ActionPlansService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly summaries: SummariesService,
    private readonly jobs: JobProducer,
    private readonly live: LivePublisher,
  ) {}

  findForSessions(organisationId: string, sessionIds: readonly string[]): Promise<ActionPlanEntity[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return this.db.repository(ActionPlanEntity).findBy({ organisationId, sessionId: In([...sessionIds]) });
  }

  findById(organisationId: string, id: string): Promise<ActionPlanEntity | null> {
    return this.db.repository(ActionPlanEntity).findOneBy({ organisationId, id });
  }

  /**
   * PENDING plus a job carrying a fresh request id, in the request's transaction. While a
   * generation is under way a second request returns the same plan (a double click is one job);
   * afterwards it regenerates, and the new items replace the old ones.
   */
  async request(session: ReflectionSessionEntity): Promise<ActionPlanEntity> {
    if (!(await this.summaries.findForSession(session.organisationId, session.id))) {
      throw new InsightsException(
        'The session has no summary yet; an action plan is built from it',
        InsightsExceptionCode.SUMMARY_NOT_READY,
        {
          summaryState: session.summaryState,
        },
      );
    }
    const requestId = randomUUID();
    const rows: Array<{ id: string }> = await this.db.manager.query(
      `INSERT INTO action_plans (organisation_id, session_id, participant_membership_id, state, request_id)
       VALUES ($1, $2, $3, 'PENDING', $4)
       ON CONFLICT (organisation_id, session_id) DO UPDATE
         SET state = 'PENDING', error = NULL, request_id = EXCLUDED.request_id, updated_at = now()
         WHERE action_plans.state NOT IN ('PENDING', 'RUNNING')
       RETURNING id`,
      [session.organisationId, session.id, session.participantMembershipId, requestId],
    );
    if (rows[0]) {
      this.live.afterCommit(LiveTopic.session(session.organisationId, session.id), { sessionId: session.id });
      await this.jobs.enqueue(
        JobName.GenerateActionPlan,
        { organisationId: session.organisationId, actionPlanId: rows[0].id, requestId },
        { jobId: jobIdOf('action-plan', rows[0].id, requestId) },
      );
    }
    return this.db.repository(ActionPlanEntity).findOneByOrFail({ organisationId: session.organisationId, sessionId: session.id });
  }

  /** The plan that manually added items go to; created READY (with no items) when none exists. */
  async ensureForSession(session: ReflectionSessionEntity): Promise<ActionPlanEntity> {
    await this.db.manager.query(
      `INSERT INTO action_plans (organisation_id, session_id, participant_membership_id, state)
       VALUES ($1, $2, $3, 'READY') ON CONFLICT (organisation_id, session_id) DO NOTHING`,
      [session.organisationId, session.id, session.participantMembershipId],
    );
    return this.db.repository(ActionPlanEntity).findOneByOrFail({ organisationId: session.organisationId, sessionId: session.id });
  }
}
