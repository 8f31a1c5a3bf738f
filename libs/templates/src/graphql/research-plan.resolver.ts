import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { UuidPipe } from '#common';
import { TemplatesService } from '../services/templates.service.js';
import { ResearchPlanEditInput } from './dto/research-plan.input.js';
import { ReflectionTemplateModel } from './models/reflection-template.model.js';

@Resolver(() => ReflectionTemplateModel)
export class ResearchPlanResolver {
  constructor(private readonly templates: TemplatesService) {}

  @Mutation(() => ReflectionTemplateModel, {
    description: 'Regenerates the plan of the current version in the background (planState PENDING)',
  })
  async generateResearchPlan(
    @CurrentActor() actor: MemberActor,
    @Args('templateId', { type: () => ID }, UuidPipe) templateId: string,
  ): Promise<ReflectionTemplateModel> {
    const { template, version } = await this.templates.generatePlan(actor, templateId);
    return ReflectionTemplateModel.from(template, version);
  }

  @Mutation(() => ReflectionTemplateModel, {
    description: "Replaces the current version's plan with an edited one, checked like model output",
  })
  async updateResearchPlan(
    @CurrentActor() actor: MemberActor,
    @Args('templateId', { type: () => ID }, UuidPipe) templateId: string,
    @Args('plan') plan: ResearchPlanEditInput,
  ): Promise<ReflectionTemplateModel> {
    const { template, version } = await this.templates.editPlan(actor, templateId, plan);
    return ReflectionTemplateModel.from(template, version);
  }
}
