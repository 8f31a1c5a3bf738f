import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor, Role, Roles } from '#auth';
import { UuidPipe } from '#common';
import { WebhookDeliveryLog } from '../services/webhook-delivery-log.service.js';
import { WebhookEndpointsService } from '../services/webhook-endpoints.service.js';
import { WebhookEndpointInput, WebhookEndpointPatchInput } from './dto/webhook-endpoint.input.js';
import { WebhookDeliveryAttemptModel } from './models/webhook-delivery-attempt.model.js';
import { WebhookEndpointModel } from './models/webhook-endpoint.model.js';
import { WebhookEndpointSecretModel } from './models/webhook-endpoint-secret.model.js';

const DEFAULT_LOG_ENTRIES = 50;

/** Organisation admins: the organisation's webhook endpoints and their delivery log. */
@Resolver()
export class WebhookEndpointsResolver {
  constructor(
    private readonly endpoints: WebhookEndpointsService,
    private readonly log: WebhookDeliveryLog,
  ) {}

  @Roles(Role.ORG_ADMIN)
  @Query(() => [WebhookEndpointModel], { description: "The organisation's webhook endpoints" })
  async webhookEndpoints(@CurrentActor() actor: MemberActor): Promise<WebhookEndpointModel[]> {
    return (await this.endpoints.list(actor.organisationId)).map((endpoint) => WebhookEndpointModel.from(endpoint));
  }

  @Roles(Role.ORG_ADMIN)
  @Query(() => [WebhookDeliveryAttemptModel], { description: "An endpoint's delivery attempts, newest first (at most 200)" })
  async webhookDeliveryAttempts(
    @CurrentActor() actor: MemberActor,
    @Args('endpointId', { type: () => ID }, UuidPipe) endpointId: string,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number | null,
  ): Promise<WebhookDeliveryAttemptModel[]> {
    await this.endpoints.get(actor.organisationId, endpointId);
    return (await this.log.attempts(actor.organisationId, endpointId, limit ?? DEFAULT_LOG_ENTRIES)).map((entry) =>
      WebhookDeliveryAttemptModel.from(entry),
    );
  }

  @Roles(Role.ORG_ADMIN)
  @Mutation(() => WebhookEndpointSecretModel, { description: 'Registers an endpoint; its signing secret is in the answer, and only there' })
  async createWebhookEndpoint(
    @CurrentActor() actor: MemberActor,
    @Args('input') input: WebhookEndpointInput,
  ): Promise<WebhookEndpointSecretModel> {
    return WebhookEndpointSecretModel.from(await this.endpoints.create(actor, input));
  }

  @Roles(Role.ORG_ADMIN)
  @Mutation(() => WebhookEndpointModel, { description: 'Changes the URL, events or enabled flag of an endpoint' })
  async updateWebhookEndpoint(
    @CurrentActor() actor: MemberActor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: WebhookEndpointPatchInput,
  ): Promise<WebhookEndpointModel> {
    return WebhookEndpointModel.from(await this.endpoints.update(actor.organisationId, id, input));
  }

  @Roles(Role.ORG_ADMIN)
  @Mutation(() => ID, { description: 'Deletes an endpoint with its delivery log; answers its id' })
  async deleteWebhookEndpoint(@CurrentActor() actor: MemberActor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<string> {
    await this.endpoints.remove(actor.organisationId, id);
    return id;
  }

  @Roles(Role.ORG_ADMIN)
  @Mutation(() => WebhookEndpointSecretModel, {
    description: 'Replaces the signing secret at once; the new one is in the answer, and only there',
  })
  async rotateWebhookSecret(
    @CurrentActor() actor: MemberActor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<WebhookEndpointSecretModel> {
    return WebhookEndpointSecretModel.from(await this.endpoints.rotateSecret(actor.organisationId, id));
  }
}
