import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm';
import type { MemberActor } from '#auth';
import { InputException, NotFoundException } from '#common';
import { TenantDatabase } from '#database';
import { ReflectionSessionEntity } from '../entities/reflection-session.entity.js';
import { Interviewer } from '../interviewer/interviewer.service.js';
import { newInterviewState } from '../interviewer/new-interview.util.js';
import { InterviewsException, InterviewsExceptionCode } from '../interviews.exception.js';
import { ClosedLoopSource } from './closed-loop.source.js';
import { InterviewModels } from './interview-models.service.js';
import { sessionFields } from './session-fields.sql.js';
import { type OrganisationInterviewSettings, SessionStore } from './session-store.service.js';
import { type PinnedTemplate, SessionTemplateReader, templateOf } from './session-template.reader.js';
import { StartLock } from './start-lock.service.js';

interface AssignmentRow {
  id: string;
  template_id: string;
  participant_membership_id: string;
  cancelled_at: Date | null;
  next_due_at: Date | null;
}

/**
 * Starts reflection sessions: self-directed from a template, or from one of the caller's
 * assignments (its scheduled session if there is one, else an early start of the next due date).
 * The session pins the template's current version and opens with the interviewer's first turn.
 */
@Injectable()
export class SessionStarter {
  constructor(
    private readonly db: TenantDatabase,
    private readonly templates: SessionTemplateReader,
    private readonly closedLoop: ClosedLoopSource,
    private readonly interviewer: Interviewer,
    private readonly models: InterviewModels,
    private readonly store: SessionStore,
    private readonly lock: StartLock,
  ) {}

  async start(actor: MemberActor, source: { templateId?: string | null; assignmentId?: string | null }): Promise<ReflectionSessionEntity> {
    const { templateId, assignmentId } = source;
    if (!templateId === !assignmentId) {
      const problems = ['give exactly one of templateId and assignmentId'];
      throw new InputException('Give exactly one of templateId and assignmentId', [
        { field: 'templateId', problems },
        { field: 'assignmentId', problems },
      ]);
    }
    if (assignmentId) return this.fromAssignment(actor, assignmentId);
    return this.open(actor, await this.templates.forSession(actor, templateId!), null);
  }

  private async fromAssignment(actor: MemberActor, assignmentId: string): Promise<ReflectionSessionEntity> {
    const [assignment]: AssignmentRow[] = await this.db.manager.query(
      `SELECT id, template_id, participant_membership_id, cancelled_at, next_due_at FROM assignments WHERE organisation_id = $1 AND id = $2`,
      [actor.organisationId, assignmentId],
    );
    if (!assignment || assignment.participant_membership_id !== actor.membershipId) throw new NotFoundException('Assignment');
    // Two clicks on "start" must not open two sessions of one assignment.
    await this.lock.forTransaction(assignmentId);
    const [existing] = await this.db.query<ReflectionSessionEntity>(
      `SELECT ${sessionFields()} FROM reflection_sessions
        WHERE organisation_id = $1 AND assignment_id = $2 AND participant_membership_id = $3 AND status IN ('IN_PROGRESS', 'SCHEDULED')
        ORDER BY (status = 'IN_PROGRESS') DESC, due_at ASC NULLS LAST
        LIMIT 1
        FOR UPDATE`,
      [actor.organisationId, assignmentId, actor.membershipId],
    );
    if (existing?.status === 'IN_PROGRESS') return existing;
    if (!existing && assignment.cancelled_at)
      throw new InterviewsException('This assignment was cancelled', InterviewsExceptionCode.ASSIGNMENT_CANCELLED);
    const pinned = await this.templates.forAssignment(actor.organisationId, assignment.template_id);
    return this.open(actor, pinned, { assignmentId, scheduled: existing ?? null, dueAt: assignment.next_due_at });
  }

  private async open(
    actor: MemberActor,
    { template, version }: PinnedTemplate,
    link: { assignmentId: string; scheduled: ReflectionSessionEntity | null; dueAt: Date | null } | null,
  ): Promise<ReflectionSessionEntity> {
    const organisation = await this.organisationSettings(actor.organisationId);
    const closedLoop = await this.closedLoop.read(actor.organisationId, actor.membershipId, template.id);
    const now = new Date();
    const state = newInterviewState(templateOf(version), closedLoop?.openActions ?? [], now);
    const opening = this.interviewer.open(state, { title: version.title, welcomeMessage: version.welcomeMessage, closedLoop }, now);
    const audit = this.models.audit(organisation);
    const fields = {
      templateVersion: version.version,
      status: 'IN_PROGRESS' as const,
      visibility: version.defaultVisibility,
      startedAt: now,
      pausedAt: null,
      interviewerState: opening.state,
      interviewerProvider: audit.provider,
      interviewerModel: audit.model,
      interviewerPromptVersion: audit.promptVersion,
    };
    const session = link?.scheduled
      ? await this.db.repository(ReflectionSessionEntity).save({ ...link.scheduled, ...fields })
      : await this.insert(actor, template.id, link, fields);
    await this.store.appendTurn(
      session,
      {
        seq: state.nextSeq,
        role: 'INTERVIEWER',
        content: opening.turn.content,
        stage: opening.turn.stage,
        questionRef: opening.turn.questionRef,
      },
      opening.state,
      { audit },
    );
    // Database triggers settle the visibility (a SHARED default needs a current coach to share with).
    const [row]: Array<{ visibility: ReflectionSessionEntity['visibility'] }> = await this.db.manager.query(
      `SELECT visibility FROM reflection_sessions WHERE organisation_id = $1 AND id = $2`,
      [session.organisationId, session.id],
    );
    return { ...session, visibility: row?.visibility ?? session.visibility };
  }

  /**
   * A new row. An early start takes the assignment's next due date; if a session already holds
   * that date, a scheduled one is started instead and a finished one leaves this one undated.
   */
  private async insert(
    actor: MemberActor,
    templateId: string,
    link: { assignmentId: string; dueAt: Date | null } | null,
    fields: Partial<ReflectionSessionEntity>,
  ): Promise<ReflectionSessionEntity> {
    const values = {
      organisationId: actor.organisationId,
      participantMembershipId: actor.membershipId,
      templateId,
      assignmentId: link?.assignmentId ?? null,
      ...fields,
    };
    const repository = this.db.repository(ReflectionSessionEntity);
    const result = await repository
      .createQueryBuilder()
      .insert()
      .values({ ...values, dueAt: link?.dueAt ?? null } as QueryDeepPartialEntity<ReflectionSessionEntity>)
      .orIgnore()
      .returning(sessionFields())
      .execute();
    const row = (result.raw as ReflectionSessionEntity[])[0];
    if (row) return row;
    const holder = await repository.findOneOrFail({
      where: { organisationId: actor.organisationId, assignmentId: link!.assignmentId, dueAt: link!.dueAt! },
    });
    if (holder.status === 'SCHEDULED' && holder.participantMembershipId === actor.membershipId)
      return repository.save({ ...holder, ...fields });
    return repository.save(repository.create({ ...values, dueAt: null }));
  }

  private async organisationSettings(organisationId: string): Promise<OrganisationInterviewSettings> {
    const [row]: Array<{ llm: unknown; support: string | null }> = await this.db.manager.query(
      `SELECT settings -> 'llm' AS llm, settings ->> 'supportResources' AS support FROM organisations WHERE id = $1`,
      [organisationId],
    );
    return { llm: row?.llm ?? null, supportResources: row?.support ?? null };
  }
}
