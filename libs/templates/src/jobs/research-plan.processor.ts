import { Injectable, Logger } from '@nestjs/common';
import { TenantDatabase, tenantScope } from '#database';
import { JobName, type JobPayload } from '#jobs';
import { JobHandler, type JobMeta, JobTargetMissingError } from '#jobs/worker';
import { LlmException, LlmRunner, researchPlanTask } from '#llm';
import { LlmUsageRecorder, OrganisationLlm } from '#llm/usage';
import { ResearchPlansService } from '../services/research-plans.service.js';

/**
 * Writes the research plan of a template version with the organisation's model. Idempotent: a
 * stale or re-delivered job (another request is current, or this one already finished) writes
 * nothing. The model call runs outside any database transaction.
 */
@Injectable()
export class ResearchPlanProcessor {
  private readonly logger = new Logger(ResearchPlanProcessor.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly plans: ResearchPlansService,
    private readonly runner: LlmRunner,
    private readonly organisationLlm: OrganisationLlm,
    private readonly usage: LlmUsageRecorder,
  ) {}

  @JobHandler(JobName.GenerateResearchPlan)
  async handle(job: JobPayload<JobName.GenerateResearchPlan>, meta: JobMeta): Promise<string> {
    const scope = tenantScope(job.organisationId);
    const claimed = await this.db.run(scope, async () => {
      const claim = await this.plans.claim(job);
      return claim.state === 'claimed' ? { ...claim, settings: await this.organisationLlm.settings(job.organisationId) } : claim;
    });
    if (claimed.state === 'missing') {
      const error = new JobTargetMissingError(JobName.GenerateResearchPlan, `template ${job.templateId} version ${job.version}`);
      this.logger.error(
        { err: error, organisationId: job.organisationId, templateId: job.templateId, version: job.version },
        'research plan job for a template version this database does not have',
      );
      throw error;
    }
    if (claimed.state === 'done') return 'skipped: superseded or already done';

    let outcome: 'ready' | 'failed';
    try {
      const result = await this.runner.run(researchPlanTask, claimed.input, {
        organisationId: job.organisationId,
        settings: claimed.settings,
        onUsage: this.usage.record,
      });
      const written = await this.db.run(scope, () => this.plans.complete(job, result.value, result));
      if (!written) return 'skipped: superseded while generating';
      outcome = 'ready';
    } catch (error) {
      // Model trouble ends the request as FAILED; anything else (e.g. the database) is retried by
      // the queue, and its last attempt leaves FAILED rather than RUNNING forever.
      if (!(error instanceof LlmException)) {
        if (meta.finalAttempt) {
          const message = `The research plan could not be generated after ${meta.attempt} attempts; try again.`;
          await this.db.run(scope, () => this.plans.fail(job, message)).catch(() => undefined);
        }
        throw error;
      }
      const written = await this.db.run(scope, () => this.plans.fail(job, planErrorOf(error)));
      if (!written) return 'skipped: superseded while generating';
      outcome = 'failed';
    }
    this.logger.log({ templateId: job.templateId, version: job.version, outcome }, 'research plan written');
    return outcome;
  }
}

/** LlmException messages name the task, provider and cause, never prompt or template text. */
function planErrorOf(error: LlmException): string {
  return `The research plan could not be generated: ${error.message}. Try again, or check the organisation's model settings.`;
}
