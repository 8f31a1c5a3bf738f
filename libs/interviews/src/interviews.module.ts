import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '#jobs';
import { LiveModule } from '#live';
import { LlmModule, llmConfig } from '#llm';
import { LlmUsageModule } from '#llm/usage';
import { SharingModule } from '#sharing';
import { TemplatesModule } from '#templates';
import { ReflectionSessionEntity } from './entities/reflection-session.entity.js';
import { SessionTurnEntity } from './entities/session-turn.entity.js';
import { Interviewer } from './interviewer/interviewer.service.js';
import { SentimentAnalyzer } from './interviewer/sentiment-analyzer.service.js';
import { TurnWriter } from './interviewer/turn-writer.service.js';
import { InterviewsReadModelsModule } from './read-models/interviews-read-models.module.js';
import { AnswersService } from './sessions/answers.service.js';
import { ClientSessionsService } from './sessions/client-sessions.service.js';
import { InterviewModels } from './sessions/interview-models.service.js';
import { PreviewService } from './sessions/preview.service.js';
import { ReplyWriter } from './sessions/reply-writer.service.js';
import { SessionLifecycle } from './sessions/session-lifecycle.service.js';
import { SessionReader } from './sessions/session-reader.service.js';
import { SessionStarter } from './sessions/session-starter.service.js';
import { SessionStore } from './sessions/session-store.service.js';
import { SessionTemplateReader } from './sessions/session-template.reader.js';
import { StartLock } from './sessions/start-lock.service.js';

/** Self-interviews: sessions, turns and the adaptive interviewer. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReflectionSessionEntity, SessionTurnEntity]),
    ConfigModule.forFeature(llmConfig),
    LlmModule,
    LlmUsageModule,
    JobsModule,
    LiveModule,
    SharingModule,
    TemplatesModule,
    InterviewsReadModelsModule,
  ],
  providers: [
    SentimentAnalyzer,
    TurnWriter,
    Interviewer,
    InterviewModels,
    SessionStore,
    StartLock,
    SessionTemplateReader,
    ReplyWriter,
    SessionStarter,
    SessionLifecycle,
    SessionReader,
    AnswersService,
    PreviewService,
    ClientSessionsService,
  ],
  exports: [
    ClientSessionsService,
    SessionStarter,
    SessionLifecycle,
    SessionReader,
    AnswersService,
    PreviewService,
    SessionStore,
    SessionTemplateReader,
  ],
})
export class InterviewsModule {}
