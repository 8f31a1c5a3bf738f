import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '#jobs';
import { RateLimitsModule } from '#rate-limits';
import { InvitationEntity } from './entities/invitation.entity.js';
import { LoginSessionEntity } from './entities/login-session.entity.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { PasswordResetEntity } from './entities/password-reset.entity.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { AccountService } from './services/account.service.js';
import { AccountThrottle } from './services/account-throttle.service.js';
import { AuthService } from './services/auth.service.js';
import { InvitationsService } from './services/invitations.service.js';
import { LiveAccessService } from './services/live-access.service.js';
import { LoginSessionsService } from './services/login-sessions.service.js';
import { MembershipsService } from './services/memberships.service.js';
import { OrganisationsService } from './services/organisations.service.js';
import { PasswordHasher } from './services/password-hasher.service.js';
import { PasswordResetsService } from './services/password-resets.service.js';
import { TokenService } from './services/token.service.js';
import { UsersService } from './services/users.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      OrganisationEntity,
      MembershipEntity,
      InvitationEntity,
      RefreshTokenEntity,
      LoginSessionEntity,
      PasswordResetEntity,
    ]),
    JwtModule.register({}),
    JobsModule,
    RateLimitsModule,
  ],
  providers: [
    PasswordHasher,
    UsersService,
    OrganisationsService,
    MembershipsService,
    InvitationsService,
    LoginSessionsService,
    LiveAccessService,
    TokenService,
    AccountThrottle,
    AuthService,
    AccountService,
    PasswordResetsService,
  ],
  exports: [
    UsersService,
    OrganisationsService,
    MembershipsService,
    InvitationsService,
    AuthService,
    AccountService,
    PasswordResetsService,
    LiveAccessService,
  ],
})
export class IdentityModule {}
