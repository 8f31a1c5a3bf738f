import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AnalyticsGraphqlModule } from '#analytics/graphql';
import { CoachingGraphqlModule } from '#coaching/graphql';
import { createValidationPipe } from '#common';
import { DatabaseModule } from '#database';
import { GqlAuthGuard, IdentityGraphqlModule } from '#identity/graphql';
import { InsightsGraphqlModule } from '#insights/graphql';
import { InterviewsGraphqlModule } from '#interviews/graphql';
import { JobsModule } from '#jobs';
import { LiveGraphqlModule } from '#live/graphql';
import { LlmGraphqlModule } from '#llm/graphql';
import { LoggingModule } from '#observability';
import { OperationsGraphqlModule } from '#operations/graphql';
import { PrivacyGraphqlModule } from '#privacy/graphql';
import { SchedulesGraphqlModule } from '#schedules/graphql';
import { SharingGraphqlModule } from '#sharing/graphql';
import { TemplatesGraphqlModule } from '#templates/graphql';
import { WebhooksGraphqlModule } from '#webhooks/graphql';
import { API_CONFIG } from './api-config.js';
import { GraphqlOptionsFactory } from './graphql/graphql-options.factory.js';
import { OperationLogPlugin } from './graphql/operation-log.plugin.js';
import { OperationMetricsPlugin } from './graphql/operation-metrics.plugin.js';
import { RequestTransactionModule } from './graphql/request-transaction.module.js';
import { StorableTextPlugin } from './graphql/storable-text.plugin.js';
import { TrustedDocumentsPlugin } from './graphql/trusted-documents.plugin.js';
import { HealthModule } from './health/health.module.js';
import { ApiMetricsModule } from './metrics/api-metrics.module.js';
import { GqlThrottlerGuard } from './throttling/gql-throttler.guard.js';
import { ThrottlingModule } from './throttling/throttling.module.js';

/** The GraphQL api: composition only; every capability lives in a lib. */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, cache: true, ignoreEnvFile: true, load: API_CONFIG }),
    LoggingModule.forRoot('api'),
    DatabaseModule.forRoot({ applicationName: 'waypoint-api', http: true }),
    ApiMetricsModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({ driver: ApolloDriver, imports: [LiveGraphqlModule], useClass: GraphqlOptionsFactory }),
    ThrottlingModule,
    HealthModule,
    JobsModule,
    OperationsGraphqlModule,
    IdentityGraphqlModule,
    AnalyticsGraphqlModule,
    TemplatesGraphqlModule,
    LlmGraphqlModule,
    InsightsGraphqlModule,
    CoachingGraphqlModule,
    SchedulesGraphqlModule,
    InterviewsGraphqlModule,
    SharingGraphqlModule,
    PrivacyGraphqlModule,
    WebhooksGraphqlModule,
    RequestTransactionModule,
  ],
  providers: [
    TrustedDocumentsPlugin,
    StorableTextPlugin,
    OperationMetricsPlugin,
    OperationLogPlugin,
    // Order matters: rate limits first, then authentication and roles.
    { provide: APP_GUARD, useClass: GqlThrottlerGuard },
    { provide: APP_GUARD, useExisting: GqlAuthGuard },
    { provide: APP_PIPE, useFactory: createValidationPipe },
  ],
})
export class AppModule {}
