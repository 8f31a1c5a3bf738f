import { Module } from '@nestjs/common';
import { IdentityGraphqlModule } from '#identity/graphql';
import { LiveGraphqlModule } from '#live/graphql';
import { SharingModule } from '../sharing.module.js';
import { AccessLogResolver } from './access-log.resolver.js';
import { SharedWithMeResolver } from './live/shared-with-me.resolver.js';

/** The access log and a coach's feed of new shares. Sharing operations that return sessions live with the session model (privacy). */
@Module({
  imports: [SharingModule, IdentityGraphqlModule, LiveGraphqlModule],
  providers: [AccessLogResolver, SharedWithMeResolver],
})
export class SharingGraphqlModule {}
