import { Injectable } from '@nestjs/common';
import { TenantDatabase, tenantScope } from '#database';
import { JobName, type JobPayload } from '#jobs';
import { JobHandler } from '#jobs/worker';
import { EmailSender } from '#notifications';
import { OrganisationEntity } from '../entities/organisation.entity.js';
import { InvitationsService } from '../services/invitations.service.js';

@Injectable()
export class InvitationEmailProcessor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly invitations: InvitationsService,
    private readonly email: EmailSender,
  ) {}

  @JobHandler(JobName.SendInvitationEmail)
  handle(data: JobPayload<JobName.SendInvitationEmail>): Promise<string> {
    return this.db.run(tenantScope(data.organisationId), async () => {
      const invitation = await this.invitations.findOpen(data.organisationId, data.invitationId);
      if (!invitation) return 'skipped: invitation no longer open';
      const organisation = await this.db.repository(OrganisationEntity).findOneByOrFail({ id: data.organisationId });
      const token = this.invitations.tokenFor(invitation);
      const link = `${this.email.publicAppUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
      return this.email.sendOnce(data.organisationId, `invitation:${invitation.id}`, {
        to: invitation.email,
        subject: `You're invited to ${organisation.name} on Waypoint`,
        text: [
          `You have been invited to join ${organisation.name} on Waypoint.`,
          '',
          `Accept the invitation: ${link}`,
          `Invitation code: ${token}`,
          '',
          `This invitation expires on ${invitation.expiresAt.toISOString()}.`,
        ].join('\n'),
      });
    });
  }
}
