import { Injectable } from '@nestjs/common';
import { TenantDatabase, tenantScope } from '#database';
import { JobName, type JobPayload } from '#jobs';
import { JobHandler } from '#jobs/worker';
import { SummaryEmailService } from '../services/summary-email.service.js';

/** Emails a participant their summary; the dedupe key makes every re-delivery a no-op. */
@Injectable()
export class SummaryEmailProcessor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly summaryEmail: SummaryEmailService,
  ) {}

  @JobHandler(JobName.SendSummaryEmail)
  handle(data: JobPayload<JobName.SendSummaryEmail>): Promise<string> {
    return this.db.run(tenantScope(data.organisationId), () => this.summaryEmail.send(data.organisationId, data.sessionId));
  }
}
