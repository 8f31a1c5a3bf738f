import { Inject, Injectable } from '@nestjs/common';
import { type MailConfig, mailConfig, summaryLinkFor } from '#config';
import { TenantDatabase } from '#database';
import { ReflectionSessionEntity } from '#interviews';
import { type EmailMessage, EmailSender } from '#notifications';
import { ReflectionTemplateVersionEntity } from '#templates';
import { ReflectionSummaryEntity } from '../entities/reflection-summary.entity.js';
import { renderSummaryEmail } from './summary-email.template.js';
import { toSummaryEmailView } from './summary-email.view.js';

/**
 * Emails a participant their summary, once per session whatever the number of deliveries. The
 * email shows only what `toSummaryEmailView` picks from the summary; its link is the deployment's
 * SUMMARY_LINK_URL with the session id filled in.
 */
@Injectable()
export class SummaryEmailService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly email: EmailSender,
    @Inject(mailConfig.KEY) private readonly mail: MailConfig,
  ) {}

  async send(organisationId: string, sessionId: string): Promise<'sent' | 'duplicate' | 'skipped'> {
    const message = await this.compose(organisationId, sessionId);
    if (!message) return 'skipped';
    return this.email.sendOnce(organisationId, `summary.${sessionId}`, message);
  }

  private async compose(organisationId: string, sessionId: string): Promise<EmailMessage | null> {
    const session = await this.db.repository(ReflectionSessionEntity).findOneBy({ organisationId, id: sessionId });
    if (!session) return null;
    const summary = await this.db.repository(ReflectionSummaryEntity).findOneBy({ organisationId, sessionId });
    const version = await this.db
      .repository(ReflectionTemplateVersionEntity)
      .findOneBy({ organisationId, templateId: session.templateId, version: session.templateVersion });
    const recipients: Array<{ email: string; display_name: string }> = await this.db.manager.query(
      `SELECT u.email, u.display_name FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND m.id = $2 AND m.removed_at IS NULL`,
      [organisationId, session.participantMembershipId],
    );
    // The template may have been switched off for this version, or the member removed since.
    if (!summary || !version?.sendSummaryEmail || !recipients[0]) return null;
    return renderSummaryEmail({
      to: recipients[0].email,
      displayName: recipients[0].display_name,
      title: version.title,
      view: toSummaryEmailView(summary),
      cta: version.closingCtaText ? { text: version.closingCtaText, url: version.closingCtaUrl } : null,
      link: summaryLinkFor(this.mail, session.id),
    });
  }
}
