import { Injectable, Logger } from '@nestjs/common';
import type { MemberActor } from '#auth';
import { ErrorCode, WaypointException } from '#common';
import { TenantDatabase } from '#database';
import { LiveAccessService } from '#identity';
import { LiveBus } from '../live-bus.service.js';
import { EventStream } from './event-stream.util.js';

/** Events held for one slow subscriber (a reply is a few dozen pieces). */
const CAPACITY = 1_000;

export interface StreamOptions {
  /**
   * How long a check that the subscriber's login session and membership are still live is
   * trusted (0: checked before every event). Events that carry the owner's own words only, many
   * a second, may reuse a check for a moment; everything else is checked every time.
   */
  accessRecheckMs?: number;
}

/**
 * Opens a subscription on a live topic. Before an event reaches the subscriber, the subscriber's
 * login session and membership are checked again (a logout or removal ends the subscription), and
 * `deliver` decides, in the subscriber's own tenant scope, what it may see of the event: null (or
 * a NOT_FOUND, as a query would answer) means nothing is delivered.
 */
@Injectable()
export class LiveStreams {
  private readonly logger = new Logger(LiveStreams.name);

  constructor(
    private readonly bus: LiveBus,
    private readonly db: TenantDatabase,
    private readonly liveAccess: LiveAccessService,
  ) {}

  async open<TEvent, TValue>(
    actor: MemberActor,
    topic: string,
    deliver: (event: TEvent) => Promise<TValue | null>,
    options: StreamOptions = {},
  ): Promise<AsyncIterableIterator<TValue>> {
    const recheckMs = options.accessRecheckMs ?? 0;
    let checkedAt = Number.NEGATIVE_INFINITY;
    const stream: EventStream<TEvent, TValue> = new EventStream(async (event) => {
      try {
        if (recheckMs === 0 || Date.now() - checkedAt >= recheckMs) {
          if (!(await this.stillSignedIn(actor))) {
            stream.close();
            return null;
          }
          checkedAt = Date.now();
        }
        return await deliver(event);
      } catch (error) {
        // Denied now (a revoked share, a removed member): this event is not delivered, as a query would find nothing.
        if (error instanceof WaypointException && error.code === ErrorCode.NOT_FOUND) return null;
        // Anything else ends the subscription without telling the client more than that it ended.
        this.logger.error({ err: error }, 'live event could not be delivered; subscription ended');
        stream.close();
        return null;
      }
    }, CAPACITY);
    const stop = await this.bus.listen<TEvent>(topic, (event) => stream.push(event));
    stream.onClose(stop);
    return stream;
  }

  /** Runs `work` in a transaction of its own in the subscriber's scope, as a request of theirs would. */
  read<T>(actor: MemberActor, work: () => Promise<T>): Promise<T> {
    return this.db.run({ organisationId: actor.organisationId, userId: actor.userId }, work);
  }

  private async stillSignedIn(actor: MemberActor): Promise<boolean> {
    if (!actor.sessionId) return false;
    const access = await this.read(actor, () => this.liveAccess.check(actor.userId, actor.organisationId, actor.sessionId!));
    return access.sessionLive && access.membership?.id === actor.membershipId;
  }
}
