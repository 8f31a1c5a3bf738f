import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_MODELS,
  type InterviewTurnWindowEntry,
  interviewTurnTask,
  type LlmConfig,
  type LlmUsage,
  llmConfig,
  mergeLlmSettings,
} from '#llm';
import { overrideSettings, readStoredOverride } from '#llm/usage';
import type { RespondContext } from '../interviewer/interviewer.service.js';
import type { InterviewerAudit, OrganisationInterviewSettings } from './session-store.service.js';

/** Which model interviews an organisation's participants, within what budget. */
@Injectable()
export class InterviewModels {
  constructor(@Inject(llmConfig.KEY) private readonly config: LlmConfig) {}

  /** `usage` collects one record per model call, metered with the reply; previews pass none and store nothing. */
  context(
    organisationId: string,
    organisation: OrganisationInterviewSettings,
    now: Date,
    options: { usage?: LlmUsage[]; plannedOnly?: boolean; window?: InterviewTurnWindowEntry[]; onQuestion?: RespondContext['onQuestion'] },
  ): RespondContext {
    const usage = options.usage;
    return {
      organisationId,
      settings: overrideSettings(readStoredOverride(organisation.llm)),
      budgetMs: this.config.interviewBudgetMs,
      onUsage: usage ? (record) => void usage.push(record) : undefined,
      supportResources: organisation.supportResources?.trim() || null,
      now,
      window: options.window ?? [],
      plannedOnly: options.plannedOnly,
      onQuestion: options.onQuestion,
    };
  }

  /** The interviewer a new session records: the organisation's model (or the deployment's) and the prompt version. */
  audit(organisation: OrganisationInterviewSettings): InterviewerAudit {
    const settings = mergeLlmSettings(this.config.defaults, overrideSettings(readStoredOverride(organisation.llm)));
    return {
      provider: settings.provider,
      model: settings.model ?? DEFAULT_MODELS[settings.provider],
      promptVersion: interviewTurnTask.version,
    };
  }
}
