import { Injectable, Logger } from '@nestjs/common';
import { JobName, type JobPayload } from '#jobs';
import { JobHandler } from '#jobs/worker';

/** Writes the Magic Summary of a completed session. */
@Injectable()
export class SummaryProcessor {
  private readonly logger = new Logger(SummaryProcessor.name);

  @JobHandler(JobName.WriteSummary)
  async handle(data: JobPayload<JobName.WriteSummary>): Promise<string> {
    // Scaffolding until the insights library lands: the session stays PENDING.
    this.logger.warn({ sessionId: data.sessionId }, 'summary writer not installed yet');
    return 'pending';
  }
}
