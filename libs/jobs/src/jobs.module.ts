import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobProducer } from './job-producer.service.js';
import { OutboxJobEntity } from './outbox-job.entity.js';
import { QueueRegistry } from './queue-registry.service.js';
import { RollupScheduler } from './rollup-scheduler.service.js';

/** Enqueueing side, shared by api and worker. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxJobEntity])],
  providers: [QueueRegistry, JobProducer, RollupScheduler],
  exports: [QueueRegistry, JobProducer, RollupScheduler],
})
export class JobsModule {}
