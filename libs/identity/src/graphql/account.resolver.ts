import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, ClientAddress, CurrentActor, OrganisationOptional, Public } from '#auth';
import { AuthRateLimited, UuidPipe } from '#common';
import { AccountService } from '../services/account.service.js';
import { PasswordResetsService } from '../services/password-resets.service.js';
import { ChangePasswordArgs } from './dto/change-password.args.js';
import { RequestPasswordResetArgs, ResetPasswordArgs } from './dto/reset-password.args.js';
import { LoginSessionModel } from './models/login-session.model.js';

/** The caller's own account: password, password reset, signing out, devices. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly account: AccountService,
    private readonly resets: PasswordResetsService,
  ) {}

  @OrganisationOptional()
  @AuthRateLimited()
  @Mutation(() => Boolean, { description: 'Signs out every other device (their tokens stop working at once); this one stays signed in' })
  async changePassword(@CurrentActor() actor: Actor, @Args() args: ChangePasswordArgs, @ClientAddress() address: string): Promise<boolean> {
    await this.account.changePassword(actor, args.currentPassword, args.newPassword, address);
    return true;
  }

  @Public()
  @AuthRateLimited()
  @Mutation(() => Boolean, { description: 'Emails a single-use reset link if the address has an account; always answers true' })
  async requestPasswordReset(@Args() args: RequestPasswordResetArgs): Promise<boolean> {
    await this.resets.request(args.email);
    return true;
  }

  @Public()
  @AuthRateLimited()
  @Mutation(() => Boolean, { description: 'Sets a new password from an emailed reset code and signs out every device' })
  async resetPassword(@Args() args: ResetPasswordArgs): Promise<boolean> {
    await this.resets.reset(args.token, args.newPassword);
    return true;
  }

  @OrganisationOptional()
  @Mutation(() => Boolean, { description: "Ends this device's session: its refresh token and access tokens stop working" })
  async logout(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.account.logout(actor);
    return true;
  }

  @OrganisationOptional()
  @Query(() => [LoginSessionModel], { description: "The caller's signed-in devices, most recently used first" })
  async myLoginSessions(@CurrentActor() actor: Actor): Promise<LoginSessionModel[]> {
    return (await this.account.listSessions(actor)).map((session) => LoginSessionModel.from(session, actor.sessionId));
  }

  @OrganisationOptional()
  @Mutation(() => Boolean, { description: 'Signs one of your devices out (NOT_FOUND when it is not yours or already ended)' })
  async revokeLoginSession(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<boolean> {
    await this.account.revokeSession(actor, id);
    return true;
  }
}
