import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor, Role, Roles } from '#auth';
import { UuidPipe } from '#common';
import { AnswersService } from '../sessions/answers.service.js';
import { PreviewService } from '../sessions/preview.service.js';
import { AnswerResultModel } from './models/answer-result.model.js';
import { ReflectionSessionModel } from './models/reflection-session.model.js';
import { TurnModel } from './models/turn.model.js';
import { stateOf } from './session-state.util.js';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
}

@Resolver()
export class AnswersResolver {
  constructor(
    private readonly answers: AnswersService,
    private readonly previews: PreviewService,
  ) {}

  @Mutation(() => AnswerResultModel, {
    description:
      "Stores the answer exactly as typed (at most 8000 characters), then returns the interviewer's reply. Answering a paused session resumes it. " +
      'A retry with the same idempotency key (argument or Idempotency-Key header) returns the stored turns instead of storing again.',
  })
  async answerReflection(
    @CurrentActor() actor: MemberActor,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
    @Args('content') content: string,
    @Context('req') request: HttpRequest,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string | null,
  ): Promise<AnswerResultModel> {
    const header = request?.headers?.['idempotency-key'];
    const key = idempotencyKey ?? (Array.isArray(header) ? header[0] : header) ?? null;
    const outcome = await this.answers.answer(actor, sessionId, content, key);
    const session = ReflectionSessionModel.from(outcome.session);
    const cta = stateOf(session)?.cta ?? null;
    return Object.assign(new AnswerResultModel(), {
      answer: TurnModel.from(outcome.answer),
      next: outcome.next ? TurnModel.from(outcome.next, cta) : null,
      session,
    });
  }

  @Roles(Role.COACH, Role.ORG_ADMIN)
  @Mutation(() => [TurnModel], {
    description: 'Runs the interviewer of a template against scripted answers and returns the transcript. Stores nothing.',
  })
  async previewReflectionTemplate(
    @CurrentActor() actor: MemberActor,
    @Args('templateId', { type: () => ID }, UuidPipe) templateId: string,
    @Args('answers', { type: () => [String] }) answers: string[],
  ): Promise<TurnModel[]> {
    const transcript = await this.previews.preview(actor, templateId, answers);
    return transcript.turns.map((turn) => TurnModel.from(turn, transcript.cta));
  }
}
