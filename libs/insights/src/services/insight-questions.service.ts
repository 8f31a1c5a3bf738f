import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { insightAnswerTask, LlmRunner } from '#llm';
import { InsightQuestionEntity } from '../entities/insight-question.entity.js';
import { keepCited } from './citations.util.js';
import { InsightSearch, type PassageScope } from './insight-search.service.js';
import { InsightLlmContext } from './llm-context.service.js';
import { isThemeQuestion, mergePassages, withThemeContext } from './theme-question.util.js';

const MAX_PASSAGES = 12;
const HISTORY_LIMIT = 100;

/**
 * Answers a participant's question from their own answers: retrieval by words and by statement
 * kind, then the model, then only citations that point at retrieved passages survive (the answer's
 * claim markers renumbered to match). Every Q&A is kept for its owner, and for the owner only:
 * the resolver lets nobody else ask, and the passages (distress exchanges included) go to the
 * model in this request, never into a job payload or a log.
 */
@Injectable()
export class InsightQuestionsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly search: InsightSearch,
    private readonly llm: LlmRunner,
    private readonly llmContext: InsightLlmContext,
  ) {}

  async ask(scope: PassageScope, question: string): Promise<InsightQuestionEntity> {
    // A question about themes is answered first from the turns the summaries' themes were coded from.
    const themes = isThemeQuestion(question) ? await this.search.themeEvidence(scope, MAX_PASSAGES) : { labels: [], passages: [] };
    let passages = mergePassages(themes.passages, await this.search.search(scope, question, MAX_PASSAGES), MAX_PASSAGES);
    // Nothing matched the words of the question: answer from the latest answers rather than from nothing.
    if (!passages.length) passages = await this.search.recent(scope, MAX_PASSAGES);
    const repo = this.db.repository(InsightQuestionEntity);
    if (!passages.length) {
      return repo.save(
        repo.create({
          organisationId: scope.organisationId,
          participantMembershipId: scope.participantMembershipId,
          question,
          answer: 'Your reflections have no answers to draw on yet. Complete a reflection, then ask again.',
          citations: [],
          sessionIds: scope.sessionIds ?? [],
          provider: 'none',
          model: 'none',
          promptVersion: 'none',
        }),
      );
    }
    const context = await this.llmContext.forOrganisation(scope.organisationId);
    // A remote model can take seconds: the request's connection goes back to the pool meanwhile.
    const result = await this.db.releaseDuring(() =>
      this.llm.run(insightAnswerTask, { question: withThemeContext(question, themes.labels), passages }, context),
    );
    const answers = this.db.repository(InsightQuestionEntity); // the new transaction's repository
    const cited = keepCited(result.value, passages);
    return answers.save(
      answers.create({
        organisationId: scope.organisationId,
        participantMembershipId: scope.participantMembershipId,
        question,
        answer: cited.answer,
        citations: cited.citations,
        sessionIds: scope.sessionIds ?? [...new Set(passages.map((p) => p.sessionId))],
        provider: result.provider,
        model: result.model,
        promptVersion: result.promptVersion,
      }),
    );
  }

  history(organisationId: string, participantMembershipId: string): Promise<InsightQuestionEntity[]> {
    return this.db.repository(InsightQuestionEntity).find({
      where: { organisationId, participantMembershipId },
      order: { createdAt: 'DESC' },
      take: HISTORY_LIMIT,
    });
  }
}
