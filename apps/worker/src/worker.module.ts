import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { workerConfig, type WorkerConfig } from '#config';
import { AnalyticsJobsModule } from '#analytics/jobs';
import { DatabaseModule } from '#database';
import { IdentityJobsModule } from '#identity/jobs';
import { InsightsJobsModule } from '#insights/jobs';
import { JobsWorkerModule } from '#jobs/worker';
import { TemplatesJobsModule } from '#templates/jobs';
import { LoggingModule, METRICS_LISTEN, MetricsServer, type MetricsListen } from '#observability';
import { SchedulesJobsModule } from '#schedules/jobs';
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
