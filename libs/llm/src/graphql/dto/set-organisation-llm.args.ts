import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Shape checks only; `parseLlmOverride` decides what is acceptable. */
@ArgsType()
export class SetOrganisationLlmArgs {
  @Field({ description: 'embedded, openai (any OpenAI-compatible endpoint), anthropic or ollama' })
  @IsString()
  @MaxLength(20)
  provider: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  model?: string | null;

  @Field(() => String, { nullable: true, description: 'http or https endpoint, e.g. http://vllm.internal:8000/v1' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  baseUrl?: string | null;
}
