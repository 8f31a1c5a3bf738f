import { Module } from '@nestjs/common';
import { JobsModule } from '#jobs';
import { NotificationsModule } from '#notifications';
import { SchedulesModule } from '../schedules.module.js';
import { MaterialiseDueSessionsProcessor } from './materialise-due-sessions.processor.js';
import { SendReminderProcessor } from './send-reminder.processor.js';

@Module({
  imports: [SchedulesModule, NotificationsModule, JobsModule],
  providers: [MaterialiseDueSessionsProcessor, SendReminderProcessor],
})
export class SchedulesJobsModule {}
