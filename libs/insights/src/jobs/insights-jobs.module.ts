import { Module } from '@nestjs/common';
import { SummaryProcessor } from './summary.processor.js';

@Module({ providers: [SummaryProcessor] })
export class InsightsJobsModule {}
