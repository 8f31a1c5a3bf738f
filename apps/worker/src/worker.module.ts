import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AnalyticsJobsModule } from '#analytics/jobs';
import { type WorkerConfig, workerConfig } from '#config';
import { DatabaseModule } from '#database';
import { IdentityJobsModule } from '#identity/jobs';
import { InsightsJobsModule } from '#insights/jobs';
import { JobsWorkerModule } from '#jobs/worker';
import { LoggingModule, METRICS_LISTEN, type MetricsListen, MetricsServer } from '#observability';
import { SchedulesJobsModule } from '#schedules/jobs';
import { TemplatesJobsModule } from '#templates/jobs';
import { WebhooksJobsModule } from '#webhooks/jobs';
import { WORKER_CONFIG } from './worker-config.js';

/** The worker: BullMQ processors of every lib, no HTTP server. Composition only. */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, cache: true, ignoreEnvFile: true, load: WORKER_CONFIG }),
    LoggingModule.forRoot('worker'),
    DatabaseModule.forRoot({ applicationName: 'waypoint-worker', http: false }),
    JobsWorkerModule,
    IdentityJobsModule,
    InsightsJobsModule,
    AnalyticsJobsModule,
    TemplatesJobsModule,
    SchedulesJobsModule,
    WebhooksJobsModule,
  ],
  providers: [
    {
      provide: METRICS_LISTEN,
      inject: [workerConfig.KEY],
      useFactory: (worker: WorkerConfig): MetricsListen => ({ port: worker.metricsPort, host: worker.metricsHost, defaultMetrics: true }),
    },
    MetricsServer,
  ],
})
export class WorkerModule {}
