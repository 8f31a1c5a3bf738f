import { Module } from '@nestjs/common';
import { CoachingGraphqlModule } from '#coaching/graphql';
import { SharingModule } from '#sharing';
import { SchedulesModule } from '../schedules.module.js';
import { AssignmentSessionsResolver } from './assignment-sessions.resolver.js';
import { SchedulesLoaders } from './schedules.loaders.js';
import { SessionAssignmentResolver } from './session-assignment.resolver.js';

/** The cross-lib fields `Assignment.sessions` and `ReflectionSession.assignment`, and snoozing. */
@Module({
  imports: [SchedulesModule, CoachingGraphqlModule, SharingModule],
  providers: [SchedulesLoaders, AssignmentSessionsResolver, SessionAssignmentResolver],
})
export class SchedulesGraphqlModule {}
