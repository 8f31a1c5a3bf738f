import { Injectable, Logger } from '@nestjs/common';
import { TenantDatabase, tenantScope } from '#database';
import { ReflectionSessionEntity, SessionSummaryStates, SessionTurnEntity } from '#interviews';
import { JobName, JobProducer, jobIdOf, RollupScheduler, WebhookEvents, WebhookEventType } from '#jobs';
import { LivePublisher, LiveTopic } from '#live';
import { type LlmCallContext, LlmException, LlmRunner, type SessionSummary, type SummaryInput, summaryTask } from '#llm';
import { ReflectionTemplateVersionEntity } from '#templates';
import { InsightLlmContext } from './llm-context.service.js';
import { StrainNotesService } from './strain-notes.service.js';
import { checkSummary } from './summary-claims.util.js';
import { ThemeTaxonomyService } from './theme-taxonomy.service.js';

export type SummaryOutcome = 'written' | 'exists' | 'failed' | 'skipped';

interface Prepared {
  session: ReflectionSessionEntity;
  input: SummaryInput;
  context: LlmCallContext;
  sendEmail: boolean;
}

/**
 * Writes the Magic Summary of a completed session. The model runs outside any transaction; the
 * result is stored with `ON CONFLICT DO NOTHING` on (organisation, session), so a re-delivered or
 * concurrent job never writes a second summary, and the summary email is enqueued (outbox) only
 * by the run that actually stored it.
 */
@Injectable()
export class SummaryWriter {
  private readonly logger = new Logger(SummaryWriter.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly llm: LlmRunner,
    private readonly llmContext: InsightLlmContext,
    private readonly taxonomy: ThemeTaxonomyService,
    private readonly jobs: JobProducer,
    private readonly rollups: RollupScheduler,
    private readonly strainNotes: StrainNotesService,
    private readonly states: SessionSummaryStates,
    private readonly webhooks: WebhookEvents,
    private readonly live: LivePublisher,
  ) {}

  async write(organisationId: string, sessionId: string): Promise<SummaryOutcome> {
    const scope = tenantScope(organisationId);
    const prepared = await this.db.run(scope, () => this.prepare(organisationId, sessionId));
    if (typeof prepared === 'string') return prepared;

    let summary: SessionSummary;
    let model: { provider: string; model: string; promptVersion: string };
    try {
      const result = await this.llm.run(summaryTask, prepared.input, prepared.context);
      const checked = checkSummary(result.value, prepared.input);
      if (checked.problems.length) {
        this.logger.warn({ sessionId, problems: checked.problems }, 'summary refused: unsourced claims');
        await this.failInScope(
          organisationId,
          sessionId,
          'The summary could not be written: the model cited passages that are not your answers in this session, so nothing was stored',
        );
        return 'failed';
      }
      summary = checked.summary;
      model = result;
    } catch (error) {
      if (!(error instanceof LlmException)) throw error;
      // The runner already retried with back-off: this failure is final for this request.
      await this.failInScope(organisationId, sessionId, `The summary could not be written: ${error.message}`);
      return 'failed';
    }
    return this.db.run(scope, () => this.store(prepared, summary, model));
  }

  /** Marks the session FAILED unless a summary exists (also used after the last attempt of an unexpected error). */
  failInScope(organisationId: string, sessionId: string, message: string): Promise<void> {
    return this.db.run(tenantScope(organisationId), () => this.markFailed(organisationId, sessionId, message));
  }

  private async markFailed(organisationId: string, sessionId: string, message: string): Promise<void> {
    if (await this.summaryExists(organisationId, sessionId)) return;
    await this.states.fail(organisationId, sessionId, message);
    this.live.afterCommit(LiveTopic.session(organisationId, sessionId), { sessionId });
  }

