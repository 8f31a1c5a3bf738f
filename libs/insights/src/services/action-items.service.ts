import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantDatabase } from '#database';
import { WebhookEvents, WebhookEventType } from '#jobs';
import type { ActionCategory, ActionStatus } from '../entities/action-enums.js';
import { ActionItemEntity } from '../entities/action-item.entity.js';
import { ActionPlanEntity } from '../entities/action-plan.entity.js';

export interface ActionItemFields {
  category: ActionCategory;
  title: string;
  rationale?: string | null;
  dueAt?: Date | null;
  milestone?: string | null;
  successMetric?: string | null;
}

export interface ActionItemProgress {
  status?: ActionStatus | null;
  progress?: number | null;
}

/** An item together with its plan (which carries the session and the owner). */
export interface PlannedItem {
  item: ActionItemEntity;
  plan: ActionPlanEntity;
}

/**
 * The participant's action items: tracking, manual additions, edits. Callers check ownership first.
 * Every change is announced to the organisation's webhooks (ids, status and progress only).
 */
@Injectable()
export class ActionItemsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly webhooks: WebhookEvents,
  ) {}

  forPlans(organisationId: string, planIds: readonly string[]): Promise<ActionItemEntity[]> {
    if (!planIds.length) return Promise.resolve([]);
    return this.db
      .repository(ActionItemEntity)
      .find({ where: { organisationId, actionPlanId: In([...planIds]) }, order: { position: 'ASC', createdAt: 'ASC' } });
  }

  async findWithPlan(organisationId: string, id: string): Promise<PlannedItem | null> {
    const item = await this.db.repository(ActionItemEntity).findOneBy({ organisationId, id });
    if (!item) return null;
    const plan = await this.db.repository(ActionPlanEntity).findOneByOrFail({ organisationId, id: item.actionPlanId });
    return { item, plan };
  }

  /** Status and progress; marking an item DONE without a figure completes its progress. */
  async track(item: ActionItemEntity, change: ActionItemProgress): Promise<ActionItemEntity> {
    if (change.status) item.status = change.status;
    if (change.progress !== undefined && change.progress !== null) item.progress = change.progress;
    else if (change.status === 'DONE') item.progress = 100;
    return this.changed(await this.db.repository(ActionItemEntity).save(item));
  }

  async add(plan: ActionPlanEntity, fields: ActionItemFields): Promise<ActionItemEntity> {
    const rows: Array<{ next: number }> = await this.db.manager.query(
      `SELECT COALESCE(MAX(position) + 1, 0) AS next FROM action_items WHERE organisation_id = $1 AND action_plan_id = $2`,
      [plan.organisationId, plan.id],
    );
    const item = await this.db.repository(ActionItemEntity).save(
      this.db.repository(ActionItemEntity).create({
        organisationId: plan.organisationId,
        actionPlanId: plan.id,
        participantMembershipId: plan.participantMembershipId,
        position: Number(rows[0]?.next ?? 0),
        category: fields.category,
        title: fields.title,
        rationale: fields.rationale ?? null,
        dueAt: fields.dueAt ?? null,
        milestone: fields.milestone ?? null,
        successMetric: fields.successMetric ?? null,
        status: 'TODO',
        progress: 0,
        source: 'MANUAL',
      }),
    );
    return this.changed(item);
  }

  /** Applies only the fields present in the patch (null clears an optional field). */
  async edit(item: ActionItemEntity, patch: Partial<ActionItemFields>): Promise<ActionItemEntity> {
    for (const key of ['category', 'title', 'rationale', 'dueAt', 'milestone', 'successMetric'] as const) {
      if (patch[key] !== undefined) Object.assign(item, { [key]: patch[key] });
    }
    return this.changed(await this.db.repository(ActionItemEntity).save(item));
  }

  private async changed(item: ActionItemEntity): Promise<ActionItemEntity> {
    await this.webhooks.emit({
      organisationId: item.organisationId,
      type: WebhookEventType.ACTION_ITEM_CHANGED,
      data: {
        actionItemId: item.id,
        actionPlanId: item.actionPlanId,
        participantMembershipId: item.participantMembershipId,
        status: item.status,
        progress: item.progress,
      },
    });
    return item;
  }

  /** The caller's items across their plans, soonest due first. */
  async listMine(organisationId: string, membershipId: string, status?: ActionStatus | null): Promise<PlannedItem[]> {
    const items = await this.db.repository(ActionItemEntity).find({
      where: { organisationId, participantMembershipId: membershipId, ...(status ? { status } : {}) },
      order: { dueAt: { direction: 'ASC', nulls: 'LAST' }, position: 'ASC' },
    });
    const planIds = [...new Set(items.map((i) => i.actionPlanId))];
    const plans = planIds.length ? await this.db.repository(ActionPlanEntity).findBy({ organisationId, id: In(planIds) }) : [];
    const byId = new Map(plans.map((p) => [p.id, p]));
    return items.flatMap((item) => {
      const plan = byId.get(item.actionPlanId);
      return plan ? [{ item, plan }] : [];
    });
  }
}
