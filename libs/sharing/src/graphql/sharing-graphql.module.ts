import { Module } from '@nestjs/common';
import { IdentityGraphqlModule } from '#identity/graphql';
import { SharingModule } from '../sharing.module.js';
import { AccessLogResolver } from './access-log.resolver.js';

/** The access log. Sharing operations that return sessions live with the session model (privacy). */
@Module({
  imports: [SharingModule, IdentityGraphqlModule],
  providers: [AccessLogResolver],
})
export class SharingGraphqlModule {}
