import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { QueueRegistry } from '#jobs';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly queues: QueueRegistry,
  ) {}

  async isHealthy(key: string) {
    const indicator = this.health.check(key);
    try {
      const ok = await Promise.race([this.queues.ping(), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000))]);
      return ok ? indicator.up() : indicator.down({ message: 'no PONG within 1s' });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
