import { Injectable } from '@nestjs/common';
import { JobName, QueueRegistry, type JobPayload } from '#jobs';
import { JobHandler } from '#jobs/worker';
import { ActionPlanWriter } from '../services/action-plan-writer.service.js';

/** Generates the items of an action plan for the plan's latest request. */
@Injectable()
export class ActionPlanProcessor {
  constructor(
    private readonly writer: ActionPlanWriter,
    private readonly queues: QueueRegistry,
  ) {}

  @JobHandler(JobName.GenerateActionPlan)
  async handle(data: JobPayload<JobName.GenerateActionPlan>, meta: { attempt: number }): Promise<string> {
    try {
      return await this.writer.write(data.organisationId, data.actionPlanId, data.requestId);
    } catch (error) {
      const attempts = this.queues.queueFor(JobName.GenerateActionPlan).defaultJobOptions.attempts ?? 1;
      if (meta.attempt >= attempts) {
        await this.writer.fail(data.organisationId, data.actionPlanId, data.requestId, `The action plan could not be generated after ${attempts} attempts; please try again`);
      }
      throw error;
    }
  }
}
