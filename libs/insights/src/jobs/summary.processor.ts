import { Injectable } from '@nestjs/common';
import { JobName, type JobPayload } from '#jobs';
import { JobHandler, type JobMeta } from '#jobs/worker';
import { SummaryWriter } from '../services/summary-writer.service.js';

/** Writes the Magic Summary of a completed session (enqueued by completeReflectionSession or a retry). */
@Injectable()
export class SummaryProcessor {
  constructor(private readonly writer: SummaryWriter) {}

  @JobHandler(JobName.WriteSummary)
  async handle(data: JobPayload<JobName.WriteSummary>, meta: JobMeta): Promise<string> {
    try {
      return await this.writer.write(data.organisationId, data.sessionId);
    } catch (error) {
      // Model failures are final inside the writer; this is infrastructure trouble. BullMQ retries
      // with back-off, and the last attempt leaves the session FAILED instead of RUNNING forever.
      if (meta.finalAttempt) {
        await this.writer.failInScope(
          data.organisationId,
          data.sessionId,
          `The summary could not be written after ${meta.attempt} attempts; please retry`,
        );
      }
      throw error;
    }
  }
}
