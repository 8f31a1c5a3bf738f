import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { recordGraphqlOperation } from '#observability';

/** Puts the operation's name and type (never its variables) on the request's log line. */
@Plugin()
@Injectable()
export class OperationLogPlugin implements ApolloServerPlugin<{ req?: FastifyRequest }> {
  async requestDidStart() {
    return {
      async didResolveOperation(context: GraphQLRequestContextDidResolveOperation<{ req?: FastifyRequest }>) {
        const raw = context.contextValue.req?.raw;
        if (raw)
          recordGraphqlOperation(raw, { name: context.operationName ?? 'anonymous', type: context.operation?.operation ?? 'unknown' });
      },
    };
  }
}
