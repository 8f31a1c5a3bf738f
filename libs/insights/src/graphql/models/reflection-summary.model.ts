import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { Commitment } from '#llm';
import type { OwnedReflection } from '#sharing';
import type { ReflectionSummaryEntity, StoredClaim, StoredTheme } from '../../entities/reflection-summary.entity.js';
import { modelLabel } from '../../services/model-label.util.js';
import { SatisfactionSource, toSatisfactionSource } from './insight-enums.js';

@ObjectType('Theme')
export class ThemeModel {
  @Field({ description: 'Key in the organisation theme taxonomy' })
  key: string;

  @Field()
  label: string;

  @Field(() => Float, { description: '-1 (negative) to 1 (positive)' })
  sentiment: number;

  @Field(() => [ID], { description: 'The participant turns this theme was coded from' })
  turnIds: string[];

  static from(theme: StoredTheme): ThemeModel {
    return Object.assign(new ThemeModel(), { key: theme.key, label: theme.label, sentiment: theme.sentiment, turnIds: theme.turnIds });
  }
}

@ObjectType('SourcedClaim', { description: 'A statement of a summary with the participant turns it is drawn from' })
export class SourcedClaimModel {
  @Field()
  text: string;

  @Field(() => [ID])
  turnIds: string[];

  static from(claim: StoredClaim): SourcedClaimModel {
    return Object.assign(new SourcedClaimModel(), { text: claim.text, turnIds: claim.turnIds });
  }
}

@ObjectType('Commitment', { description: 'Something the participant said they will do, in their words' })
export class CommitmentModel extends SourcedClaimModel {
  @Field(() => String, { nullable: true, description: 'When they said they would do it, in their words ("next quarter")' })
  when: string | null;

  static override from(commitment: Commitment): CommitmentModel {
    return Object.assign(new CommitmentModel(), { text: commitment.text, turnIds: commitment.turnIds, when: commitment.when });
  }
}

@ObjectType('ReflectionSummary')
export class ReflectionSummaryModel {
  /** Which reflection it belongs to: for the owner-only fields, never exposed. */
  reflection: OwnedReflection;

  @Field()
  overview: string;

  @Field(() => Float, { nullable: true, description: '0-10; see satisfactionSource' })
  satisfactionScore: number | null;

  @Field(() => SatisfactionSource, { nullable: true })
  satisfactionSource: SatisfactionSource | null;

  @Field({ description: "True when the score is an estimate rather than the participant's own rating" })
  satisfactionEstimated: boolean;

  @Field(() => [String])
  strengths: string[];

  @Field(() => [String])
  gaps: string[];

  @Field(() => [SourcedClaimModel])
  strengthSources: SourcedClaimModel[];

  @Field(() => [SourcedClaimModel])
  gapSources: SourcedClaimModel[];

  @Field(() => [ThemeModel])
  themes: ThemeModel[];

  @Field(() => ID, { nullable: true, description: 'The participant turn that gave their own rating (satisfactionSource PARTICIPANT)' })
  satisfactionTurnId: string | null;

  @Field(() => [String])
  opportunities: string[];

  @Field(() => [String])
  suggestedActions: string[];

  @Field(() => [SourcedClaimModel], { description: 'The opportunities with the participant turns each responds to' })
  opportunitySources: SourcedClaimModel[];

  @Field(() => [SourcedClaimModel], { description: 'The suggested actions with the participant turns each responds to' })
  suggestedActionSources: SourcedClaimModel[];

  @Field(() => [CommitmentModel], { description: 'What the participant said they will do, in their words' })
  commitments: CommitmentModel[];

  @Field({ description: 'Which provider/model wrote it, e.g. "embedded" or "openai:gpt-4o-mini"' })
  model: string;

  @Field()
  promptVersion: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(entity: ReflectionSummaryEntity): ReflectionSummaryModel {
    return Object.assign(new ReflectionSummaryModel(), {
      overview: entity.overview,
      satisfactionScore: entity.satisfactionScore,
      satisfactionSource: toSatisfactionSource(entity.satisfactionSource),
      satisfactionEstimated: entity.satisfactionSource === 'estimated',
      strengths: entity.strengths.map((c) => c.text),
      gaps: entity.gaps.map((c) => c.text),
      strengthSources: entity.strengths.map(SourcedClaimModel.from),
      gapSources: entity.gaps.map(SourcedClaimModel.from),
      themes: entity.themes.map(ThemeModel.from),
      satisfactionTurnId: entity.satisfactionTurnId,
      opportunities: entity.opportunities.map((c) => c.text),
      suggestedActions: entity.suggestedActions.map((c) => c.text),
      opportunitySources: entity.opportunities.map(SourcedClaimModel.from),
      suggestedActionSources: entity.suggestedActions.map(SourcedClaimModel.from),
      commitments: entity.commitments.map(CommitmentModel.from),
      reflection: { id: entity.sessionId, organisationId: entity.organisationId, participantMembershipId: entity.participantMembershipId },
      model: modelLabel(entity.provider, entity.model),
      promptVersion: entity.promptVersion,
      createdAt: entity.createdAt,
    });
  }
}
