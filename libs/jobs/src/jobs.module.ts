import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobProducer } from './job-producer.service.js';
import { OutboxJobEntity } from './outbox-job.entity.js';
import { QueueRegistry } from './queue-registry.service.js';
import { WebhookEvents } from './webhook-events.service.js';

/** Enqueueing side, shared by api and worker. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxJobEntity])],
  providers: [QueueRegistry, JobProducer, WebhookEvents],
  exports: [QueueRegistry, JobProducer, WebhookEvents],
})
export class JobsModule {}
