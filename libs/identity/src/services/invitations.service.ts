import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { Role } from '#auth';
import { type AuthConfig, authConfig } from '#config';
import { TenantDatabase } from '#database';
import { JobName, JobProducer } from '#jobs';
import { InvitationEntity } from '../entities/invitation.entity.js';
import { MembershipEntity } from '../entities/membership.entity.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { hmac, safeEqual, sha256 } from './secret-token.util.js';
import { normaliseEmail } from './users.service.js';

export interface NewInvitation {
  email: string;
  roles: Role[];
  department?: string | null;
  team?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Invitation tokens are `<organisationId>.<invitationId>.<mac>`: the organisation scopes the lookup,
 * the MAC (keyed by the server secret) lets the email job rebuild the link from the id alone, and
 * only a SHA-256 of the token is stored.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: JobProducer,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  tokenFor(invitation: Pick<InvitationEntity, 'id' | 'organisationId'>): string {
    return `${invitation.organisationId}.${invitation.id}.${hmac(this.config.jwtSecret, `invitation:${invitation.id}`)}`;
  }

  async invite(
    organisationId: string,
    invitedByMembershipId: string,
    input: NewInvitation,
  ): Promise<{ invitation: InvitationEntity; token: string }> {
    const email = normaliseEmail(input.email);
    const existing = await this.db.manager.query(
      `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.organisation_id = $1 AND lower(u.email) = $2 AND m.removed_at IS NULL`,
      [organisationId, email],
    );
    if (existing.length) throw new IdentityException('This person is already a member', IdentityExceptionCode.ALREADY_MEMBER);

    const repo = this.db.repository(InvitationEntity);
    const invitation = repo.create({
      organisationId,
      email,
      roles: [...new Set(input.roles)],
      department: input.department?.trim() || null,
      team: input.team?.trim() || null,
      invitedByMembershipId,
      expiresAt: new Date(Date.now() + this.config.invitationTtlHours * 3_600_000),
      tokenHash: 'pending',
    });
    await repo.save(invitation);
    const token = this.tokenFor(invitation);
    await repo.update({ id: invitation.id }, { tokenHash: sha256(token) });
    await this.jobs.enqueue(
      JobName.SendInvitationEmail,
      { organisationId, invitationId: invitation.id },
      { jobId: `invitation.${invitation.id}` },
    );
    return { invitation, token };
  }

  /** Parses a token into its organisation without trusting it; verification happens in `redeem`. */
  parse(token: string): { organisationId: string; invitationId: string } {
    const [organisationId, invitationId, mac] = token.split('.');
    if (!organisationId || !invitationId || !mac || !UUID.test(organisationId) || !UUID.test(invitationId)) {
      throw new IdentityException('This invitation is invalid or has expired', IdentityExceptionCode.INVITATION_INVALID);
    }
    return { organisationId, invitationId };
  }

  /** Marks a valid, open invitation as accepted (single use) and returns it. Requires the org scope. */
  async redeem(token: string): Promise<InvitationEntity> {
    const { organisationId, invitationId } = this.parse(token);
    const repo = this.db.repository(InvitationEntity);
    const invitation = await repo.findOneBy({ id: invitationId, organisationId });
    const invalid = new IdentityException('This invitation is invalid or has expired', IdentityExceptionCode.INVITATION_INVALID);
    if (!invitation || !safeEqual(invitation.tokenHash, sha256(token))) throw invalid;
    const claimed = await repo
      .createQueryBuilder()
      .update()
      .set({ acceptedAt: () => 'now()' })
      .where('id = :id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()', { id: invitation.id })
      .execute();
    if (!claimed.affected) throw invalid;
    return invitation;
  }

  async addMember(invitation: InvitationEntity, userId: string): Promise<MembershipEntity> {
    const repo = this.db.repository(MembershipEntity);
    const previous = await repo.findOneBy({ organisationId: invitation.organisationId, userId });
    if (previous && !previous.removedAt) throw new IdentityException('You are already a member', IdentityExceptionCode.ALREADY_MEMBER);
    return repo.save({
      ...(previous ?? {}),
      organisationId: invitation.organisationId,
      userId,
      roles: invitation.roles,
      department: invitation.department,
      team: invitation.team,
      removedAt: null,
    });
  }

  findOpen(organisationId: string, invitationId: string): Promise<InvitationEntity | null> {
    return this.db.repository(InvitationEntity).findOneBy({ organisationId, id: invitationId, acceptedAt: IsNull(), revokedAt: IsNull() });
  }

  /** Housekeeping: revokes invitations past their expiry (all organisations). */
  async expireAll(asOf: Date): Promise<number> {
    const result = await this.db.manager.query(
      `UPDATE invitations SET revoked_at = $1 WHERE accepted_at IS NULL AND revoked_at IS NULL AND expires_at <= $1`,
      [asOf],
    );
    return (result[1] as number | undefined) ?? 0;
  }
}
