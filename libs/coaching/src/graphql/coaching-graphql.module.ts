import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityGraphqlModule } from '#identity/graphql';
import { ReflectionTemplateEntity, ReflectionTemplateVersionEntity } from '#templates';
import { CoachingModule } from '../coaching.module.js';
import { AssignmentResolver } from './assignment.resolver.js';
import { CoachingRelationshipResolver } from './coaching-relationship.resolver.js';
import { CoachingLoaders } from './coaching.loaders.js';

@Module({
  imports: [CoachingModule, IdentityGraphqlModule, TypeOrmModule.forFeature([ReflectionTemplateEntity, ReflectionTemplateVersionEntity])],
  providers: [CoachingLoaders, CoachingRelationshipResolver, AssignmentResolver],
  exports: [CoachingLoaders],
})
export class CoachingGraphqlModule {}
