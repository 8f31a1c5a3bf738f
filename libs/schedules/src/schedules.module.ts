import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoachingModule } from '#coaching';
import { ReflectionSessionEntity } from '#interviews';
import { JobsModule } from '#jobs';
import { SessionReminderEntity } from './entities/session-reminder.entity.js';
import { AssignmentSessionsService } from './services/assignment-sessions.service.js';
import { DueSessionMaterialiser } from './services/due-session-materialiser.service.js';
import { ReminderDispatcher } from './services/reminder-dispatcher.service.js';
import { ReminderSnoozeService } from './services/reminder-snooze.service.js';
import { SessionExpirer } from './services/session-expirer.service.js';

/** Scheduled check-ins: where coaching (assignments) meets interviews (sessions). */
@Module({
  imports: [TypeOrmModule.forFeature([SessionReminderEntity, ReflectionSessionEntity]), CoachingModule, JobsModule],
  providers: [DueSessionMaterialiser, SessionExpirer, ReminderDispatcher, ReminderSnoozeService, AssignmentSessionsService],
  exports: [DueSessionMaterialiser, SessionExpirer, ReminderDispatcher, ReminderSnoozeService, AssignmentSessionsService],
})
export class SchedulesModule {}
