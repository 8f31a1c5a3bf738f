import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '#jobs';
import { InvitationEntity } from './entities/invitation.entity.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { AuthService } from './services/auth.service.js';
import { InvitationsService } from './services/invitations.service.js';
import { MembershipsService } from './services/memberships.service.js';
import { OrganisationsService } from './services/organisations.service.js';
import { PasswordHasher } from './services/password-hasher.service.js';
import { TokenService } from './services/token.service.js';
import { UsersService } from './services/users.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, OrganisationEntity, MembershipEntity, InvitationEntity, RefreshTokenEntity]),
    JwtModule.register({}),
    JobsModule,
  ],
  providers: [PasswordHasher, UsersService, OrganisationsService, MembershipsService, InvitationsService, TokenService, AuthService],
  exports: [UsersService, OrganisationsService, MembershipsService, InvitationsService, AuthService],
})
export class IdentityModule {}
