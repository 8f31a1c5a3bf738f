import { Injectable } from '@nestjs/common';
import { SYSTEM_SCOPE, TenantDatabase } from '#database';
import { WebhookEvents, WebhookEventType } from '#jobs';

const CHUNK = 1000;

interface ExpiredSession {
  id: string;
  organisation_id: string;
  participant_membership_id: string;
  assignment_id: string | null;
}

/** Marks due sessions that were never started EXPIRED once their window has passed, and tells the organisations' webhooks. */
@Injectable()
export class SessionExpirer {
  constructor(
    private readonly db: TenantDatabase,
    private readonly webhooks: WebhookEvents,
  ) {}

  async expire(asOf: Date, chunkSize = CHUNK, organisations: readonly string[] | null = null): Promise<number> {
    let expired = 0;
    for (;;) {
      const count = await this.db.run(SYSTEM_SCOPE, () => this.expireChunk(asOf, chunkSize, organisations));
      expired += count;
      if (count < chunkSize) return expired;
    }
  }

  private async expireChunk(asOf: Date, limit: number, organisations: readonly string[] | null): Promise<number> {
    const rows = await this.db.query<ExpiredSession>(
      `WITH closed AS (
         SELECT id FROM reflection_sessions
          WHERE status = 'SCHEDULED' AND window_closes_at IS NOT NULL AND window_closes_at <= $1
            AND ($3::uuid[] IS NULL OR organisation_id = ANY($3::uuid[]))
          ORDER BY window_closes_at
          LIMIT $2
          FOR UPDATE SKIP LOCKED
       ), expired AS (
         UPDATE reflection_sessions s SET status = 'EXPIRED', updated_at = now()
           FROM closed WHERE s.id = closed.id AND s.status = 'SCHEDULED'
         RETURNING s.id, s.organisation_id, s.participant_membership_id, s.assignment_id
       )
       SELECT id, organisation_id, participant_membership_id, assignment_id FROM expired`,
      [asOf.toISOString(), limit, organisations],
    );
    await this.webhooks.emitAll(
      rows.map((row) => ({
        organisationId: row.organisation_id,
        type: WebhookEventType.SESSION_EXPIRED,
        data: { sessionId: row.id, participantMembershipId: row.participant_membership_id, assignmentId: row.assignment_id },
      })),
    );
    return rows.length;
  }
}
