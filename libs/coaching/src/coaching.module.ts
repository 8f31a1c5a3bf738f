import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '#identity';
import { AssignmentEntity } from './entities/assignment.entity.js';
import { CoachingRelationshipEntity } from './entities/coaching-relationship.entity.js';
import { AssignableTemplatesService } from './services/assignable-templates.service.js';
import { AssignmentsService } from './services/assignments.service.js';
import { CoachingRelationshipsService } from './services/coaching-relationships.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CoachingRelationshipEntity, AssignmentEntity]), IdentityModule],
  providers: [CoachingRelationshipsService, AssignableTemplatesService, AssignmentsService],
  exports: [CoachingRelationshipsService, AssignmentsService],
})
export class CoachingModule {}
