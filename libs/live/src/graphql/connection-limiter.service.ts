import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type LiveConfig, liveConfig } from '#config';
import { QueueRegistry } from '#jobs';

/** A connection not refreshed for this long (its process died) no longer counts. */
const STALE_MS = 90_000;
const REFRESH_MS = 30_000;

/**
 * Counts each user's open live connections across every api process: one sorted set per user in
 * Redis (connection id, last refresh), refreshed while the connection lives, so a crashed process's
 * connections stop counting after a while. While Redis is unreachable each process counts its own.
 */
@Injectable()
export class ConnectionLimiter implements OnApplicationShutdown {
  private readonly logger = new Logger('LiveConnections');
  private readonly local = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly queues: QueueRegistry,
    @Inject(liveConfig.KEY) private readonly config: LiveConfig,
  ) {}

  /** Takes a place for the connection; false when the user already holds as many as allowed. */
  async acquire(userId: string, connectionId: string): Promise<boolean> {
    const limit = this.config.maxConnectionsPerUser;
    let count: number;
    try {
      const now = Date.now();
      const key = this.key(userId);
      const results = await this.queues
        .sharedConnection()
        .multi()
        .zremrangebyscore(key, '-inf', now - STALE_MS)
        .zadd(key, now, connectionId)
        .zcard(key)
        .pexpire(key, STALE_MS)
        .exec();
      count = Number(results?.[2]?.[1] ?? 0);
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'Redis unavailable: live connections counted per process');
      count = [...this.local.values()].filter((owner) => owner === userId).length + 1;
    }
    if (count > limit) {
      await this.release(userId, connectionId);
      return false;
    }
    this.local.set(connectionId, userId);
    this.timer ??= setInterval(() => void this.refresh(), REFRESH_MS).unref();
    return true;
  }

  async release(userId: string, connectionId: string): Promise<void> {
    this.local.delete(connectionId);
    await this.queues
      .sharedConnection()
      .zrem(this.key(userId), connectionId)
      .catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.local].map(([connectionId, userId]) => this.release(userId, connectionId)));
  }

  private async refresh(): Promise<void> {
    if (!this.local.size) return;
    const now = Date.now();
    const batch = this.queues.sharedConnection().pipeline();
    for (const [connectionId, userId] of this.local) batch.zadd(this.key(userId), now, connectionId).pexpire(this.key(userId), STALE_MS);
    await batch.exec().catch(() => undefined);
  }

  private key(userId: string): string {
    return `${this.queues.prefix}:live:connections:${userId}`;
  }
}
