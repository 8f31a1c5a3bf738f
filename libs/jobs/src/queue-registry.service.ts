import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { redisConfig, type RedisConfig } from '#config';
import { JOB_QUEUE, QueueName } from './queue-name.enum.js';
import type { JobName } from './job-name.enum.js';

/** One BullMQ queue per name, over one shared Redis connection, closed on shutdown. */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  private connection: Redis | undefined;

  constructor(@Inject(redisConfig.KEY) private readonly config: RedisConfig) {}

  get prefix(): string {
    return this.config.queuePrefix;
  }

  /** A fresh connection for blocking consumers (BullMQ workers must not share one). */
  createConnection(): Redis {
    // BullMQ requires maxRetriesPerRequest: null so blocking commands survive reconnects.
    return new Redis(this.config.url, { maxRetriesPerRequest: null, lazyConnect: false });
  }

  sharedConnection(): ConnectionOptions {
    this.connection ??= this.createConnection();
    return this.connection;
  }

  queueFor(job: JobName): Queue {
    return this.queue(JOB_QUEUE[job]);
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.sharedConnection(),
        prefix: this.prefix,
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: { age: 24 * 3600, count: 10_000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async ping(): Promise<boolean> {
    const client = this.sharedConnection() as Redis;
    return (await client.ping()) === 'PONG';
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await this.connection?.quit().catch(() => undefined);
  }
}
