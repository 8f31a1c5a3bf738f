import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { GqlOptionsFactory } from '@nestjs/graphql';
import type { GraphQLFormattedError } from 'graphql';
import { type HttpConfig, httpConfig } from '#config';
import { LiveSocketOptions } from '#live/graphql';
import { formatGraphqlError } from './format-error.js';

/**
 * Apollo settings: graphql-armor limits (depth, cost, aliases, directives) and graphql-js's token
 * limit, from configuration, no batching, CSRF prevention, no stack traces, and introspection plus field
 * suggestions only outside production. The served schema is generated from code and sorted.
 * Subscriptions are served over WebSocket (graphql-ws) on the same path by the live lib's transport.
 */
@Injectable()
export class GraphqlOptionsFactory implements GqlOptionsFactory<ApolloDriverConfig> {
  private readonly logger = new Logger('GraphQL');

  constructor(
    @Inject(httpConfig.KEY) private readonly http: HttpConfig,
    private readonly live: LiveSocketOptions,
  ) {}

  createGqlOptions(): ApolloDriverConfig {
    const limits = this.http.graphql;
    const armor = new ApolloArmor({
      maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
      costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
      maxAliases: { n: limits.maxAliases },
      // Token counting is done by graphql-js itself while parsing (parseOptions below).
      maxTokens: { enabled: false },
      maxDirectives: { n: limits.maxDirectives },
      blockFieldSuggestion: { enabled: !limits.introspection },
    });
    const protection = armor.protect();
    const formatError = (formatted: GraphQLFormattedError, error: unknown) =>
      formatGraphqlError(formatted, error, (e) => this.logger.error({ err: e }, 'unexpected error'));
    return {
      autoSchemaFile: true,
      sortSchema: true,
      path: '/graphql',
      playground: false,
      introspection: limits.introspection,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      includeStacktraceInErrorResponses: false,
      hideSchemaDetailsFromClientErrors: !limits.introspection,
      context: (request: unknown, reply: unknown) =>
        LiveSocketOptions.isSocketContext(request) ? this.live.contextOf(request) : { req: request, res: reply },
      formatError,
      subscriptions: { 'graphql-ws': this.live.options({ maxTokens: limits.maxTokens, formatError }) },
      // armor's typings come from another copy of @apollo/server's declarations; the objects are the same.
      plugins: [...protection.plugins] as NonNullable<ApolloDriverConfig['plugins']>,
      validationRules: [...protection.validationRules],
      parseOptions: { maxTokens: limits.maxTokens },
    };
  }
}
