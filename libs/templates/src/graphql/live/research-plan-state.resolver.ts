import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { JobState, UuidPipe } from '#common';
import { LiveTopic, type TemplatePlanEvent } from '#live';
import { LiveStreams } from '#live/graphql';
import { TemplateAccess } from '../../access/template-access.service.js';
import { ResearchPlanStateModel } from '../models/research-plan-state.model.js';

/** Live research plan states of a template, for whoever may read the template (checked again per event). */
@Resolver()
export class ResearchPlanStateResolver {
  constructor(
    private readonly streams: LiveStreams,
    private readonly access: TemplateAccess,
  ) {}

  @Subscription(() => ResearchPlanStateModel, {
    description:
      'Changes of the research plan state of a template (planState), for its readers. NOT_FOUND as reflectionTemplate would answer.',
    resolve: (state: ResearchPlanStateModel) => state,
  })
  async researchPlanState(
    @CurrentActor() actor: MemberActor,
    @Args('templateId', { type: () => ID }, UuidPipe) templateId: string,
  ): Promise<AsyncIterableIterator<ResearchPlanStateModel>> {
    await this.streams.read(actor, () => this.access.readable(actor, templateId));
    return this.streams.open<TemplatePlanEvent, ResearchPlanStateModel>(
      actor,
      LiveTopic.template(actor.organisationId, templateId),
      (event) =>
        this.streams.read(actor, async () => {
          const template = await this.access.readable(actor, templateId);
          const { version } = await this.access.snapshotOf(template, event.version);
          return Object.assign(new ResearchPlanStateModel(), {
            templateId,
            version: version.version,
            planState: (version.planState ?? JobState.PENDING) as JobState,
            planError: version.planError,
          });
        }),
    );
  }
}
