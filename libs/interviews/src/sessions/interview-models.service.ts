import { Inject, Injectable, Logger } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { DEFAULT_MODELS, interviewFollowupTask, llmConfig, mergeLlmSettings, type LlmConfig, type LlmUsage } from '#llm';
import { LlmUsageRecorder, overrideSettings, readStoredOverride } from '#llm/usage';
import type { RespondContext } from '../interviewer/interviewer.service.js';
import type { InterviewerAudit, OrganisationInterviewSettings } from './session-store.service.js';

/** Which model interviews an organisation's participants, within what budget, metered how. */
@Injectable()
export class InterviewModels {
  private readonly logger = new Logger(InterviewModels.name);

  constructor(
    @Inject(llmConfig.KEY) private readonly config: LlmConfig,
    private readonly usage: LlmUsageRecorder,
    private readonly db: TenantDatabase,
  ) {}

  /** `meter: false` for previews, which store nothing. */
  context(organisationId: string, organisation: OrganisationInterviewSettings, now: Date, options: { meter: boolean; plannedOnly?: boolean }): RespondContext {
    return {
      organisationId,
      settings: overrideSettings(readStoredOverride(organisation.llm)),
      budgetMs: this.config.interviewBudgetMs,
      onUsage: options.meter ? (usage) => this.meterAfterCommit(usage) : undefined,
      supportResources: organisation.supportResources?.trim() || null,
      now,
      plannedOnly: options.plannedOnly,
    };
  }

  /**
   * Meters a call once the request's transaction has committed and released its connection (a
   * second connection taken while holding the first could exhaust the pool under load), without
   * holding up the reply to the participant.
   */
  private meterAfterCommit(usage: LlmUsage): void {
    this.db.onCommit(() => {
      this.usage.record(usage).catch((error: Error) => this.logger.warn({ organisationId: usage.organisationId, err: error.message }, 'could not meter an interview model call'));
    });
  }

  /** The interviewer a new session records: the organisation's model (or the deployment's) and the prompt version. */
  audit(organisation: OrganisationInterviewSettings): InterviewerAudit {
    const settings = mergeLlmSettings(this.config.defaults, overrideSettings(readStoredOverride(organisation.llm)));
    return { provider: settings.provider, model: settings.model ?? DEFAULT_MODELS[settings.provider], promptVersion: interviewFollowupTask.version };
  }
}
