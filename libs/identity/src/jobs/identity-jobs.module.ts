import { Module } from '@nestjs/common';
import { JobsModule } from '#jobs';
import { NotificationsModule } from '#notifications';
import { IdentityModule } from '../identity.module.js';
import { ExpireInvitationsProcessor } from './expire-invitations.processor.js';
import { InvitationEmailProcessor } from './invitation-email.processor.js';
import { PasswordResetEmailProcessor } from './password-reset-email.processor.js';

@Module({
  imports: [IdentityModule, NotificationsModule, JobsModule],
  providers: [InvitationEmailProcessor, ExpireInvitationsProcessor, PasswordResetEmailProcessor],
})
export class IdentityJobsModule {}
