import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('OrganisationLlm', { description: 'The model an organisation uses (API keys are never shown nor stored here)' })
export class OrganisationLlmModel {
  @Field({ description: 'embedded, openai, anthropic or ollama' })
  provider: string;

  @Field(() => String, { nullable: true })
  model: string | null;

  @Field(() => String, { nullable: true, description: "The organisation's endpoint; null when the deployment's is used" })
  baseUrl: string | null;

  @Field({ description: 'True when the organisation overrides the deployment default' })
  overridden: boolean;
}
