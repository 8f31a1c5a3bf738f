import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '#identity';
import { TemplatesModule } from '#templates';
import { AssignmentEntity } from './entities/assignment.entity.js';
import { CoachingRelationshipEntity } from './entities/coaching-relationship.entity.js';
import { CoachingReadModelsModule } from './read-models/coaching-read-models.module.js';
import { AssignmentsService } from './services/assignments.service.js';
import { CoachingRelationshipsService } from './services/coaching-relationships.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([CoachingRelationshipEntity, AssignmentEntity]),
    IdentityModule,
    TemplatesModule,
    CoachingReadModelsModule,
  ],
  providers: [CoachingRelationshipsService, AssignmentsService],
  exports: [CoachingRelationshipsService, AssignmentsService],
})
export class CoachingModule {}
