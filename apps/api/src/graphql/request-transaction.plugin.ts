import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Injectable } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { TenantDatabase } from '#database';

/**
 * Ends the request's tenant transaction before the response leaves: commit when the operation
 * succeeded (or only read), roll back a mutation with any error, so a mutation never half-applies.
 * The transaction itself is opened lazily by the auth guard, after parsing and validation, so a
 * request refused by the query limits never touches the database.
 */
@Plugin()
@Injectable()
export class RequestTransactionPlugin implements ApolloServerPlugin {
  constructor(private readonly db: TenantDatabase) {}

  async requestDidStart() {
    const db = this.db;
    return {
      async willSendResponse(context: GraphQLRequestContextWillSendResponse<object>) {
        const tx = db.peek();
        if (!tx) return;
        const body = context.response.body;
        const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
        const isQuery = context.operation?.operation === 'query';
        await tx.finish(isQuery || !errors?.length);
      },
    };
  }
}
