import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import type { OwnedReflection, ReflectionOwners } from '#sharing';
import { ReflectionSessionEntity } from '../entities/reflection-session.entity.js';

const OWNER_FIELDS = ['s.id', 's.organisationId', 's.participantMembershipId'];

/** A reflection's owner, read from the sessions this library stores. */
@Injectable()
export class ReflectionOwnersReader implements ReflectionOwners {
  constructor(private readonly db: TenantDatabase) {}

  find(organisationId: string, sessionId: string): Promise<OwnedReflection | null> {
    return this.query(organisationId, sessionId).getOne();
  }

  lock(organisationId: string, sessionId: string): Promise<OwnedReflection | null> {
    return this.query(organisationId, sessionId).setLock('pessimistic_write').getOne();
  }

  private query(organisationId: string, sessionId: string) {
    return this.db
      .repository(ReflectionSessionEntity)
      .createQueryBuilder('s')
      .select(OWNER_FIELDS)
      .where('s.organisationId = :organisationId AND s.id = :sessionId', { organisationId, sessionId });
  }
}
