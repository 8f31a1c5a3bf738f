import { Injectable } from '@nestjs/common';
import type { LlmCallContext } from '#llm';
import { LlmUsageRecorder, OrganisationLlm } from '#llm/usage';

/** The model context of an organisation: its override of the deployment default, and metering. */
@Injectable()
export class InsightLlmContext {
  constructor(
    private readonly organisationLlm: OrganisationLlm,
    private readonly usage: LlmUsageRecorder,
  ) {}

  async forOrganisation(organisationId: string): Promise<LlmCallContext> {
    return { organisationId, settings: await this.organisationLlm.settings(organisationId), onUsage: this.usage.record };
  }
}
