import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '#database';
import type { ActionItemEntity } from '../entities/action-item.entity.js';
import type { ActionItemCommentEntity } from '../entities/action-item-comment.entity.js';
import type { ActionPlanEntity } from '../entities/action-plan.entity.js';
import type { ReflectionSummaryEntity } from '../entities/reflection-summary.entity.js';
import { ActionItemCommentsService } from '../services/action-item-comments.service.js';
import { ActionItemsService } from '../services/action-items.service.js';
import { ActionPlansService } from '../services/action-plans.service.js';
import { SummariesService } from '../services/summaries.service.js';

function groupBy<T>(rows: T[], key: (row: T) => string, keys: readonly string[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * Per-request batching for the insight fields of session lists (no N+1). Loaders only fetch;
 * every caller checks access with the reflection access policy first.
 */
@Injectable()
export class InsightsLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly summaries: SummariesService,
    private readonly plans: ActionPlansService,
    private readonly items: ActionItemsService,
    private readonly commentsService: ActionItemCommentsService,
  ) {}

  summary(organisationId: string, sessionId: string): Promise<ReflectionSummaryEntity | null> {
    return this.loaders
      .get<string, ReflectionSummaryEntity | null>(`insights.summary.${organisationId}`, async (ids) => {
        const byId = new Map((await this.summaries.findForSessions(organisationId, ids)).map((s) => [s.sessionId, s]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(sessionId);
  }

  actionPlan(organisationId: string, sessionId: string): Promise<ActionPlanEntity | null> {
    return this.loaders
      .get<string, ActionPlanEntity | null>(`insights.plan.${organisationId}`, async (ids) => {
        const byId = new Map((await this.plans.findForSessions(organisationId, ids)).map((p) => [p.sessionId, p]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(sessionId);
  }

  actionItems(organisationId: string, planId: string): Promise<ActionItemEntity[]> {
    return this.loaders
      .get<string, ActionItemEntity[]>(`insights.items.${organisationId}`, async (ids) =>
        groupBy(await this.items.forPlans(organisationId, ids), (i) => i.actionPlanId, ids),
      )
      .load(planId);
  }

  comments(organisationId: string, itemId: string): Promise<ActionItemCommentEntity[]> {
    return this.loaders
      .get<string, ActionItemCommentEntity[]>(`insights.comments.${organisationId}`, async (ids) =>
        groupBy(await this.commentsService.forItems(organisationId, ids), (c) => c.actionItemId, ids),
      )
      .load(itemId);
  }
}
