import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobsModule } from '../jobs.module.js';
import { JobMetrics } from './job-metrics.service.js';
import { JobWorkerService } from './job-worker.service.js';
import { OutboxRelayProcessor } from './outbox-relay.processor.js';

/** Consuming side: imported by the worker app only. */
@Module({
  imports: [DiscoveryModule, JobsModule],
  providers: [JobMetrics, JobWorkerService, OutboxRelayProcessor],
})
export class JobsWorkerModule {}
