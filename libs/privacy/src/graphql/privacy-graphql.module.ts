import { Module } from '@nestjs/common';
import { IdentityGraphqlModule } from '#identity/graphql';
import { InterviewsModule } from '#interviews';
import { SharingModule } from '#sharing';
import { PrivacyModule } from '../privacy.module.js';
import { ClientSessionsResolver } from './client-sessions.resolver.js';
import { MyDataResolver } from './my-data.resolver.js';
import { SessionSharingResolver } from './session-sharing.resolver.js';

@Module({
  imports: [PrivacyModule, SharingModule, InterviewsModule, IdentityGraphqlModule],
  providers: [SessionSharingResolver, ClientSessionsResolver, MyDataResolver],
})
export class PrivacyGraphqlModule {}