  private async prepare(organisationId: string, sessionId: string): Promise<Prepared | SummaryOutcome> {
    const session = await this.db
      .repository(ReflectionSessionEntity)
      .findOne({ where: { organisationId, id: sessionId }, lock: { mode: 'pessimistic_write' } });
    if (session?.status !== 'COMPLETED') return 'skipped';
    if (await this.summaryExists(organisationId, sessionId)) {
      if (session.summaryState !== 'READY') await this.setState(organisationId, sessionId, 'READY');
      return 'exists';
    }
    // FAILED waits for an explicit retry (which sets PENDING and enqueues a new job).
    if (session.summaryState !== 'PENDING' && session.summaryState !== 'RUNNING') return 'skipped';
    await this.setState(organisationId, sessionId, 'RUNNING');

    // One connection per transaction: the reads run one after another.
    const turns = await this.db.repository(SessionTurnEntity).find({ where: { organisationId, sessionId }, order: { seq: 'ASC' } });
    const taxonomy = await this.taxonomy.list(organisationId);
    const version = await this.db
      .repository(ReflectionTemplateVersionEntity)
      .findOneBy({ organisationId, templateId: session.templateId, version: session.templateVersion });
    const context = await this.llmContext.forOrganisation(organisationId);
    const input: SummaryInput = {
      primaryQuestion: version?.primaryQuestion ?? 'Career reflection',
      // A distress exchange is marked: the model may use it for the owner's strain note only, and
      // the sources check refuses anything else that cites it.
      turns: turns.map((turn) => ({
        id: turn.id,
        role: turn.role,
        content: turn.content,
        ...(turn.stage ? { stage: turn.stage } : {}),
        ...(turn.sensitive ? { sensitive: true } : {}),
      })),
      taxonomy: taxonomy.map(({ key, label, keywords }) => ({ key, label, keywords })),
    };
    return { session, input, context, sendEmail: version?.sendSummaryEmail ?? false };
  }

  private async store(
    prepared: Prepared,
    summary: SessionSummary,
    model: { provider: string; model: string; promptVersion: string },
  ): Promise<SummaryOutcome> {
    const { session } = prepared;
    const inserted: Array<{ id: string }> = await this.db.manager.query(
      `INSERT INTO reflection_summaries (organisation_id, session_id, participant_membership_id, overview, satisfaction_score, satisfaction_source,
         strengths, gaps, themes, opportunities, suggested_actions, provider, model, prompt_version, commitments, satisfaction_turn_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (organisation_id, session_id) DO NOTHING RETURNING id`,
      [
        session.organisationId,
        session.id,
        session.participantMembershipId,
        summary.overview,
        summary.satisfactionScore,
        summary.satisfactionScore === null ? null : summary.satisfactionSource,
        JSON.stringify(summary.strengths),
        JSON.stringify(summary.gaps),
        JSON.stringify(summary.themes),
        JSON.stringify(summary.opportunities),
        JSON.stringify(summary.suggestedActions),
        model.provider,
        model.model,
        model.promptVersion,
        JSON.stringify(summary.commitments),
        summary.satisfactionSource === 'participant' ? summary.satisfactionTurnId : null,
      ],
    );
    await this.setState(session.organisationId, session.id, 'READY');
    if (!inserted.length) return 'exists';
    if (summary.strain) await this.strainNotes.write(session, summary.strain);
    // The new scores and themes feed the HR rollups once this transaction commits.
    await this.rollups.participantChanged(session.organisationId, session.participantMembershipId);
    await this.webhooks.emit({
      organisationId: session.organisationId,
      type: WebhookEventType.SUMMARY_READY,
      data: { sessionId: session.id, participantMembershipId: session.participantMembershipId },
    });
    if (prepared.sendEmail) {
      await this.jobs.enqueue(
        JobName.SendSummaryEmail,
        { organisationId: session.organisationId, sessionId: session.id },
        { jobId: jobIdOf('summary-email', session.id) },
      );
    }
    return 'written';
  }

  private async summaryExists(organisationId: string, sessionId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `SELECT 1 FROM reflection_summaries WHERE organisation_id = $1 AND session_id = $2`,
      [organisationId, sessionId],
    );
    return rows.length > 0;
  }

  /** The new state, and its live subscribers told once it commits. */
  private async setState(organisationId: string, sessionId: string, state: 'RUNNING' | 'READY'): Promise<void> {
    await this.states.set(organisationId, sessionId, state);
    this.live.afterCommit(LiveTopic.session(organisationId, sessionId), { sessionId });
  }
}
