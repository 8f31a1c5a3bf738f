import { Module } from '@nestjs/common';
import { JobsModule } from '#jobs';
import { NotificationsModule } from '#notifications';
import { InsightsModule } from '../insights.module.js';
import { SummaryEmailService } from '../services/summary-email.service.js';
import { ActionPlanProcessor } from './action-plan.processor.js';
import { SummaryProcessor } from './summary.processor.js';
import { SummaryEmailProcessor } from './summary-email.processor.js';

@Module({
  imports: [InsightsModule, NotificationsModule, JobsModule],
  providers: [SummaryEmailService, SummaryProcessor, SummaryEmailProcessor, ActionPlanProcessor],
})
export class InsightsJobsModule {}
