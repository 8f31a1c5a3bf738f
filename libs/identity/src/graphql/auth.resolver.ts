import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, ClientAddress, CurrentActor, OrganisationOptional, Public } from '#auth';
import { AuthRateLimited, InputException, UuidPipe } from '#common';
import { AuthService } from '../services/auth.service.js';
import { AcceptInvitationArgs } from './dto/accept-invitation.args.js';
import { LoginArgs } from './dto/login.args.js';
import { SignUpInput } from './dto/sign-up.input.js';
import { AuthPayloadModel } from './models/auth-payload.model.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @AuthRateLimited()
  @Mutation(() => AuthPayloadModel)
  async signUp(@Args('input') input: SignUpInput): Promise<AuthPayloadModel> {
    return AuthPayloadModel.from(await this.auth.signUp(input.email, input.password, input.displayName));
  }

  @Public()
  @AuthRateLimited()
  @Mutation(() => AuthPayloadModel)
  async login(@Args() args: LoginArgs, @ClientAddress() address: string): Promise<AuthPayloadModel> {
    return AuthPayloadModel.from(await this.auth.login(args.email, args.password, args.organisationId, address));
  }

  @Public()
  @AuthRateLimited()
  @Mutation(() => AuthPayloadModel)
  async refreshToken(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    return AuthPayloadModel.from(await this.auth.refresh(refreshToken));
  }

  @Public()
  @AuthRateLimited()
  @Mutation(() => AuthPayloadModel)
  async acceptInvitation(@Args() args: AcceptInvitationArgs, @ClientAddress() address: string): Promise<AuthPayloadModel> {
    return AuthPayloadModel.from(await this.auth.acceptInvitation(args.token, args.password, args.displayName, address));
  }

  @OrganisationOptional()
  @Mutation(() => AuthPayloadModel, { description: 'The caller becomes ORG_ADMIN; the returned token is scoped to the new organisation.' })
  async createOrganisation(@CurrentActor() actor: Actor, @Args('name') name: string): Promise<AuthPayloadModel> {
    return AuthPayloadModel.from(await this.auth.createOrganisation(actor.userId, validName(name), actor.sessionId));
  }

  @OrganisationOptional()
  @Mutation(() => AuthPayloadModel)
  async switchOrganisation(
    @CurrentActor() actor: Actor,
    @Args('organisationId', { type: () => ID }, UuidPipe) organisationId: string,
  ): Promise<AuthPayloadModel> {
    return AuthPayloadModel.from(await this.auth.switchOrganisation(actor.userId, organisationId, actor.sessionId));
  }
}

function validName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 120) {
    throw new InputException('name must be 2 to 120 characters', [{ field: 'name', problems: ['must be 2 to 120 characters'] }]);
  }
  return trimmed;
}
