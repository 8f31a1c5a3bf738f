import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantDatabase } from '#database';
import { type ReflectionSessionEntity, SessionSummaryStates } from '#interviews';
import { JobName, JobProducer, jobIdOf } from '#jobs';
import { LivePublisher, LiveTopic } from '#live';
import { ReflectionSummaryEntity } from '../entities/reflection-summary.entity.js';
import { InsightsException, InsightsExceptionCode } from '../insights.exception.js';

/** Read side of summaries, and the owner's retry after a failure. */
@Injectable()
export class SummariesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: JobProducer,
    private readonly states: SessionSummaryStates,
    private readonly live: LivePublisher,
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
    if (!(await this.states.reopenFailed(session.organisationId, session.id))) {
      throw new InsightsException('Only a failed summary can be retried', InsightsExceptionCode.SUMMARY_NOT_FAILED, {
        summaryState: session.summaryState,
      });
    }
    this.live.afterCommit(LiveTopic.session(session.organisationId, session.id), { sessionId: session.id });
    await this.jobs.enqueue(
      JobName.WriteSummary,
      { organisationId: session.organisationId, sessionId: session.id },
      { jobId: jobIdOf('summary', session.id, 'retry', randomUUID()) },
    );
  }
}
