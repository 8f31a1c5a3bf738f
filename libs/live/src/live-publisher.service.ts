import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { LiveBus } from './live-bus.service.js';

/**
 * How domains raise live events. An event about a change is published only once the change is
 * committed (a commit hook of the current transaction): a subscriber that reacts by reading never
 * reads the state before it. Events carry ids and states, never reflection text; what a subscriber
 * receives is decided again, in its own scope, when the event reaches it.
 */
@Injectable()
export class LivePublisher {
  constructor(
    private readonly db: TenantDatabase,
    private readonly bus: LiveBus,
  ) {}

  /** Publishes after the current transaction commits; nothing when it rolls back. */
  afterCommit(topic: string, event: object): void {
    this.db.onCommit(() => this.bus.publish(topic, event));
  }

  /** Publishes now, for events that are no change of data (the words of a reply being written). */
  now(topic: string, event: object): Promise<void> {
    return this.bus.publish(topic, event);
  }
}
