import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateNested } from 'class-validator';

// Shape and upper bounds only: the plan's rules (exactly 3 objectives, 4-8 stages, ...) are the
// model output schema's, applied by the service.

@InputType('PlanStageInput')
export class PlanStageInput {
  @Field()
  @IsString()
  @MaxLength(60)
  key: string;

  @Field()
  @IsString()
  @MaxLength(120)
  title: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  questions: string[];
}

@InputType('ResearchPlanInput')
export class ResearchPlanEditInput {
  @Field()
  @IsString()
  @MaxLength(120)
  researchType: string;

  @Field()
  @IsString()
  @MaxLength(300)
  framework: string;

  @Field(() => [String], { description: 'Exactly 3' })
  @IsArray()
  @ArrayMaxSize(3)
  @IsString({ each: true })
  @MaxLength(400, { each: true })
  objectives: string[];

  @Field(() => [String], { description: '3 to 8 open questions' })
  @IsArray()
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  coreQuestions: string[];

  @Field(() => [PlanStageInput], { description: '4 to 8 stages; every mandatory question must appear word for word' })
  @IsArray()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => PlanStageInput)
  stages: PlanStageInput[];

  @Field()
  @IsString()
  @MaxLength(1500)
  approach: string;
}
