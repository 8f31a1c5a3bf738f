import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { MemberActor } from '#auth';
import { NotFoundException } from '#common';
import { TenantDatabase } from '#database';
import { AccessLogEntryEntity } from './entities/access-log-entry.entity.js';
import { COACH_READABLE_PARTS, type OwnedReflection, type ReflectionPart, type ReflectionReader } from './reflection-part.type.js';

const LOGGED_KEY = 'waypoint.access-logged';
const DECIDED_KEY = 'waypoint.coach-decisions';

/**
 * The one place that decides who may read a reflection and its parts. The owner reads and writes
 * everything; a coach reads the shareable parts only while the owner's share AND their coaching
 * relationship are both active, checked against the database in every request (decided once per
 * request and reflection, like the request's DataLoaders, never carried over to another request),
 * so a revocation or an ended relationship takes effect on the next request. Everyone else,
 * including admins and HR, is answered exactly as if the reflection did not exist. Each non-owner
 * read is written to the access log the owner can read.
 */
@Injectable()
export class ReflectionAccessPolicy {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cls: ClsService,
  ) {}

  isOwner(actor: MemberActor, reflection: OwnedReflection): boolean {
    return reflection.organisationId === actor.organisationId && reflection.participantMembershipId === actor.membershipId;
  }

  /** Owner-only actions (write, share, revoke, read the access log, ask questions, delete). */
  assertOwner(
    actor: MemberActor,
    reflection: OwnedReflection | null | undefined,
    what = 'Reflection',
  ): asserts reflection is OwnedReflection {
    if (!reflection || !this.isOwner(actor, reflection)) throw new NotFoundException(what);
  }

  /** Authorises a read of one part; throws NOT_FOUND when denied and logs a coach's read. */
  async authorizeRead(
    actor: MemberActor,
    reflection: OwnedReflection | null | undefined,
    part: ReflectionPart,
    what = 'Reflection',
  ): Promise<ReflectionReader> {
    if (!reflection || reflection.organisationId !== actor.organisationId) throw new NotFoundException(what);
    if (this.isOwner(actor, reflection)) return { kind: 'owner' };
    if (COACH_READABLE_PARTS.has(part) && (await this.coachMayRead(actor.membershipId, [reflection])).has(reflection.id)) {
      await this.logRead(actor, reflection, part);
      return { kind: 'coach', coachMembershipId: actor.membershipId };
    }
    throw new NotFoundException(what);
  }

  /** Non-throwing variant for lists: keeps the readable ones (and logs coach reads). */
  async filterReadable<T extends OwnedReflection>(actor: MemberActor, reflections: T[], part: ReflectionPart): Promise<T[]> {
    const sameOrg = reflections.filter((r) => r.organisationId === actor.organisationId);
    const others = sameOrg.filter((r) => !this.isOwner(actor, r));
    const allowed =
      COACH_READABLE_PARTS.has(part) && others.length ? await this.coachMayRead(actor.membershipId, others) : new Set<string>();
    const readable = sameOrg.filter((r) => this.isOwner(actor, r) || allowed.has(r.id));
    for (const reflection of readable) if (!this.isOwner(actor, reflection)) await this.logRead(actor, reflection, part);
    return readable;
  }

  /** Ids of the given reflections shared with this coach under an active coaching relationship. */
  async coachMayRead(coachMembershipId: string, reflections: OwnedReflection[]): Promise<Set<string>> {
    const decided = this.decisionsOf(coachMembershipId);
    const open = reflections.filter((r) => !decided.has(r.id));
    if (open.length) {
      const allowed = await this.querySharedWith(coachMembershipId, open);
      for (const reflection of open) decided.set(reflection.id, allowed.has(reflection.id));
    }
    return new Set(reflections.filter((r) => decided.get(r.id)).map((r) => r.id));
  }

  /** This request's decisions for this coach (a fresh, empty map outside a request context). */
  private decisionsOf(coachMembershipId: string): Map<string, boolean> {
    if (!this.cls.isActive()) return new Map();
    const byCoach = this.cls.get<Map<string, Map<string, boolean>> | undefined>(DECIDED_KEY) ?? new Map<string, Map<string, boolean>>();
    this.cls.set(DECIDED_KEY, byCoach);
    const decided = byCoach.get(coachMembershipId) ?? new Map<string, boolean>();
    byCoach.set(coachMembershipId, decided);
    return decided;
  }

  private async querySharedWith(coachMembershipId: string, reflections: OwnedReflection[]): Promise<Set<string>> {
    const rows: Array<{ session_id: string }> = await this.db.manager.query(
      `SELECT s.session_id
         FROM session_shares s
         JOIN unnest($3::uuid[], $4::uuid[]) AS r(id, owner) ON r.id = s.session_id
         JOIN coaching_relationships c ON c.organisation_id = s.organisation_id
              AND c.coach_membership_id = s.coach_membership_id
              AND c.participant_membership_id = r.owner
              AND c.ended_at IS NULL
         JOIN memberships m ON m.id = s.coach_membership_id AND m.removed_at IS NULL
        WHERE s.organisation_id = $1 AND s.coach_membership_id = $2 AND s.revoked_at IS NULL`,
      [reflections[0].organisationId, coachMembershipId, reflections.map((r) => r.id), reflections.map((r) => r.participantMembershipId)],
    );
    return new Set(rows.map((r) => r.session_id));
  }

  private async logRead(actor: MemberActor, reflection: OwnedReflection, part: ReflectionPart): Promise<void> {
    // One entry per reflection, part and request: a list with nested fields does not flood the log.
    const key = `${reflection.id}:${part}`;
    const logged = this.cls.isActive() ? (this.cls.get<Set<string> | undefined>(LOGGED_KEY) ?? new Set<string>()) : new Set<string>();
    if (logged.has(key)) return;
    logged.add(key);
    if (this.cls.isActive()) this.cls.set(LOGGED_KEY, logged);
    await this.db.repository(AccessLogEntryEntity).insert({
      organisationId: reflection.organisationId,
      sessionId: reflection.id,
      ownerMembershipId: reflection.participantMembershipId,
      readerMembershipId: actor.membershipId,
      action: part,
    });
  }
}
