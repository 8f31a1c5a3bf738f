import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { QueueRegistry } from '#jobs';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly queues: QueueRegistry,
  ) {}

  /** Up when Redis answers a PING within a second; the connection refuses at once while it is down. */
  async isHealthy<K extends string>(key: K) {
    const indicator = this.health.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 1000)));
      const ok = await Promise.race([this.queues.ping(), timeout]);
      return ok ? indicator.up() : indicator.down({ message: 'no PONG within 1s' });
    } catch {
      return indicator.down({ message: 'unreachable' });
    } finally {
      clearTimeout(timer);
    }
  }
}
