import { Injectable } from '@nestjs/common';
import type { MemberActor } from '#auth';
import { NotFoundException } from '#common';
import { TenantDatabase } from '#database';
import { ReflectionAccessPolicy } from '#sharing';
import { ReflectionSessionEntity } from '../entities/reflection-session.entity.js';
import { SessionTurnEntity } from '../entities/session-turn.entity.js';

/** Reads of sessions, each decided by the reflection access policy. */
@Injectable()
export class SessionReader {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policy: ReflectionAccessPolicy,
  ) {}

  /** One session; NOT_FOUND alike for a missing id and a session the actor may not read. */
  async get(actor: MemberActor, sessionId: string): Promise<ReflectionSessionEntity> {
    const session = await this.db
      .repository(ReflectionSessionEntity)
      .findOne({ where: { organisationId: actor.organisationId, id: sessionId } });
    await this.policy.authorizeRead(actor, session, 'session', 'Reflection session');
    if (!session) throw new NotFoundException('Reflection session');
    return session;
  }

  /** One of the actor's own sessions (owner-only reads, such as the reply being written); NOT_FOUND otherwise. */
  async own(actor: MemberActor, sessionId: string): Promise<ReflectionSessionEntity> {
    const session = await this.db
      .repository(ReflectionSessionEntity)
      .findOne({ where: { organisationId: actor.organisationId, id: sessionId } });
    this.policy.assertOwner(actor, session, 'Reflection session');
    return session as ReflectionSessionEntity;
  }

  /** A turn of one of the actor's own sessions, with the session; NOT_FOUND when the session is not theirs, a null turn when there is no such turn. */
  async ownTurn(
    actor: MemberActor,
    sessionId: string,
    turnId: string,
  ): Promise<{ session: ReflectionSessionEntity; turn: SessionTurnEntity | null }> {
    const session = await this.own(actor, sessionId);
    const turn = await this.db.repository(SessionTurnEntity).findOneBy({ organisationId: actor.organisationId, sessionId, id: turnId });
    return { session, turn };
  }

  /** The actor's own sessions, newest first. */
  async mine(actor: MemberActor): Promise<ReflectionSessionEntity[]> {
    const sessions = await this.db.repository(ReflectionSessionEntity).find({
      where: { organisationId: actor.organisationId, participantMembershipId: actor.membershipId },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    return this.policy.filterReadable(actor, sessions, 'session');
  }
}
