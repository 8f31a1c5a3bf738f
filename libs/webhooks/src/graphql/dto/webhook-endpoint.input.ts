import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { WebhookEventType } from '../models/webhook-event-type.enum-type.js';

const EVENT_COUNT = Object.keys(WebhookEventType).length;

/** Shape checks only; `WebhookUrlCheck` decides whether the URL may be called. */
@InputType('WebhookEndpointInput')
export class WebhookEndpointInput {
  @Field({ description: 'http or https URL that receives POSTed events' })
  @IsString()
  @MaxLength(500)
  url: string;

  @Field(() => [WebhookEventType])
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENT_COUNT)
  @IsEnum(WebhookEventType, { each: true })
  events: WebhookEventType[];

  @Field(() => Boolean, { nullable: true, description: 'Default true' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;
}

/** Fields to change; omitted ones stay. Enabling a disabled endpoint clears its failures. */
@InputType('WebhookEndpointPatchInput')
export class WebhookEndpointPatchInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENT_COUNT)
  @IsEnum(WebhookEventType, { each: true })
  events?: WebhookEventType[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;
}
