import { Injectable } from '@nestjs/common';
import { TenantDatabase, tenantScope } from '#database';
import { JobName, type JobPayload } from '#jobs';
import { JobHandler } from '#jobs/worker';
import { EmailSender } from '#notifications';
import type { ReminderKind } from '../entities/session-reminder.entity.js';
import { reminderJobId } from '../services/reminder-dispatcher.service.js';
import { reminderMessage } from './reminder-message.util.js';

interface ReminderRow {
  done_at: Date | null;
  status: string;
  due_at: Date;
  window_closes_at: Date;
  cancelled_at: Date | null;
  timezone: string;
  removed_at: Date | null;
  email: string;
  display_name: string;
  organisation_name: string;
  template_title: string | null;
}

/**
 * Sends one reminder in the tenant's scope. The state is checked again here (the assignment may
 * have been cancelled or the participant may have left since it was queued), and the email goes
 * out through a dedupe key, so a re-delivered job never emails twice.
 */
@Injectable()
export class SendReminderProcessor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly email: EmailSender,
  ) {}

  @JobHandler(JobName.SendReminder)
  handle(data: JobPayload<JobName.SendReminder>): Promise<string> {
    return this.db.run(tenantScope(data.organisationId), async () => {
      const row = await this.load(data.organisationId, data.sessionId, data.kind);
      if (!row) return 'skipped: session gone';
      if (row.done_at) return 'skipped: already done';
      const stillApplies =
        !row.cancelled_at && !row.removed_at && (row.status === 'SCHEDULED' || (data.kind === 'CLOSING' && row.status === 'IN_PROGRESS'));
      if (!stillApplies) {
        await this.finish(data.organisationId, data.sessionId, data.kind, 'SKIPPED');
        return 'skipped: no longer applies';
      }
      const message = reminderMessage({
        kind: data.kind,
        displayName: row.display_name,
        organisationName: row.organisation_name,
        templateTitle: row.template_title ?? 'Reflection',
        dueAt: row.due_at,
        windowClosesAt: row.window_closes_at,
        timezone: row.timezone,
        link: `${this.email.publicAppUrl}/reflections/${data.sessionId}`,
      });
      const sent = await this.email.sendOnce(data.organisationId, reminderJobId(data.sessionId, data.kind), { to: row.email, ...message });
      await this.finish(data.organisationId, data.sessionId, data.kind, 'SENT');
      return sent;
    });
  }

  private async load(organisationId: string, sessionId: string, kind: ReminderKind): Promise<ReminderRow | undefined> {
    const rows: ReminderRow[] = await this.db.manager.query(
      `SELECT r.done_at, s.status, s.due_at, s.window_closes_at, a.cancelled_at, a.timezone, m.removed_at,
              u.email, u.display_name, o.name AS organisation_name, v.title AS template_title
         FROM session_reminders r
         JOIN reflection_sessions s ON s.organisation_id = r.organisation_id AND s.id = r.session_id
         JOIN assignments a ON a.organisation_id = r.organisation_id AND a.id = r.assignment_id
         JOIN memberships m ON m.organisation_id = a.organisation_id AND m.id = a.participant_membership_id
         JOIN users u ON u.id = m.user_id
         JOIN organisations o ON o.id = r.organisation_id
         LEFT JOIN reflection_template_versions v
                ON v.organisation_id = s.organisation_id AND v.template_id = s.template_id AND v.version = s.template_version
        WHERE r.organisation_id = $1 AND r.session_id = $2 AND r.kind = $3
        FOR UPDATE OF r`,
      [organisationId, sessionId, kind],
    );
    return rows[0];
  }

  private async finish(organisationId: string, sessionId: string, kind: ReminderKind, outcome: 'SENT' | 'SKIPPED'): Promise<void> {
    await this.db.manager.query(
      `UPDATE session_reminders SET done_at = now(), outcome = $4 WHERE organisation_id = $1 AND session_id = $2 AND kind = $3`,
      [organisationId, sessionId, kind, outcome],
    );
  }
}
