import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobProducer } from './job-producer.service.js';
import { OutboxJobEntity } from './outbox-job.entity.js';
import { QueueRegistry } from './queue-registry.service.js';
import { RollupScheduler } from './rollup-scheduler.service.js';
import { WebhookEvents } from './webhook-events.service.js';

/** Enqueueing side, shared by api and worker. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxJobEntity])],
  providers: [QueueRegistry, JobProducer, RollupScheduler, WebhookEvents],
  exports: [QueueRegistry, JobProducer, RollupScheduler, WebhookEvents],
})
export class JobsModule {}
