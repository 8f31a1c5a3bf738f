import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { JobName, type JobPayload, JobProducer, jobIdOf } from '#jobs';
import { LivePublisher, LiveTopic } from '#live';
import type { ResearchPlan, ResearchPlanInput } from '#llm';
import { toStoredPlan } from '../content/plan-validation.util.js';
import type { TemplateSnapshot } from '../content/template-snapshot.js';
import { ReflectionTemplateVersionEntity, type StoredResearchPlan } from '../entities/reflection-template-version.entity.js';

export type ResearchPlanJob = JobPayload<JobName.GenerateResearchPlan>;

/** What a worker found when it took a research-plan job. */
export type ResearchPlanClaim = { state: 'claimed'; input: ResearchPlanInput } | { state: 'done' } | { state: 'missing' };

/** Who wrote a plan that a person edited by hand. */
export const EDITED_PLAN_AUTHOR = 'coach';

/**
 * The research plan of a template version. Every generation request gets a fresh id: only the job
 * carrying the latest id may write, and only once, so stale or re-delivered jobs write nothing.
 */
@Injectable()
export class ResearchPlansService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: JobProducer,
    private readonly live: LivePublisher,
  ) {}

  /** Marks the plan PENDING and enqueues its generation in the caller's transaction (outbox). */
  async request(organisationId: string, templateId: string, version: number): Promise<string> {
    const requestId = randomUUID();
    await this.db.manager.query(
      `UPDATE reflection_template_versions SET plan_state = 'PENDING', plan_error = NULL, plan_request_id = $4
        WHERE organisation_id = $1 AND template_id = $2 AND version = $3`,
      [organisationId, templateId, version, requestId],
    );
    this.changed(organisationId, templateId, version);
    await this.jobs.enqueue(
      JobName.GenerateResearchPlan,
      { organisationId, templateId, version, requestId },
      { jobId: jobIdOf('research-plan', templateId, version, requestId) },
    );
    return requestId;
  }

  /** Stores a plan a person wrote; any generation still in flight becomes stale. */
  async saveEdited(snapshot: TemplateSnapshot, plan: StoredResearchPlan): Promise<void> {
    await this.db.repository(ReflectionTemplateVersionEntity).update(
      { organisationId: snapshot.version.organisationId, templateId: snapshot.version.templateId, version: snapshot.version.version },
      {
        plan,
        planState: 'READY',
        planError: null,
        planProvider: EDITED_PLAN_AUTHOR,
        planModel: EDITED_PLAN_AUTHOR,
        planPromptVersion: null,
        planRequestId: randomUUID(),
      },
    );
    this.changed(snapshot.version.organisationId, snapshot.version.templateId, snapshot.version.version);
  }

  /**
   * Worker: takes the request if it is still the current one and not yet finished, marks it
   * RUNNING and returns what the model needs. `done`: superseded or already finished, nothing to
   * do; `missing`: this database has no such template version (never the same as done).
   */
  async claim(job: ResearchPlanJob): Promise<ResearchPlanClaim> {
    const version = await this.db
      .repository(ReflectionTemplateVersionEntity)
      .createQueryBuilder('v')
      .setLock('pessimistic_write')
      .where('v.organisationId = :organisationId AND v.templateId = :templateId AND v.version = :version', job)
      .getOne();
    if (!version) return { state: 'missing' };
    if (version.planRequestId !== job.requestId) return { state: 'done' };
    if (version.planState !== 'PENDING' && version.planState !== 'RUNNING') return { state: 'done' };
    await this.db.repository(ReflectionTemplateVersionEntity).update({ id: version.id }, { planState: 'RUNNING' });
    this.changed(job.organisationId, job.templateId, job.version);
    const input: ResearchPlanInput = {
      title: version.title,
      primaryQuestion: version.primaryQuestion,
      goals: version.goals,
      mandatoryQuestions: version.mandatoryQuestions,
      ...(version.researcherInfo ? { researcherInfo: version.researcherInfo } : {}),
    };
    return { state: 'claimed', input };
  }

  /** Worker: writes the generated plan and READY, unless the request was superseded meanwhile. */
  complete(job: ResearchPlanJob, plan: ResearchPlan, source: { provider: string; model: string; promptVersion: string }): Promise<boolean> {
    return this.finish(job, {
      plan: toStoredPlan(plan),
      planState: 'READY',
      planError: null,
      planProvider: source.provider,
      planModel: source.model,
      planPromptVersion: source.promptVersion,
    });
  }

  /** Worker: FAILED with a content-free reason; a plan written earlier stays readable. */
  fail(job: ResearchPlanJob, reason: string): Promise<boolean> {
    return this.finish(job, { planState: 'FAILED', planError: reason });
  }

  private async finish(job: ResearchPlanJob, changes: Partial<ReflectionTemplateVersionEntity>): Promise<boolean> {
    const result = await this.db
      .repository(ReflectionTemplateVersionEntity)
      .createQueryBuilder()
      .update()
      .set(changes)
      .where('organisation_id = :organisationId AND template_id = :templateId AND version = :version AND plan_request_id = :requestId', job)
      .andWhere(`plan_state IN ('PENDING', 'RUNNING')`)
      .execute();
    const changed = (result.affected ?? 0) > 0;
    if (changed) this.changed(job.organisationId, job.templateId, job.version);
    return changed;
  }

  /** Subscribers to the template hear of the plan's new state once it is committed. */
  private changed(organisationId: string, templateId: string, version: number): void {
    this.live.afterCommit(LiveTopic.template(organisationId, templateId), { templateId, version });
  }
}
