import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Queue, type RepeatOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { type RedisConfig, redisConfig } from '#config';
import { assertNoEviction } from './eviction-policy.util.js';
import type { JobName } from './job-name.enum.js';
import type { JobPayload } from './job-payloads.type.js';
import { JOB_QUEUE, QueueName } from './queue-name.enum.js';
import { readyWithin, watchConnection } from './redis-connection.util.js';

/** How long boot waits for Redis before starting without it (the api serves while Redis is down). */
const BOOT_WAIT_MS = 3_000;
/**
 * A command of the shared connection that gets no answer (a hung Redis) fails after this long.
 * Requests never wait that long: rate limits, job pushes and the health check bound their own wait.
 */
const COMMAND_TIMEOUT_MS = 10_000;
const CLOSE_WAIT_MS = 2_000;

/**
 * One BullMQ queue per name over one shared Redis connection, closed on shutdown.
 *
 * The shared connection (producers, health, rate limits) fails fast: while Redis is unreachable
 * its commands are refused at once instead of queueing, so requests never wait on Redis (new
 * jobs stay in the outbox, rate limits count per process). Blocking consumers get connections
 * that retry forever, so the worker resumes by itself. Redis holds no data of record and may come
 * back empty, so job schedulers are registered again whenever the connection returns.
 */
@Injectable()
export class QueueRegistry implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private readonly queues = new Map<QueueName, Queue>();
  private readonly schedulers = new Map<string, () => Promise<unknown>>();
  private connection: Redis | undefined;

  constructor(@Inject(redisConfig.KEY) private readonly config: RedisConfig) {}

  get prefix(): string {
    return this.config.queuePrefix;
  }

  /** Whether the shared connection is up right now. */
  get available(): boolean {
    return this.connection?.status === 'ready';
  }

  /** A fresh connection for blocking consumers (BullMQ workers must not share one). */
  createConnection(): Redis {
    // BullMQ requires maxRetriesPerRequest: null so blocking commands survive reconnects.
    const redis = new Redis(this.config.url, { maxRetriesPerRequest: null });
    // Outages are reported once, by the shared connection; this only keeps ioredis quiet.
    redis.on('error', () => undefined);
    return redis;
  }

  sharedConnection(): Redis {
    if (!this.connection) {
      const redis = new Redis(this.config.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: COMMAND_TIMEOUT_MS });
      watchConnection(redis, {
        down: (error) =>
          this.logger.warn({ err: error }, 'Redis unavailable: rate limits fall back to per-process counters; new jobs wait in the outbox'),
        up: () => {
          this.logger.log('Redis available again');
          this.reapplySchedulers();
        },
      });
      this.connection = redis;
    }
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
      // Connection errors are reported by the connection's watcher; without a listener BullMQ prints stacks.
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Registers a repeating job (idempotent across workers), again whenever Redis comes back. */
  async schedule<N extends JobName>(job: N, schedulerId: string, repeat: Omit<RepeatOptions, 'key'>, data: JobPayload<N>): Promise<void> {
    const apply = () => this.queueFor(job).upsertJobScheduler(schedulerId, repeat, { name: job, data });
    this.schedulers.set(schedulerId, apply);
    await apply();
  }

  async ping(): Promise<boolean> {
    return (await this.sharedConnection().ping()) === 'PONG';
  }

  /** Refuses to start on a Redis that may evict keys; a Redis that is down at boot is checked when it connects. */
  async onModuleInit(): Promise<void> {
    const redis = this.sharedConnection();
    const check = async () => {
      const policy = await assertNoEviction(redis, this.config.allowEviction);
      if (policy !== 'noeviction') this.logger.warn({ policy }, 'Redis may evict keys; allowed by REDIS_ALLOW_EVICTION');
    };
    if (await readyWithin(redis, BOOT_WAIT_MS)) return check();
    this.logger.warn('Redis is not reachable: starting without it');
    redis.once('ready', () => void check().catch((error: Error) => this.logger.error({ err: error }, 'Redis refused')));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => settleWithin(queue.close(), CLOSE_WAIT_MS)));
    const redis = this.connection;
    if (!redis) return;
    if (redis.status === 'ready') await settleWithin(redis.quit(), CLOSE_WAIT_MS);
    redis.disconnect();
  }

  private reapplySchedulers(): void {
    for (const [id, apply] of this.schedulers) {
      apply().catch((error: Error) =>
        this.logger.warn({ scheduler: id, err: error }, 'job scheduler not registered; retried when Redis returns'),
      );
    }
  }
}

/** Waits for `work` at most `ms`; a failure or a timeout is not an error here (best-effort closing). */
function settleWithin(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
  ]).finally(() => clearTimeout(timer));
}
