import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantDatabase } from '#database';
import type { ReflectionSessionEntity } from '#interviews';
import { JobName, JobProducer, jobIdOf } from '#jobs';
import { ReflectionSummaryEntity } from '../entities/reflection-summary.entity.js';
import { InsightsException, InsightsExceptionCode } from '../insights.exception.js';

/** Read side of summaries, and the owner's retry after a failure. */
@Injectable()
export class SummariesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: JobProducer,
  ) {}

  findForSessions(organisationId: string, sessionIds: readonly string[]): Promise<ReflectionSummaryEntity[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return this.db.repository(ReflectionSummaryEntity).findBy({ organisationId, sessionId: In([...sessionIds]) });
  }

  findForSession(organisationId: string, sessionId: string): Promise<ReflectionSummaryEntity | null> {
    return this.db.repository(ReflectionSummaryEntity).findOneBy({ organisationId, sessionId });
  }

  /** FAILED -> PENDING and a new job, in the request's transaction (outbox: it cannot be lost). */
  async retry(session: ReflectionSessionEntity): Promise<void> {
    const updated: [unknown[], number] = await this.db.manager.query(
      `UPDATE reflection_sessions SET summary_state = 'PENDING', summary_error = NULL, updated_at = now()
        WHERE organisation_id = $1 AND id = $2 AND summary_state = 'FAILED' RETURNING id`,
      [session.organisationId, session.id],
    );
    if (!updated[1]) {
      throw new InsightsException('Only a failed summary can be retried', InsightsExceptionCode.SUMMARY_NOT_FAILED, {
        summaryState: session.summaryState,
      });
    }
    await this.jobs.enqueue(
      JobName.WriteSummary,
      { organisationId: session.organisationId, sessionId: session.id },
      { jobId: jobIdOf('summary', session.id, 'retry', randomUUID()) },
    );
  }
}
