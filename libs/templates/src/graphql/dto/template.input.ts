import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Visibility } from '#common';
import { TEMPLATE_LIMITS as L } from '../../content/template-limits.js';
import { IsWebUrl } from './is-web-url.decorator.js';

@InputType('CallToActionInput')
export class CallToActionInput {
  @Field()
  @IsString()
  @MaxLength(L.ctaText)
  text: string;

  @Field(() => String, { nullable: true, description: 'http or https only' })
  @IsOptional()
  @IsString()
  @MaxLength(L.ctaUrl)
  @IsWebUrl()
  url?: string | null;
}

/**
 * A template's content. On update, an omitted optional field keeps the previous version's value
 * and an explicit null clears it. Lengths and counts are checked here and again by the service.
 */
@InputType('TemplateInput')
export class TemplateInput {
  @Field({ description: `At most ${L.title} characters` })
  @IsString()
  @MaxLength(L.title)
  title: string;

  @Field({ description: `At most ${L.primaryQuestion} characters` })
  @IsString()
  @MaxLength(L.primaryQuestion)
  primaryQuestion: string;

  @Field(() => String, { nullable: true, description: `At most ${L.welcomeMessage} characters` })
  @IsOptional()
  @IsString()
  @MaxLength(L.welcomeMessage)
  welcomeMessage?: string | null;

  @Field(() => String, { nullable: true, description: `Who runs the reflection and why; at most ${L.researcherInfo} characters` })
  @IsOptional()
  @IsString()
  @MaxLength(L.researcherInfo)
  researcherInfo?: string | null;

  @Field(() => [String], { nullable: true, description: `At most ${L.goals}, each at most ${L.goal} characters` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.goals)
  @IsString({ each: true })
  @MaxLength(L.goal, { each: true })
  goals?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Asked word for word in every session: at most ${L.mandatoryQuestions} (more than ${L.recommendedMandatoryQuestions} gives a warning), each at most ${L.mandatoryQuestion} characters`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.mandatoryQuestions)
  @IsString({ each: true })
  @MaxLength(L.mandatoryQuestion, { each: true })
  mandatoryQuestions?: string[] | null;

  @Field(() => CallToActionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CallToActionInput)
  closingCta?: CallToActionInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Email the participant their summary (default false)' })
  @IsOptional()
  @IsBoolean()
  sendSummaryEmail?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true' })
  @IsOptional()
  @IsBoolean()
  requireSignIn?: boolean | null;

  @Field(() => Visibility, { nullable: true, description: 'Visibility a new reflection starts with (default PRIVATE)' })
  @IsOptional()
  @IsEnum(Visibility)
  defaultVisibility?: Visibility | null;

  @Field(() => Int, { nullable: true, description: `${L.minMinutes} to ${L.maxMinutes}` })
  @IsOptional()
  @IsInt()
  @Min(L.minMinutes)
  @Max(L.maxMinutes)
  estimatedMinutes?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Create a personal template, visible to its author alone (default: personal unless the author is a coach or admin). Ignored on update.',
  })
  @IsOptional()
  @IsBoolean()
  personal?: boolean | null;
}
