import { Field, ObjectType } from '@nestjs/graphql';
import type { StoredResearchPlan } from '../../entities/reflection-template-version.entity.js';

@ObjectType('PlanStage')
export class PlanStageModel {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field(() => [String])
  questions: string[];
}

@ObjectType('ResearchPlan')
export class ResearchPlanModel {
  @Field()
  researchType: string;

  @Field()
  framework: string;

  @Field(() => [String])
  objectives: string[];

  @Field(() => [String])
  coreQuestions: string[];

  @Field(() => [PlanStageModel])
  stages: PlanStageModel[];

  @Field()
  approach: string;

  @Field({ description: 'Which provider and model wrote it, e.g. "embedded" or "openai:gpt-4o-mini"' })
  model: string;

  static from(plan: StoredResearchPlan, provider: string | null, model: string | null): ResearchPlanModel {
    const label = provider && model && model !== provider ? `${provider}:${model}` : (provider ?? model ?? 'unknown');
    return Object.assign(new ResearchPlanModel(), {
      ...plan,
      stages: plan.stages.map((s) => Object.assign(new PlanStageModel(), s)),
      model: label,
    });
  }
}
