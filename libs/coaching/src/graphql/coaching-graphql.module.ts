import { Module } from '@nestjs/common';
import { IdentityGraphqlModule } from '#identity/graphql';
import { TemplatesGraphqlModule } from '#templates/graphql';
import { CoachingModule } from '../coaching.module.js';
import { AssignmentResolver } from './assignment.resolver.js';
import { CoachingLoaders } from './coaching.loaders.js';
import { CoachingRelationshipResolver } from './coaching-relationship.resolver.js';

@Module({
  imports: [CoachingModule, IdentityGraphqlModule, TemplatesGraphqlModule],
  providers: [CoachingLoaders, CoachingRelationshipResolver, AssignmentResolver],
  exports: [CoachingLoaders],
})
export class CoachingGraphqlModule {}
