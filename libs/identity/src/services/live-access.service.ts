import { Injectable } from '@nestjs/common';
import { preparedStatement, type SqlItem, type SqlRow, TenantDatabase } from '#database';
import { MembershipEntity } from '../entities/membership.entity.js';

/**
 * The check behind every authenticated request, in one statement (one round trip with the
 * request's opening): the token's login session is still live (not revoked by a logout, a
 * password change or a replayed refresh token), and, for a token scoped to an organisation, the
 * live membership it names. Runs in the token's own scope ($1 user, $2 organisation or null,
 * $3 session); rows come in entity shape.
 */
const LIVE_ACCESS = preparedStatement(
  `SELECT s.revoked_at IS NULL AS "sessionLive",
          m.id, m.organisation_id AS "organisationId", m.user_id AS "userId", m.roles, m.department, m.team,
          m.aggregate_consent AS "aggregateConsent", m.removed_at AS "removedAt", m.created_at AS "createdAt"
     FROM login_sessions s
     LEFT JOIN memberships m ON m.organisation_id = $2::uuid AND m.user_id = s.user_id AND m.removed_at IS NULL
    WHERE s.id = $3::uuid AND s.user_id = $1::uuid`,
);

export interface LiveAccess {
  /** False when the session was revoked or does not exist: the token must be refused. */
  sessionLive: boolean;
  /** The live membership in the token's organisation (null when none, or no organisation asked). */
  membership: MembershipEntity | null;
}

@Injectable()
export class LiveAccessService {
  constructor(private readonly db: TenantDatabase) {}

  async check(userId: string, organisationId: string | null, sessionId: string): Promise<LiveAccess> {
    const [rows] = await this.db.batch([this.statement(userId, organisationId, sessionId)]);
    return this.read(rows!);
  }

  /** The check as a statement, to send with a transaction's opening (`TenantDatabase.begin`). */
  statement(userId: string, organisationId: string | null, sessionId: string): SqlItem {
    return { statement: LIVE_ACCESS, values: [userId, organisationId, sessionId] };
  }

  /** What the rows of `statement` say. */
  read(rows: readonly SqlRow[]): LiveAccess {
    const row = rows[0] as ({ sessionLive: boolean; id: string | null } & Omit<MembershipEntity, 'id'>) | undefined;
    if (!row) return { sessionLive: false, membership: null };
    const { sessionLive, ...membership } = row;
    return { sessionLive, membership: membership.id ? Object.assign(new MembershipEntity(), membership) : null };
  }
}
