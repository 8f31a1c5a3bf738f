import { Module } from '@nestjs/common';
import { IdentityGraphqlModule } from '#identity/graphql';
import { LiveGraphqlModule } from '#live/graphql';
import { SharingModule } from '#sharing';
import { InterviewsModule } from '../interviews.module.js';
import { AnswersResolver } from './answers.resolver.js';
import { ClientSessionsResolver } from './client-sessions.resolver.js';
import { InterviewsLoaders } from './interviews.loaders.js';
import { InterviewerReplyResolver } from './live/interviewer-reply.resolver.js';
import { SessionFieldsResolver } from './session-fields.resolver.js';
import { SessionSharingResolver } from './session-sharing.resolver.js';
import { SessionsResolver } from './sessions.resolver.js';

@Module({
  imports: [InterviewsModule, SharingModule, IdentityGraphqlModule, LiveGraphqlModule],
  providers: [
    InterviewsLoaders,
    SessionsResolver,
    SessionFieldsResolver,
    SessionSharingResolver,
    ClientSessionsResolver,
    AnswersResolver,
    InterviewerReplyResolver,
  ],
})
export class InterviewsGraphqlModule {}
