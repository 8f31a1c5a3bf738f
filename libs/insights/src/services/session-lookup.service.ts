import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantDatabase } from '#database';
import { ReflectionSessionEntity } from '#interviews';

/** Reads sessions for ownership checks; access decisions stay with the reflection access policy. */
@Injectable()
export class SessionLookup {
  constructor(private readonly db: TenantDatabase) {}

  find(organisationId: string, id: string): Promise<ReflectionSessionEntity | null> {
    return this.db.repository(ReflectionSessionEntity).findOneBy({ organisationId, id });
  }

  findMany(organisationId: string, ids: readonly string[]): Promise<ReflectionSessionEntity[]> {
    return ids.length ? this.db.repository(ReflectionSessionEntity).findBy({ organisationId, id: In([...ids]) }) : Promise.resolve([]);
  }
}
