import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { DatabaseModule } from '#database';
import { IdentityJobsModule } from '#identity/jobs';
import { InsightsJobsModule } from '#insights/jobs';
import { JobsWorkerModule } from '#jobs/worker';
import { TemplatesJobsModule } from '#templates/jobs';
import { LoggingModule, MetricsServer } from '#observability';
import { WORKER_CONFIG } from './worker-config.js';

/** The worker: BullMQ processors of every lib, no HTTP server. Composition only. */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, cache: true, load: WORKER_CONFIG }),
    LoggingModule.forRoot('worker'),
    DatabaseModule.forRoot({ applicationName: 'waypoint-worker', http: false }),
    JobsWorkerModule,
    IdentityJobsModule,
    InsightsJobsModule,
    TemplatesJobsModule,
  ],
  providers: [MetricsServer],
})
export class WorkerModule {}
