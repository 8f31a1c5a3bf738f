import { Injectable } from '@nestjs/common';
import { SYSTEM_SCOPE, TenantDatabase } from '#database';
import { JobName, type JobPayload, QueueRegistry } from '#jobs';
import type { ReminderKind } from '../entities/session-reminder.entity.js';

const CHUNK = 1000;

export interface DispatchResult {
  enqueued: number;
  skipped: number;
}

interface ClaimedReminder {
  organisation_id: string;
  session_id: string;
  kind: ReminderKind;
  applicable: boolean;
}

/** The job id of one reminder: re-dispatching it never queues a second job. */
export const reminderJobId = (sessionId: string, kind: ReminderKind): string => `reminder.${sessionId}.${kind.toLowerCase()}`;

/**
 * Hands reminders whose time has come (honouring a snooze) to the email queue, and closes the
 * ones that no longer apply: the assignment was cancelled, the participant left, the session was
 * started (a due reminder) or finished, or its window closed. State lives in PostgreSQL, so a
 * reminder whose job was lost is re-derived and handed over again an hour later; the sender's
 * dedupe key keeps the email single.
 */
@Injectable()
export class ReminderDispatcher {
  constructor(
    private readonly db: TenantDatabase,
    private readonly queues: QueueRegistry,
  ) {}

  async dispatch(asOf: Date, chunkSize = CHUNK, organisations: readonly string[] | null = null): Promise<DispatchResult> {
    const result: DispatchResult = { enqueued: 0, skipped: 0 };
    for (;;) {
      const claimed = await this.db.run(SYSTEM_SCOPE, () => this.claim(asOf, chunkSize, organisations));
      const due = claimed.filter((r) => r.applicable);
      // Only after the claim committed: the job never runs ahead of the row it reads.
      if (due.length) await this.queues.queueFor(JobName.SendReminder).addBulk(due.map((r) => this.jobOf(r)));
      result.enqueued += due.length;
      result.skipped += claimed.length - due.length;
      if (claimed.length < chunkSize) return result;
    }
  }

  private claim(asOf: Date, limit: number, organisations: readonly string[] | null): Promise<ClaimedReminder[]> {
    return this.db.manager.query(
      `WITH due AS (
         SELECT r.id,
                (a.cancelled_at IS NULL AND m.removed_at IS NULL AND s.window_closes_at > $1
                 AND (s.status = 'SCHEDULED' OR (r.kind = 'CLOSING' AND s.status = 'IN_PROGRESS'))) AS applicable
           FROM session_reminders r
           JOIN reflection_sessions s ON s.organisation_id = r.organisation_id AND s.id = r.session_id
           JOIN assignments a ON a.organisation_id = r.organisation_id AND a.id = r.assignment_id
           JOIN memberships m ON m.organisation_id = a.organisation_id AND m.id = a.participant_membership_id
          WHERE r.done_at IS NULL AND r.send_at <= $1
            AND ($3::uuid[] IS NULL OR r.organisation_id = ANY($3::uuid[]))
            AND (r.enqueued_at IS NULL OR r.enqueued_at < now() - interval '1 hour')
            -- A snooze of this due date holds its reminders (a cancelled assignment's are closed at once).
            AND (a.reminder_snoozed_until IS NULL OR a.reminder_snoozed_until <= $1
                 OR a.reminder_snoozed_due_at IS DISTINCT FROM s.due_at OR a.cancelled_at IS NOT NULL)
          ORDER BY r.send_at
          LIMIT $2
          FOR UPDATE OF r SKIP LOCKED
       ), claimed AS (
         UPDATE session_reminders r
            SET enqueued_at = CASE WHEN due.applicable THEN now() ELSE r.enqueued_at END,
                done_at = CASE WHEN due.applicable THEN NULL ELSE now() END,
                outcome = CASE WHEN due.applicable THEN NULL ELSE 'SKIPPED' END
           FROM due
          WHERE r.id = due.id
         RETURNING r.organisation_id, r.session_id, r.kind, due.applicable
       )
       -- A plain SELECT on top: TypeORM reshapes the result of a top-level UPDATE.
       SELECT * FROM claimed`,
      [asOf.toISOString(), limit, organisations],
    );
  }

  private jobOf(reminder: ClaimedReminder) {
    const data: JobPayload<JobName.SendReminder> = {
      organisationId: reminder.organisation_id,
      sessionId: reminder.session_id,
      kind: reminder.kind,
    };
    return { name: JobName.SendReminder, data, opts: { jobId: reminderJobId(reminder.session_id, reminder.kind) } };
  }
}
