import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_SCOPE, TenantDatabase } from '#database';
import { WebhookEvents, WebhookEventType } from '#jobs';
import { type DueAssignmentRow, type DueSessionPlan, planDueSessions } from './due-session-plan.util.js';

/** At most this many assignments per transaction: bounded locks, memory and statement size. */
export const MATERIALISE_CHUNK = 1000;

interface CreatedSession {
  sessionId: string;
  organisationId: string;
  participantMembershipId: string;
  assignmentId: string;
  dueAt: string;
}

export interface MaterialiseResult {
  assignments: number;
  sessions: number;
  reminders: number;
  chunks: number;
}

/**
 * Creates the SCHEDULED session of every due date reached by `asOf`, across organisations.
 * Set-based: each chunk of up to 1000 due assignments costs three statements (lock and read,
 * insert sessions with their reminders, advance next_due_at), whatever its size. Each due date is
 * materialised exactly once even with several schedulers running: rows are locked with
 * SKIP LOCKED, and the unique (organisation_id, assignment_id, due_at) index makes a repeated
 * insert a no-op.
 */
@Injectable()
export class DueSessionMaterialiser {
  private readonly logger = new Logger(DueSessionMaterialiser.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly webhooks: WebhookEvents,
  ) {}

  /** `organisations` (optional) limits the run to those tenants; null means all of them. */
  async materialise(asOf: Date, chunkSize = MATERIALISE_CHUNK, organisations: readonly string[] | null = null): Promise<MaterialiseResult> {
    const total: MaterialiseResult = { assignments: 0, sessions: 0, reminders: 0, chunks: 0 };
    for (;;) {
      const chunk = await this.db.run(SYSTEM_SCOPE, () => this.materialiseChunk(asOf, chunkSize, organisations));
      total.assignments += chunk.assignments;
      total.sessions += chunk.sessions;
      total.reminders += chunk.reminders;
      total.chunks += 1;
      // Every row read was advanced past asOf (or stopped), so a short chunk means nothing is left
      // that is not being handled by another scheduler right now.
      if (chunk.assignments < chunkSize) return total;
    }
  }

  private async materialiseChunk(
    asOf: Date,
    chunkSize: number,
    organisations: readonly string[] | null,
  ): Promise<Omit<MaterialiseResult, 'chunks'>> {
    const rows = await this.lockDueAssignments(asOf, chunkSize, organisations);
    if (!rows.length) return { assignments: 0, sessions: 0, reminders: 0 };
    const plan = planDueSessions(rows, asOf);
    if (plan.broken.length) this.logger.warn({ assignments: plan.broken }, 'stopped assignments whose schedule cannot be evaluated');
    const created = plan.sessions.assignmentIds.length ? await this.insertSessions(plan) : { sessions: 0, reminders: 0 };
    await this.advance(plan);
    return { assignments: rows.length, ...created };
  }

  private lockDueAssignments(asOf: Date, limit: number, organisations: readonly string[] | null): Promise<DueAssignmentRow[]> {
    return this.db.manager.query(
      `SELECT a.id, a.organisation_id, a.template_id, a.participant_membership_id, a.cadence, a.rrule, a.timezone,
              a.starts_at, a.window_days, a.next_due_at, t.current_version AS template_version, v.default_visibility,
              (m.removed_at IS NULL AND t.archived_at IS NULL) AS materialise
         FROM assignments a
         JOIN memberships m ON m.organisation_id = a.organisation_id AND m.id = a.participant_membership_id
         JOIN reflection_templates t ON t.organisation_id = a.organisation_id AND t.id = a.template_id
         LEFT JOIN reflection_template_versions v
                ON v.organisation_id = t.organisation_id AND v.template_id = t.id AND v.version = t.current_version
        WHERE a.cancelled_at IS NULL AND a.next_due_at IS NOT NULL AND a.next_due_at <= $1
          AND ($3::uuid[] IS NULL OR a.organisation_id = ANY($3::uuid[]))
        ORDER BY a.next_due_at, a.id
        LIMIT $2
        FOR UPDATE OF a SKIP LOCKED`,
      [asOf.toISOString(), limit, organisations],
    );
  }

  /** One statement: the sessions, and for each new one its due and closing reminders. */
  private async insertSessions({ sessions: s }: DueSessionPlan): Promise<{ sessions: number; reminders: number }> {
    const [counts]: Array<{ sessions: number; reminders: number; created: CreatedSession[] }> = await this.db.manager.query(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::text[], $6::uuid[], $7::timestamptz[], $8::timestamptz[])
             AS i(organisation_id, participant_membership_id, template_id, template_version, visibility, assignment_id, due_at, window_closes_at)
       ), inserted AS (
         INSERT INTO reflection_sessions
                (organisation_id, participant_membership_id, template_id, template_version, visibility, assignment_id, due_at, window_closes_at, status)
         SELECT organisation_id, participant_membership_id, template_id, template_version, visibility, assignment_id, due_at, window_closes_at, 'SCHEDULED'
           FROM input
         ON CONFLICT (organisation_id, assignment_id, due_at) WHERE assignment_id IS NOT NULL DO NOTHING
         RETURNING id, organisation_id, participant_membership_id, assignment_id, due_at, window_closes_at
       ), reminders AS (
         INSERT INTO session_reminders (organisation_id, session_id, assignment_id, kind, send_at)
         SELECT organisation_id, id, assignment_id, 'DUE', due_at FROM inserted
         UNION ALL
         -- Two days before the window closes (halfway through a shorter window).
         SELECT organisation_id, id, assignment_id, 'CLOSING', window_closes_at - least(interval '2 days', (window_closes_at - due_at) / 2) FROM inserted
         ON CONFLICT DO NOTHING
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM inserted)::int AS sessions, (SELECT count(*) FROM reminders)::int AS reminders,
              (SELECT coalesce(json_agg(json_build_object('sessionId', id, 'organisationId', organisation_id, 'participantMembershipId', participant_membership_id,
                                                          'assignmentId', assignment_id, 'dueAt', due_at)), '[]'::json) FROM inserted) AS created`,
      [
        s.organisationIds,
        s.participantIds,
        s.templateIds,
        s.templateVersions,
        s.visibilities,
        s.assignmentIds,
        s.dueAts,
        s.windowClosesAts,
      ],
    );
    // Each new session is due now: the organisation's webhooks hear of it once this chunk commits.
    await this.webhooks.emitAll(
      counts!.created.map(({ organisationId, ...session }) => ({
        organisationId,
        type: WebhookEventType.SESSION_DUE,
        data: { ...session, dueAt: new Date(session.dueAt).toISOString() },
      })),
    );
    return { sessions: counts!.sessions, reminders: counts!.reminders };
  }

  private async advance({ advance: a }: DueSessionPlan): Promise<void> {
    await this.db.manager.query(
      `UPDATE assignments a SET next_due_at = u.next_due_at
         FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS u(organisation_id, id, next_due_at)
        WHERE a.organisation_id = u.organisation_id AND a.id = u.id`,
      [a.organisationIds, a.assignmentIds, a.nextDueAts],
    );
  }
}
