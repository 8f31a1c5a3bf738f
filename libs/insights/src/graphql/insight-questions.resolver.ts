import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { ReflectionAccessPolicy } from '#sharing';
import { InsightQuestionsService } from '../services/insight-questions.service.js';
import { SessionLookup } from '../services/session-lookup.service.js';
import { AskReflectionsArgs } from './dto/ask-reflections.args.js';
import { InsightAnswerModel, InsightQuestionModel } from './models/insight-answer.model.js';

/** Questions a participant asks of their own reflections: never anyone else's. */
@Resolver()
export class InsightQuestionsResolver {
  constructor(
    private readonly policy: ReflectionAccessPolicy,
    private readonly sessions: SessionLookup,
    private readonly questions: InsightQuestionsService,
  ) {}

  @Mutation(() => InsightAnswerModel, {
    description: "Answers from the caller's own reflections, citing their turns; a session id that is not theirs is NOT_FOUND",
  })
  async askReflections(@CurrentActor() actor: MemberActor, @Args() args: AskReflectionsArgs): Promise<InsightAnswerModel> {
    let sessionIds: string[] | null = null;
    if (args.sessionIds?.length) {
      sessionIds = [...new Set(args.sessionIds)];
      const found = new Map((await this.sessions.findMany(actor.organisationId, sessionIds)).map((s) => [s.id, s]));
      // Q&A is owner-only: the policy answers NOT_FOUND for anyone else's session, exactly like a missing one.
      for (const id of sessionIds) await this.policy.authorizeRead(actor, found.get(id), 'qa', 'Reflection session');
    }
    const asked = await this.questions.ask(
      { organisationId: actor.organisationId, participantMembershipId: actor.membershipId, sessionIds },
      args.question.trim(),
    );
    return InsightAnswerModel.from(asked);
  }

  @Query(() => [InsightQuestionModel], { description: "The caller's questions and answers, newest first" })
  async myInsightQuestions(@CurrentActor() actor: MemberActor): Promise<InsightQuestionModel[]> {
    return (await this.questions.history(actor.organisationId, actor.membershipId)).map(InsightQuestionModel.from);
  }
}
