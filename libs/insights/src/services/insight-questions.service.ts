import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { insightAnswerTask, LlmRunner, type InsightPassage } from '#llm';
import { InsightQuestionEntity, type StoredCitation } from '../entities/insight-question.entity.js';
import { InsightSearch, type PassageScope } from './insight-search.service.js';
import { OrganisationLlm } from './organisation-llm.service.js';

const MAX_PASSAGES = 8;
const HISTORY_LIMIT = 100;

/**
 * Answers a participant's question from their own answers: full-text retrieval, then the model,
 * then only citations that point at retrieved passages survive. Every Q&A is kept for its owner.
 */
@Injectable()
export class InsightQuestionsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly search: InsightSearch,
    private readonly llm: LlmRunner,
    private readonly organisationLlm: OrganisationLlm,
  ) {}

  async ask(scope: PassageScope, question: string): Promise<InsightQuestionEntity> {
    let passages = await this.search.search(scope, question, MAX_PASSAGES);
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
    const context = await this.organisationLlm.contextFor(scope.organisationId);
    const result = await this.llm.run(insightAnswerTask, { question, passages }, context);
    return repo.save(
      repo.create({
        organisationId: scope.organisationId,
        participantMembershipId: scope.participantMembershipId,
        question,
        answer: result.value.answer,
        citations: keepRetrieved(result.value.citations, passages),
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

/** A citation must quote one of the participant's retrieved passages; anything else is dropped. */
export function keepRetrieved(citations: StoredCitation[], passages: InsightPassage[]): StoredCitation[] {
  const byKey = new Map(passages.map((p) => [`${p.sessionId}/${p.turnId}`, p.content]));
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.sessionId}/${c.turnId}/${c.excerpt}`;
    const content = byKey.get(`${c.sessionId}/${c.turnId}`);
    if (content === undefined || !content.includes(c.excerpt) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
