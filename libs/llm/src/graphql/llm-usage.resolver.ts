import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor, Role, Roles } from '#auth';
import { InputException, isAllowedOutboundHost } from '#common';
import { DEFAULT_MODELS } from '../chat-model.factory.js';
import { type LlmConfig, llmConfig } from '../llm.config.js';
import { LlmUsageReport } from '../usage/llm-usage-report.service.js';
import { OrganisationLlm } from '../usage/organisation-llm.service.js';
import { type OrganisationLlmOverride, parseLlmOverride } from '../usage/organisation-llm-override.util.js';
import { SetOrganisationLlmArgs } from './dto/set-organisation-llm.args.js';
import { LlmUsageReportModel } from './models/llm-usage-report.model.js';
import { OrganisationLlmModel } from './models/organisation-llm.model.js';

const DEFAULT_WINDOW_DAYS = 30;

/** Organisation admins: which model the organisation uses, and how much (never any content). */
@Resolver()
export class LlmUsageResolver {
  constructor(
    private readonly report: LlmUsageReport,
    private readonly llmChoice: OrganisationLlm,
    @Inject(llmConfig.KEY) private readonly config: LlmConfig,
  ) {}

  @Roles(Role.ORG_ADMIN)
  @Query(() => LlmUsageReportModel, {
    description: `Model calls of the organisation since a time (default: the last ${DEFAULT_WINDOW_DAYS} days)`,
  })
  async llmUsage(
    @CurrentActor() actor: MemberActor,
    @Args('since', { type: () => Date, nullable: true }) since?: Date | null,
  ): Promise<LlmUsageReportModel> {
    if (since && Number.isNaN(since.getTime()))
      throw new InputException('since must be a date-time', [{ field: 'since', problems: ['must be a date-time'] }]);
    const from = since ?? new Date(Date.now() - DEFAULT_WINDOW_DAYS * 24 * 3600 * 1000);
    return LlmUsageReportModel.from(await this.report.since(actor.organisationId, from));
  }

  @Roles(Role.ORG_ADMIN)
  @Query(() => OrganisationLlmModel, { description: 'The model the organisation uses' })
  async organisationLlm(@CurrentActor() actor: MemberActor): Promise<OrganisationLlmModel> {
    return this.describe(await this.llmChoice.override(actor.organisationId));
  }

  @Roles(Role.ORG_ADMIN)
  @Mutation(() => OrganisationLlmModel, {
    description: "Overrides the deployment's model for this organisation; API keys stay in the deployment's configuration",
  })
  async setOrganisationLlm(@CurrentActor() actor: MemberActor, @Args() args: SetOrganisationLlmArgs): Promise<OrganisationLlmModel> {
    const override = parseLlmOverride(args);
    this.assertAllowedHost(override.baseUrl);
    await this.llmChoice.set(actor.organisationId, override);
    return this.describe(override);
  }

  @Roles(Role.ORG_ADMIN)
  @Mutation(() => OrganisationLlmModel, { description: "Returns the organisation to the deployment's model" })
  async resetOrganisationLlm(@CurrentActor() actor: MemberActor): Promise<OrganisationLlmModel> {
    await this.llmChoice.set(actor.organisationId, null);
    return this.describe(null);
  }

  private assertAllowedHost(baseUrl: string | undefined): void {
    const allowed = this.config.allowedOverrideHosts;
    if (!baseUrl || isAllowedOutboundHost(baseUrl, allowed)) return;
    throw new InputException('This deployment does not allow model endpoints on that host', [
      { field: 'baseUrl', problems: ['host not allowed by LLM_ALLOWED_OVERRIDE_HOSTS'] },
    ]);
  }

  private describe(override: OrganisationLlmOverride | null): OrganisationLlmModel {
    const provider = override?.provider ?? this.config.defaults.provider;
    const model = override ? (override.model ?? DEFAULT_MODELS[provider]) : (this.config.defaults.model ?? DEFAULT_MODELS[provider]);
    return Object.assign(new OrganisationLlmModel(), {
      provider,
      model,
      baseUrl: override?.baseUrl ?? null,
      overridden: override !== null,
    });
  }
}
