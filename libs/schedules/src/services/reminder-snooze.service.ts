import { Injectable } from '@nestjs/common';
import type { MemberActor } from '#auth';
import { type AssignmentEntity, AssignmentsService, windowMs } from '#coaching';
import { TenantDatabase } from '#database';
import { SchedulesException, SchedulesExceptionCode } from '../schedules.exception.js';

const invalid = (message: string) =>
  new SchedulesException(message, SchedulesExceptionCode.INVALID_SNOOZE, { fields: [{ field: 'until', problems: [message] }] });

/**
 * A participant postpones the reminders of their current due date: the latest due session still
 * open, or the upcoming due date when none is. Reminders of later due dates are not affected.
 */
@Injectable()
export class ReminderSnoozeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly assignments: AssignmentsService,
  ) {}

  async snooze(actor: MemberActor, assignmentId: string, until: Date, now = new Date()): Promise<AssignmentEntity> {
    const { assignment, view } = await this.assignments.getVisible(actor, assignmentId);
    if (view !== 'participant') {
      throw new SchedulesException('Only the participant can snooze their reminders', SchedulesExceptionCode.NOT_ALLOWED);
    }
    if (assignment.cancelledAt) throw new SchedulesException('This assignment was cancelled', SchedulesExceptionCode.NOTHING_TO_SNOOZE);
    const current = await this.currentDueDate(assignment, now);
    if (!current) throw new SchedulesException('This assignment has no due date to snooze', SchedulesExceptionCode.NOTHING_TO_SNOOZE);
    if (!(until instanceof Date) || Number.isNaN(until.getTime()) || until <= now) throw invalid('until must be in the future');
    if (until >= current.windowClosesAt) {
      throw invalid(`until must be before the due session closes (${current.windowClosesAt.toISOString()})`);
    }
    await this.db.manager.query(
      `UPDATE assignments SET reminder_snoozed_due_at = $3, reminder_snoozed_until = $4 WHERE organisation_id = $1 AND id = $2`,
      [actor.organisationId, assignmentId, current.dueAt.toISOString(), until.toISOString()],
    );
    const [updated] = await this.assignments.findByIds(actor.organisationId, [assignmentId]);
    return updated;
  }

  private async currentDueDate(assignment: AssignmentEntity, now: Date): Promise<{ dueAt: Date; windowClosesAt: Date } | null> {
    const open: Array<{ due_at: Date; window_closes_at: Date }> = await this.db.manager.query(
      `SELECT due_at, window_closes_at FROM reflection_sessions
        WHERE organisation_id = $1 AND assignment_id = $2 AND due_at IS NOT NULL
          AND status IN ('SCHEDULED', 'IN_PROGRESS') AND window_closes_at > $3
        ORDER BY due_at DESC LIMIT 1`,
      [assignment.organisationId, assignment.id, now.toISOString()],
    );
    if (open.length) return { dueAt: open[0].due_at, windowClosesAt: open[0].window_closes_at };
    if (!assignment.nextDueAt) return null;
    return { dueAt: assignment.nextDueAt, windowClosesAt: new Date(assignment.nextDueAt.getTime() + windowMs(assignment.windowDays)) };
  }
}
