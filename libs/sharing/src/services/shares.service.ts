import { Injectable } from '@nestjs/common';
import type { MemberActor } from '#auth';
import { TenantDatabase } from '#database';
import { WebhookEvents, WebhookEventType } from '#jobs';
import { LivePublisher, LiveTopic, type ShareEvent } from '#live';
import { ReflectionAccessPolicy } from '../reflection-access.policy.js';
import type { OwnedReflection } from '../reflection-part.type.js';
import { SharingException, SharingExceptionCode } from '../sharing.exception.js';
import { ReflectionOwners } from './reflection-owners.source.js';

/** More coaches than anyone has is a client bug, not a reason to run a large statement. */
export const MAX_COACHES_PER_SHARE = 50;

/**
 * Per-reflection, per-coach share grants, written by the reflection's owner only. A grant goes
 * only to a CURRENT coach of the owner (active relationship, active membership): the same test the
 * access policy applies on every read. `reflection_sessions.visibility` follows the active grants
 * (database triggers keep it so, whoever writes a grant or ends a relationship).
 */
@Injectable()
export class SharesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policy: ReflectionAccessPolicy,
    private readonly owners: ReflectionOwners,
    private readonly webhooks: WebhookEvents,
    private readonly live: LivePublisher,
  ) {}

  /** Shares with each coach; already shared ones stay as they are. All or nothing. */
  async share(actor: MemberActor, sessionId: string, coachMembershipIds: readonly string[]): Promise<void> {
    const coaches = [...new Set(coachMembershipIds)];
    if (!coaches.length || coaches.length > MAX_COACHES_PER_SHARE) {
      throw SharingException.invalid(
        SharingExceptionCode.INVALID_COACH_LIST,
        'coachMembershipIds',
        `Give between 1 and ${MAX_COACHES_PER_SHARE} coaches`,
      );
    }
    const reflection = await this.lockOwned(actor, sessionId);
    const current = await this.currentCoaches(actor.organisationId, actor.membershipId, coaches);
    const refused = coaches.filter((id) => !current.has(id));
    if (refused.length) {
      throw new SharingException('A reflection can be shared only with your current coaches', SharingExceptionCode.NOT_A_CURRENT_COACH, {
        fields: [{ field: 'coachMembershipIds', problems: ['must be your current coaches'] }],
        coachMembershipIds: refused,
      });
    }
    const granted = await this.db.query<{ coach_membership_id: string; created_at: Date }>(
      `INSERT INTO session_shares (organisation_id, session_id, coach_membership_id)
       SELECT $1::uuid, $2::uuid, coach FROM unnest($3::uuid[]) AS coach
       ON CONFLICT (organisation_id, session_id, coach_membership_id) WHERE revoked_at IS NULL DO NOTHING
       RETURNING coach_membership_id, created_at`,
      [actor.organisationId, sessionId, coaches],
    );
    await this.announce(WebhookEventType.REFLECTION_SHARED, reflection, granted);
    // Each coach newly given access hears of it once the share is committed.
    for (const grant of granted) {
      const event: ShareEvent = {
        sessionId,
        participantMembershipId: reflection.participantMembershipId,
        coachMembershipId: grant.coach_membership_id,
        sharedAt: new Date(grant.created_at).toISOString(),
      };
      this.live.afterCommit(LiveTopic.sharesFor(actor.organisationId, grant.coach_membership_id), event);
    }
  }

  /** Revokes the given coaches' grants, or every grant when none are given. Idempotent. */
  async revoke(actor: MemberActor, sessionId: string, coachMembershipIds?: readonly string[] | null): Promise<void> {
    const reflection = await this.lockOwned(actor, sessionId);
    const coaches = coachMembershipIds?.length ? [...new Set(coachMembershipIds)] : null;
    const revoked = await this.db.query<{ coach_membership_id: string }>(
      `UPDATE session_shares SET revoked_at = now()
        WHERE organisation_id = $1 AND session_id = $2 AND revoked_at IS NULL
          AND ($3::uuid[] IS NULL OR coach_membership_id = ANY($3::uuid[]))
        RETURNING coach_membership_id`,
      [actor.organisationId, sessionId, coaches],
    );
    await this.announce(WebhookEventType.REFLECTION_SHARE_REVOKED, reflection, revoked);
  }

  /** Tells the organisation's webhooks which coaches gained or lost access (ids only); nothing when nothing changed. */
  private async announce(
    type: WebhookEventType.REFLECTION_SHARED | WebhookEventType.REFLECTION_SHARE_REVOKED,
    reflection: OwnedReflection,
    changed: ReadonlyArray<{ coach_membership_id: string }>,
  ): Promise<void> {
    if (!changed.length) return;
    await this.webhooks.emit({
      organisationId: reflection.organisationId,
      type,
      data: {
        sessionId: reflection.id,
        participantMembershipId: reflection.participantMembershipId,
        coachMembershipIds: changed.map((row) => row.coach_membership_id).sort(),
      },
    });
  }

  /** Active grants per session (coach membership ids, oldest grant first), for the given sessions. */
  async activeGrants(organisationId: string, sessionIds: readonly string[]): Promise<Map<string, string[]>> {
    const grants = new Map<string, string[]>(sessionIds.map((id) => [id, []]));
    if (!sessionIds.length) return grants;
    const rows: Array<{ session_id: string; coach_membership_id: string }> = await this.db.manager.query(
      `SELECT session_id, coach_membership_id FROM session_shares
        WHERE organisation_id = $1 AND session_id = ANY($2::uuid[]) AND revoked_at IS NULL
        ORDER BY created_at, coach_membership_id`,
      [organisationId, [...sessionIds]],
    );
    for (const row of rows) grants.get(row.session_id)?.push(row.coach_membership_id);
    return grants;
  }

  /** Whether this member coaches the participant right now (the policy's own test). */
  async isCurrentCoach(organisationId: string, coachMembershipId: string, participantMembershipId: string): Promise<boolean> {
    return (await this.currentCoaches(organisationId, participantMembershipId, [coachMembershipId])).has(coachMembershipId);
  }

  /** The reflection with its owner (no content), or null. */
  findReflection(organisationId: string, sessionId: string): Promise<OwnedReflection | null> {
    return this.owners.find(organisationId, sessionId);
  }

  /** NOT_FOUND unless the actor owns it; locks it so concurrent share/revoke calls apply in turn. */
  private async lockOwned(actor: MemberActor, sessionId: string): Promise<OwnedReflection> {
    const reflection = await this.owners.lock(actor.organisationId, sessionId);
    this.policy.assertOwner(actor, reflection, 'Reflection session');
    return reflection;
  }

  private async currentCoaches(
    organisationId: string,
    participantMembershipId: string,
    candidates: readonly string[],
  ): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.db.manager.query(
      `SELECT c.coach_membership_id AS id
         FROM coaching_relationships c
         JOIN memberships m ON m.organisation_id = c.organisation_id AND m.id = c.coach_membership_id AND m.removed_at IS NULL
        WHERE c.organisation_id = $1 AND c.participant_membership_id = $2 AND c.ended_at IS NULL
          AND c.coach_membership_id = ANY($3::uuid[])`,
      [organisationId, participantMembershipId, [...candidates]],
    );
    return new Set(rows.map((r) => r.id));
  }
}
