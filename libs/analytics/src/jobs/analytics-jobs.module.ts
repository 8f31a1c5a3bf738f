import { Module } from '@nestjs/common';
import { JobsModule } from '#jobs';
import { AnalyticsModule } from '../analytics.module.js';
import { RollupReconcileProcessor } from './rollup-reconcile.processor.js';
import { RollupRefreshProcessor } from './rollup-refresh.processor.js';

@Module({
  imports: [AnalyticsModule, JobsModule],
  providers: [RollupRefreshProcessor, RollupReconcileProcessor],
})
export class AnalyticsJobsModule {}
