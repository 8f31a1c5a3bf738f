import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { type RedisConfig, redisConfig } from '#config';
import { QueueRegistry } from '#jobs';
import { channelOf } from './live-topic.util.js';

/** A publish that Redis has not answered by then is dropped (live events are hints, never data of record). */
const PUBLISH_WAIT_MS = 1_000;

/**
 * Live events over Redis pub/sub (`graphql-redis-subscriptions`), so that an event raised by any
 * api or worker process reaches subscribers on every api process. Publishing uses the shared,
 * fail-fast connection: while Redis is down an event is dropped at once and nobody waits. The
 * subscriber connection is dedicated (a subscribed connection can do nothing else) and connects
 * only when a process first subscribes, so workers never open it.
 */
@Injectable()
export class LiveBus implements OnApplicationShutdown {
  private readonly logger = new Logger('LiveBus');
  private pubsub: RedisPubSub | undefined;
  private subscriber: Redis | undefined;

  constructor(
    private readonly queues: QueueRegistry,
    @Inject(redisConfig.KEY) private readonly config: RedisConfig,
  ) {}

  async publish(topic: string, event: object): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error(`no answer from Redis within ${PUBLISH_WAIT_MS} ms`)), PUBLISH_WAIT_MS)),
    );
    try {
      await Promise.race([this.engine().publish(channelOf(this.config.queuePrefix, topic), event), timeout]);
    } catch (error) {
      // Only the topic kind is logged: ids stay out of logs, and events carry no content anyway.
      this.logger.warn({ topic: topic.split(':')[2], err: (error as Error).message }, 'live event not published');
    } finally {
      clearTimeout(timer);
    }
  }

  /** Calls `onEvent` for every event of `topic` until the returned function is called. */
  async listen<T>(topic: string, onEvent: (event: T) => void): Promise<() => void> {
    const engine = this.engine();
    const id = await engine.subscribe<T>(channelOf(this.config.queuePrefix, topic), onEvent);
    return () => engine.unsubscribe(id);
  }

  async onApplicationShutdown(): Promise<void> {
    this.subscriber?.disconnect();
  }

  private engine(): RedisPubSub {
    if (!this.pubsub) {
      // BullMQ-style retries forever: the subscriber resubscribes by itself when Redis returns.
      this.subscriber = new Redis(this.config.url, { lazyConnect: true, maxRetriesPerRequest: null });
      this.subscriber.on('error', () => undefined);
      this.pubsub = new RedisPubSub({ publisher: this.queues.sharedConnection(), subscriber: this.subscriber });
    }
    return this.pubsub;
  }
}
