import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { MemberActor } from '#auth';
import { InputException } from '#common';
import { TenantDatabase } from '#database';
import type { TurnRole } from '../entities/session-enums.js';
import type { SessionTurnEntity } from '../entities/session-turn.entity.js';
import { Interviewer, type InterviewerTurn, WINDOW_TURNS } from '../interviewer/interviewer.service.js';
import type { CallToAction } from '../interviewer/interviewer-state.type.js';
import { recordStoredAnswer } from '../interviewer/interviewer-state.util.js';
import { newInterviewState } from '../interviewer/new-interview.util.js';
import { assertValidAnswer } from './answer-input.util.js';
import { InterviewModels } from './interview-models.service.js';
import { SessionTemplateReader, templateOf } from './session-template.reader.js';

export const MAX_PREVIEW_ANSWERS = 60;
/** Past this, the rest of a preview uses the embedded model, so a slow provider cannot hold it for minutes. */
const PREVIEW_MODEL_BUDGET_MS = 15_000;

export interface PreviewTranscript {
  turns: SessionTurnEntity[];
  cta: CallToAction;
}

/**
 * Runs the interviewer of a template against scripted answers, for a coach trying it out. Reads
 * the template and the organisation's settings, writes nothing: no session, no turn, no usage.
 */
@Injectable()
export class PreviewService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly templates: SessionTemplateReader,
    private readonly interviewer: Interviewer,
    private readonly models: InterviewModels,
  ) {}

  async preview(actor: MemberActor, templateId: string, answers: string[]): Promise<PreviewTranscript> {
    if (answers.length > MAX_PREVIEW_ANSWERS) {
      throw new InputException(`answers must hold at most ${MAX_PREVIEW_ANSWERS} items`, [
        { field: 'answers', problems: [`at most ${MAX_PREVIEW_ANSWERS} items`] },
      ]);
    }
    answers.forEach((answer, index) => {
      assertValidAnswer(answer, `answers[${index}]`);
    });
    const { version } = await this.templates.readable(actor, templateId);
    const [row]: Array<{ llm: unknown; support: string | null }> = await this.db.manager.query(
      `SELECT settings -> 'llm' AS llm, settings ->> 'supportResources' AS support FROM organisations WHERE id = $1`,
      [actor.organisationId],
    );
    const organisation = { llm: row?.llm ?? null, supportResources: row?.support ?? null };
    const started = Date.now();
    const template = templateOf(version);
    const initial = newInterviewState(template, [], new Date(started));

    const turns: SessionTurnEntity[] = [];
    const add = (role: TurnRole, turn: InterviewerTurn | { content: string; questionRef: string | null; stage: string | null }) =>
      turns.push({
        id: randomUUID(),
        organisationId: actor.organisationId,
        sessionId: '',
        seq: turns.length + 1,
        role,
        idempotencyKey: null,
        sensitive: false,
        createdAt: new Date(),
        ...turn,
      });
    const opening = this.interviewer.open(
      initial,
      { title: version.title, welcomeMessage: version.welcomeMessage, closedLoop: null },
      new Date(),
    );
    add('INTERVIEWER', opening.turn);
    let state = opening.state;
    for (const answer of answers) {
      if (state.finished) break;
      add('PARTICIPANT', {
        content: answer,
        questionRef: state.pending?.ref ?? null,
        stage: state.stages[state.pending?.stage ?? 0]?.key ?? null,
      });
      state = recordStoredAnswer(state, state.nextSeq, new Date());
      const remaining = PREVIEW_MODEL_BUDGET_MS - (Date.now() - started);
      const window = turns
        .slice(-WINDOW_TURNS, -1)
        .map((t) => ({ role: t.role === 'PARTICIPANT' ? ('participant' as const) : ('interviewer' as const), text: t.content }));
      const ctx = this.models.context(actor.organisationId, organisation, new Date(), { window });
      const step = await this.interviewer.respond(
        state,
        answer,
        remaining > 0 ? { ...ctx, budgetMs: Math.min(ctx.budgetMs, remaining) } : { ...ctx, settings: { provider: 'embedded' } },
      );
      if (!step) break;
      add('INTERVIEWER', step.turn);
      state = step.state;
    }
    return { turns, cta: template.cta };
  }
}
