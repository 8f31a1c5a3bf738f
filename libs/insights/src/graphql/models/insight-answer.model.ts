import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { InsightQuestionEntity, StoredCitation } from '../../entities/insight-question.entity.js';
import { modelLabel } from '../../services/model-label.util.js';

@ObjectType('Citation')
export class CitationModel {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ID)
  turnId: string;

  @Field({ description: 'Exact words from that turn' })
  excerpt: string;

  static from(citation: StoredCitation): CitationModel {
    return Object.assign(new CitationModel(), { sessionId: citation.sessionId, turnId: citation.turnId, excerpt: citation.excerpt });
  }
}

@ObjectType('InsightAnswer')
export class InsightAnswerModel {
  @Field(() => ID, { description: 'The stored question (see myInsightQuestions)' })
  questionId: string;

  @Field()
  answer: string;

  @Field(() => [CitationModel])
  citations: CitationModel[];

  @Field()
  model: string;

  static from(entity: InsightQuestionEntity): InsightAnswerModel {
    return Object.assign(new InsightAnswerModel(), {
      questionId: entity.id,
      answer: entity.answer,
      citations: entity.citations.map(CitationModel.from),
      // 'none': there were no answers to ask a model about.
      model: entity.provider === 'none' ? 'none' : modelLabel(entity.provider, entity.model),
    });
  }
}

@ObjectType('InsightQuestion', { description: 'A question the caller asked of their reflections, with its answer' })
export class InsightQuestionModel {
  @Field(() => ID)
  id: string;

  @Field()
  question: string;

  @Field()
  answer: string;

  @Field(() => [CitationModel])
  citations: CitationModel[];

  @Field(() => [ID])
  sessionIds: string[];

  @Field()
  model: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(entity: InsightQuestionEntity): InsightQuestionModel {
    const answer = InsightAnswerModel.from(entity);
    return Object.assign(new InsightQuestionModel(), {
      id: entity.id,
      question: entity.question,
      answer: entity.answer,
      citations: answer.citations,
      sessionIds: entity.sessionIds,
      model: answer.model,
      createdAt: entity.createdAt,
    });
  }
}
