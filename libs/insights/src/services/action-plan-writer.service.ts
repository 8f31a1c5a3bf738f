import { Injectable } from '@nestjs/common';
import { TenantDatabase, tenantScope } from '#database';
import { LivePublisher, LiveTopic } from '#live';
import { type ActionPlan, type ActionPlanInput, actionPlanTask, type LlmCallContext, LlmException, LlmRunner } from '#llm';
import { ActionPlanEntity } from '../entities/action-plan.entity.js';
import { ReflectionSummaryEntity } from '../entities/reflection-summary.entity.js';
import { InsightLlmContext } from './llm-context.service.js';

export type ActionPlanOutcome = 'written' | 'stale' | 'failed';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Turns a summary into action items. Only the job of the plan's latest request writes, and only
 * once: the request id is checked under a row lock before the items are replaced.
 */
@Injectable()
export class ActionPlanWriter {
  constructor(
    private readonly db: TenantDatabase,
    private readonly llm: LlmRunner,
    private readonly llmContext: InsightLlmContext,
    private readonly live: LivePublisher,
  ) {}

  async write(organisationId: string, planId: string, requestId: string): Promise<ActionPlanOutcome> {
    const scope = tenantScope(organisationId);
    const prepared = await this.db.run(scope, () => this.prepare(organisationId, planId, requestId));
    if (typeof prepared === 'string') return prepared;
    let result: { value: ActionPlan; provider: string; model: string; promptVersion: string };
    try {
      result = await this.llm.run(actionPlanTask, prepared.input, prepared.context);
    } catch (error) {
      if (!(error instanceof LlmException)) throw error;
      await this.fail(organisationId, planId, requestId, `The action plan could not be generated: ${error.message}`);
      return 'failed';
    }
    return this.db.run(scope, () => this.store(organisationId, planId, requestId, prepared.start, result));
  }

  fail(organisationId: string, planId: string, requestId: string, message: string): Promise<void> {
    return this.db.run(tenantScope(organisationId), async () => {
      const [rows]: [Array<{ session_id: string }>, number] = await this.db.manager.query(
        `UPDATE action_plans SET state = 'FAILED', error = $4, updated_at = now()
          WHERE organisation_id = $1 AND id = $2 AND request_id = $3 AND state IN ('PENDING', 'RUNNING')
          RETURNING session_id`,
        [organisationId, planId, requestId, message],
      );
      if (rows[0]) this.changed(organisationId, rows[0].session_id);
    });
  }

  private async prepare(
    organisationId: string,
    planId: string,
    requestId: string,
  ): Promise<{ input: ActionPlanInput; context: LlmCallContext; start: Date } | ActionPlanOutcome> {
    const plan = await this.lockCurrent(organisationId, planId, requestId);
    if (!plan) return 'stale';
    const summary = await this.db.repository(ReflectionSummaryEntity).findOneBy({ organisationId, sessionId: plan.sessionId });
    if (!summary) {
      await this.setFailed(plan, 'The session has no summary to build a plan from');
      return 'failed';
    }
    await this.db.repository(ActionPlanEntity).update({ id: plan.id, organisationId }, { state: 'RUNNING', error: null });
    this.changed(organisationId, plan.sessionId);
    const now = new Date();
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const input: ActionPlanInput = {
      startDate: start.toISOString().slice(0, 10),
      // The claims and the turns they cite; never the overview, the score or the strain note.
      summary: {
        strengths: summary.strengths,
        gaps: summary.gaps,
        themes: summary.themes,
        opportunities: summary.opportunities,
        suggestedActions: summary.suggestedActions,
        commitments: summary.commitments,
      },
    };
    return { input, context: await this.llmContext.forOrganisation(organisationId), start };
  }

  private async store(
    organisationId: string,
    planId: string,
    requestId: string,
    start: Date,
    result: { value: ActionPlan; provider: string; model: string; promptVersion: string },
  ): Promise<ActionPlanOutcome> {
    const plan = await this.lockCurrent(organisationId, planId, requestId);
    if (!plan) return 'stale';
    // The participant's own work stays: items they added, started, or discussed with their coach.
    await this.db.manager.query(
      `DELETE FROM action_items a
        WHERE a.organisation_id = $1 AND a.action_plan_id = $2 AND a.source = 'GENERATED' AND a.status = 'TODO' AND a.progress = 0
          AND NOT EXISTS (SELECT 1 FROM action_item_comments c WHERE c.organisation_id = a.organisation_id AND c.action_item_id = a.id)`,
      [organisationId, planId],
    );
    await this.db.manager.query(
      `INSERT INTO action_items (organisation_id, action_plan_id, participant_membership_id, position, category, title, rationale, due_at, milestone,
         success_metric, from_commitment, source_turn_ids)
       SELECT $1, $2, $3, kept.next + i.position, i.category, i.title, i.rationale, i.due_at, i.milestone, i.success_metric, i.from_commitment,
              ARRAY(SELECT jsonb_array_elements_text(i.source_turn_ids))::uuid[]
         FROM jsonb_to_recordset($4::jsonb)
                AS i(position int, category text, title text, rationale text, due_at timestamptz, milestone text, success_metric text, from_commitment boolean, source_turn_ids jsonb),
              (SELECT COALESCE(max(position) + 1, 0) AS next FROM action_items WHERE organisation_id = $1 AND action_plan_id = $2) AS kept`,
      [
        organisationId,
        planId,
        plan.participantMembershipId,
        JSON.stringify(
          result.value.items.map((item, position) => ({
            position,
            category: item.category,
            title: item.title,
            rationale: item.rationale,
            due_at: new Date(start.getTime() + item.dueInDays * DAY_MS).toISOString(),
            milestone: item.milestone,
            success_metric: item.successMetric,
            from_commitment: item.fromCommitment,
            source_turn_ids: item.sourceTurnIds,
          })),
        ),
      ],
    );
    await this.db
      .repository(ActionPlanEntity)
      .update(
        { id: planId, organisationId },
        { state: 'READY', error: null, provider: result.provider, model: result.model, promptVersion: result.promptVersion },
      );
    this.changed(organisationId, plan.sessionId);
    return 'written';
  }

  /** The plan, locked, if this request is still the current one and not yet finished. */
  private async lockCurrent(organisationId: string, planId: string, requestId: string): Promise<ActionPlanEntity | null> {
    const plan = await this.db
      .repository(ActionPlanEntity)
      .findOne({ where: { organisationId, id: planId }, lock: { mode: 'pessimistic_write' } });
    if (!plan || plan.requestId !== requestId || (plan.state !== 'PENDING' && plan.state !== 'RUNNING')) return null;
    return plan;
  }

  private async setFailed(plan: ActionPlanEntity, message: string): Promise<void> {
    await this.db
      .repository(ActionPlanEntity)
      .update({ id: plan.id, organisationId: plan.organisationId }, { state: 'FAILED', error: message });
    this.changed(plan.organisationId, plan.sessionId);
  }

  /** Subscribers to the session hear of the plan's new state once it is committed. */
  private changed(organisationId: string, sessionId: string): void {
    this.live.afterCommit(LiveTopic.session(organisationId, sessionId), { sessionId });
  }
}
