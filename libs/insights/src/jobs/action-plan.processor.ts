import { Injectable } from '@nestjs/common';
import { JobName, type JobPayload } from '#jobs';
import { JobHandler, type JobMeta } from '#jobs/worker';
import { ActionPlanWriter } from '../services/action-plan-writer.service.js';

/** Generates the items of an action plan for the plan's latest request. */
@Injectable()
export class ActionPlanProcessor {
  constructor(private readonly writer: ActionPlanWriter) {}

  @JobHandler(JobName.GenerateActionPlan)
  async handle(data: JobPayload<JobName.GenerateActionPlan>, meta: JobMeta): Promise<string> {
    try {
      return await this.writer.write(data.organisationId, data.actionPlanId, data.requestId);
    } catch (error) {
      // Infrastructure trouble: BullMQ retries with back-off; the last attempt leaves a lasting FAILED.
      if (meta.finalAttempt) {
        await this.writer.fail(
          data.organisationId,
          data.actionPlanId,
          data.requestId,
          `The action plan could not be generated after ${meta.attempt} attempts; please try again`,
        );
      }
      throw error;
    }
  }
}
