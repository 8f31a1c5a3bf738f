import { Module } from '@nestjs/common';
import { IdentityGraphqlModule } from '#identity/graphql';
import { TemplatesModule } from '../templates.module.js';
import { ReflectionTemplateResolver } from './reflection-template.resolver.js';
import { ResearchPlanResolver } from './research-plan.resolver.js';
import { TemplateLoaders } from './template.loaders.js';

@Module({
  imports: [TemplatesModule, IdentityGraphqlModule],
  providers: [ReflectionTemplateResolver, ResearchPlanResolver, TemplateLoaders],
  exports: [TemplateLoaders],
})
export class TemplatesGraphqlModule {}
