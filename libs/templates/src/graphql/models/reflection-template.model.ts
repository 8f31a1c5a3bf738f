import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JobState, Visibility } from '#common';
import { templateWarnings } from '../../content/template-content.js';
import type { ReflectionTemplateEntity } from '../../entities/reflection-template.entity.js';
import type { ReflectionTemplateVersionEntity } from '../../entities/reflection-template-version.entity.js';
import { CallToActionModel } from './call-to-action.model.js';
import { ResearchPlanModel } from './research-plan.model.js';

/** One version of a template as the API shows it (the current one, or the one a session pinned). */
@ObjectType('ReflectionTemplate')
export class ReflectionTemplateModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field()
  primaryQuestion: string;

  @Field(() => String, { nullable: true })
  welcomeMessage: string | null;

  @Field(() => String, { nullable: true })
  researcherInfo: string | null;

  @Field(() => [String])
  goals: string[];

  @Field(() => [String])
  mandatoryQuestions: string[];

  @Field(() => CallToActionModel, { nullable: true })
  closingCta: CallToActionModel | null;

  @Field()
  sendSummaryEmail: boolean;

  @Field()
  requireSignIn: boolean;

  @Field(() => Visibility)
  defaultVisibility: Visibility;

  @Field(() => Int, { nullable: true })
  estimatedMinutes: number | null;

  @Field(() => JobState, { description: 'State of the research plan of this version' })
  planState: JobState;

  @Field(() => String, { nullable: true })
  planError: string | null;

  @Field(() => ResearchPlanModel, { nullable: true })
  plan: ResearchPlanModel | null;

  @Field()
  archived: boolean;

  @Field(() => [String], { description: 'Advice about this version (e.g. more mandatory questions than recommended); never blocking' })
  warnings: string[];

  @Field({ description: "A participant's own template, visible to them alone; otherwise part of the organisation library" })
  personal: boolean;

  @Field(() => Int, { description: 'The latest version of this template (`version` may be an earlier one)' })
  currentVersion: number;

  /** Not exposed: used by field resolvers and access checks. */
  organisationId: string;
  ownerMembershipId: string | null;

  static from(template: ReflectionTemplateEntity, version: ReflectionTemplateVersionEntity): ReflectionTemplateModel {
    return Object.assign(new ReflectionTemplateModel(), {
      id: template.id,
      version: version.version,
      title: version.title,
      primaryQuestion: version.primaryQuestion,
      welcomeMessage: version.welcomeMessage,
      researcherInfo: version.researcherInfo,
      goals: version.goals,
      mandatoryQuestions: version.mandatoryQuestions,
      closingCta: version.closingCtaText
        ? Object.assign(new CallToActionModel(), { text: version.closingCtaText, url: version.closingCtaUrl })
        : null,
      sendSummaryEmail: version.sendSummaryEmail,
      requireSignIn: version.requireSignIn,
      defaultVisibility: version.defaultVisibility as Visibility,
      estimatedMinutes: version.estimatedMinutes,
      // A version without a generation request yet reads as PENDING: the plan is still to come.
      planState: version.planState ?? JobState.PENDING,
      planError: version.planError,
      plan: version.plan ? ResearchPlanModel.from(version.plan, version.planProvider, version.planModel) : null,
      archived: template.archivedAt !== null,
      warnings: templateWarnings(version),
      currentVersion: template.currentVersion,
      organisationId: template.organisationId,
      ownerMembershipId: template.ownerMembershipId,
      personal: template.personal,
    });
  }
}
