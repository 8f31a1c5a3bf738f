import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { JobName, type JobPayload } from '#jobs';
import { JobHandler } from '#jobs/worker';
import { MailTransport } from '#notifications';
import { PasswordResetsService } from '../services/password-resets.service.js';

const SWEEP_EVERY_MS = 60_000;
/** A reset younger than this is still on its way through its own job. */
const SWEEP_OLDER_THAN_SECONDS = 30;

/**
 * Sends password-reset emails, at least once, holding no connection while the mail server is
 * talked to: the reset's email is claimed and committed, sent, then recorded emailed. A
 * re-delivered job sends nothing twice; a failed send gives its claim up for the retry. A sweep
 * every minute sends the ones whose job never reached Redis, and those whose claim outlived the
 * send lease without a record (the worker stopped mid-send).
 */
@Injectable()
export class PasswordResetEmailProcessor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly resets: PasswordResetsService,
    private readonly mail: MailTransport,
  ) {}

  @JobHandler(JobName.SendPasswordResetEmails, { schedule: { id: 'password-reset-sweep', every: SWEEP_EVERY_MS } })
  async handle(data: JobPayload<JobName.SendPasswordResetEmails>): Promise<{ sent: number }> {
    const pending =
      data.userId && data.resetId ? [{ userId: data.userId, resetId: data.resetId }] : await this.resets.unsent(SWEEP_OLDER_THAN_SECONDS);
    let sent = 0;
    for (const { userId, resetId } of pending) if (await this.send(userId, resetId)) sent += 1;
    return { sent };
  }

  private send(userId: string, resetId: string): Promise<boolean> {
    return this.db.run({ organisationId: null, userId }, async () => {
      const email = await this.resets.claimEmail(userId, resetId);
      if (!email) return false;
      const link = `${this.mail.publicAppUrl}/password-reset?token=${encodeURIComponent(email.token)}`;
      const message = {
        to: email.to,
        subject: 'Reset your Waypoint password',
        text: [
          `Hello ${email.displayName},`,
          '',
          'Someone (hopefully you) asked to reset the password of your Waypoint account.',
          `Choose a new password: ${link}`,
          `Reset code: ${email.token}`,
          '',
          `This link works once and expires on ${email.expiresAt.toISOString()}. Setting a new password signs you out everywhere.`,
          'If you did not ask for this, ignore this email: your password stays as it is.',
        ].join('\n'),
      };
      try {
        await this.db.releaseDuring(() => this.mail.send(message));
      } catch (error) {
        await this.resets.finishEmail(resetId, false).catch(() => undefined);
        throw error;
      }
      await this.resets.finishEmail(resetId, true);
      return true;
    });
  }
}
