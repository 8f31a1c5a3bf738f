import { Module } from '@nestjs/common';
import { IdentityGraphqlModule } from '#identity/graphql';
import { LiveGraphqlModule } from '#live/graphql';
import { TemplatesModule } from '../templates.module.js';
import { ResearchPlanStateResolver } from './live/research-plan-state.resolver.js';
import { ReflectionTemplateResolver } from './reflection-template.resolver.js';
import { ResearchPlanResolver } from './research-plan.resolver.js';
import { TemplateLoaders } from './template.loaders.js';

@Module({
  imports: [TemplatesModule, IdentityGraphqlModule, LiveGraphqlModule],
  providers: [ReflectionTemplateResolver, ResearchPlanResolver, ResearchPlanStateResolver, TemplateLoaders],
  exports: [TemplateLoaders],
})
export class TemplatesGraphqlModule {}
