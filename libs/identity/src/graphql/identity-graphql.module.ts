import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { IdentityModule } from '../identity.module.js';
import { AccountResolver } from './account.resolver.js';
import { AccessTokenVerifier } from './auth/access-token.verifier.js';
import { GqlAuthGuard } from './auth/gql-auth.guard.js';
import { JwtStrategy } from './auth/jwt.strategy.js';
import { AuthResolver } from './auth.resolver.js';
import { IdentityLoaders } from './identity.loaders.js';
import { MembershipResolver } from './membership.resolver.js';
import { OrganisationResolver } from './organisation.resolver.js';
import { UserResolver } from './user.resolver.js';

@Module({
  imports: [IdentityModule, PassportModule, JwtModule.register({})],
  providers: [
    JwtStrategy,
    GqlAuthGuard,
    AccessTokenVerifier,
    IdentityLoaders,
    AuthResolver,
    AccountResolver,
    OrganisationResolver,
    MembershipResolver,
    UserResolver,
  ],
  exports: [GqlAuthGuard, AccessTokenVerifier, IdentityLoaders],
})
export class IdentityGraphqlModule {}
